import type Konva from 'konva';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Circle, Group, Image as KonvaImage, Layer, Line, Shape, Stage } from 'react-konva';
import { getSession, subscribeSession } from '../session/canvasSession';
import { onFrame, requestFrame } from '../session/frameLoop';
import { attachPointerInput } from '../session/PointerController';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { useOverlayStore } from '../store/useOverlayStore';
import { useActiveTool, useBrushSize } from '../store/useToolStore';
import { useView, useViewStore } from '../store/useViewStore';

const CURSOR_PROPS = { strokeScaleEnabled: false, perfectDrawEnabled: false, listening: false } as const;

/**
 * The Konva stage (lazy-loaded): three layers — image, mask, tool overlay — none listening for Konva
 * events. Pointer input is native (PointerController); the mask layer is redrawn from the frame loop only
 * when its display canvas changed, once per animation frame.
 */
export default function KonvaStage({ container }: { container: HTMLDivElement }) {
  const session = useSyncExternalStore(subscribeSession, getSession);
  const view = useView();
  const viewport = useViewStore((s) => s.viewport);
  const hidden = useOverlayStore((s) => s.hidden);
  const brushSize = useBrushSize();
  const tool = useActiveTool();
  const maskLayer = useRef<Konva.Layer>(null);
  const overlayLayer = useRef<Konva.Layer>(null);
  const cursor = useRef<Konva.Group>(null);
  const lasso = useRef<Konva.Line>(null);
  const overlayDirty = useRef(false);

  useEffect(() => {
    const ro = new ResizeObserver(([entry]) => {
      if (entry) useViewStore.getState().setViewport(entry.contentRect.width, entry.contentRect.height);
    });
    ro.observe(container);
    return () => ro.disconnect();
  }, [container]);

  useEffect(
    () =>
      onFrame(() => {
        const s = getSession();
        const layer = maskLayer.current;
        if (s && layer && s.renderer.hasDirty) {
          const stage = layer.getStage();
          const view = { scale: stage.scaleX(), x: stage.x(), y: stage.y() };
          const ctx = layer.getContext()._context;
          if (!s.renderer.flushDirty(ctx, view, layer.getCanvas().getPixelRatio())) layer.draw();
        }
        if (overlayDirty.current) {
          overlayDirty.current = false;
          overlayLayer.current?.draw();
        }
      }),
    [],
  );

  useEffect(() => {
    // The lasso outline only grows while it is traced: append the new points to one flat array instead of
    // re-flattening the whole outline on every move.
    let flat: number[] = [];
    const detach = attachPointerInput(container, {
      moveCursor: (p) => {
        const c = cursor.current;
        if (!c) return;
        if (p) c.position(p);
        c.visible(p !== null);
        overlayDirty.current = true;
        requestFrame();
      },
      lassoPreview: (points, subtract) => {
        const l = lasso.current;
        if (!l) return;
        if (!points || points.length * 2 < flat.length) flat = [];
        for (let i = flat.length / 2; points && i < points.length; i++) {
          const p = points[i] as (typeof points)[number];
          flat.push(p.x, p.y);
        }
        l.points(flat);
        l.dash(subtract ? [6, 4] : []);
        overlayDirty.current = true;
        requestFrame();
      },
    });
    // From here a stroke reaches the mask: the canvas stops showing itself busy.
    useCanvasDocStore.setState({ stageReady: true });
    return () => {
      useCanvasDocStore.setState({ stageReady: false });
      detach();
    };
  }, [container]);

  if (!session) return null;
  const showCursor = tool === 'brush' || tool === 'eraser';
  return (
    <Stage
      width={viewport.width}
      height={viewport.height}
      scaleX={view.scale}
      scaleY={view.scale}
      x={view.x}
      y={view.y}
      listening={false}
    >
      <Layer listening={false}>
        <KonvaImage
          image={session.pyramid.forScale(view.scale, window.devicePixelRatio || 1)}
          width={session.image.width}
          height={session.image.height}
          perfectDrawEnabled={false}
          listening={false}
        />
      </Layer>
      <Layer ref={maskLayer} listening={false} visible={!hidden}>
        <Shape
          listening={false}
          perfectDrawEnabled={false}
          sceneFunc={(ctx, shape) => {
            const stage = shape.getStage();
            if (!stage) return;
            const view = { scale: stage.scaleX(), x: stage.x(), y: stage.y() };
            session.renderer.drawAll(ctx._context, view, ctx.canvas.getPixelRatio());
          }}
        />
      </Layer>
      <Layer ref={overlayLayer} listening={false}>
        <Line
          ref={lasso}
          points={[]}
          closed
          stroke="#ffffff"
          strokeWidth={1.5}
          strokeScaleEnabled={false}
          fill="rgba(143,179,255,0.2)"
          perfectDrawEnabled={false}
          listening={false}
        />
        {/* Black under white keeps the brush outline visible on any picture. */}
        <Group ref={cursor} visible={false} listening={false}>
          {showCursor && (
            <>
              <Circle radius={brushSize / 2} stroke="#000000" strokeWidth={3} {...CURSOR_PROPS} />
              <Circle radius={brushSize / 2} stroke="#ffffff" strokeWidth={1} {...CURSOR_PROPS} />
            </>
          )}
        </Group>
      </Layer>
    </Stage>
  );
}
