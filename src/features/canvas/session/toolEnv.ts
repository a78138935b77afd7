import type { ImagePoint } from '../geometry/coords';
import { useToolStore } from '../store/useToolStore';
import { useViewStore } from '../store/useViewStore';
import type { ToolEnv } from '../tools/toolTypes';
import { getSession } from './canvasSession';

/** Longest slice of the deferred undo capture: well inside a 16.7 ms frame. */
const CAPTURE_SLICE_MS = 6;

/** Where the lasso outline is drawn while it is being traced (the stage's overlay layer). */
export type LassoPreviewSink = (points: readonly ImagePoint[] | null, subtract: boolean) => void;

/** The live ToolEnv: tools act on the open document, the tool store's brush, and the view store. */
export function createToolEnv(lassoPreview: LassoPreviewSink): ToolEnv {
  const doc = () => getSession()?.doc ?? null;
  return {
    brushSettings: () => {
      const { brushSize, hardness } = useToolStore.getState();
      return { size: brushSize, hardness };
    },
    beginStroke: (first, opts, from) => doc()?.beginStroke(first, opts, from),
    strokeTo: (samples) => doc()?.strokeTo(samples),
    endStroke: () => {
      const d = doc();
      if (!d) return;
      // Pointer-up stays cheap: the stroke's undo step is coded after the next frame is drawn, a slice
      // per task, so frames keep coming while a long stroke on a large mask is captured.
      d.endStroke({ defer: true });
      const slice = () => {
        if (!d.flushPending(CAPTURE_SLICE_MS)) setTimeout(slice, 0);
      };
      requestAnimationFrame(() => setTimeout(slice, 0));
    },
    cancelStroke: () => doc()?.cancelStroke(),
    lastPoint: () => doc()?.lastPoint ?? null,
    fillLasso: (points, subtract) => doc()?.fillLasso(points, subtract),
    setLassoPreview: lassoPreview,
    panBy: (dx, dy) => useViewStore.getState().pan(dx, dy),
  };
}
