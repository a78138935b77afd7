import type { BrushSample } from '../raster/strokeSegment';
import { IDLE, type Tool, type ToolId, type ToolPointerEvent } from './toolTypes';

const toSample = (e: ToolPointerEvent): BrushSample => ({ point: e.image, pressure: e.pressure });

/** Brush and Eraser share one machine (idle ⇄ painting); they differ only in `erase`. */
function makePaintTool(id: Extract<ToolId, 'brush' | 'eraser'>, erase: boolean): Tool {
  return {
    id,
    onPointerDown(state, e, env) {
      if (state.kind === 'painting') env.endStroke();
      const from = e.shiftKey ? env.lastPoint() : null;
      env.beginStroke(toSample(e), { ...env.brushSettings(), erase }, from);
      return { kind: 'painting' };
    },
    onPointerMove(state, samples, env) {
      if (state.kind === 'painting') env.strokeTo(samples.map(toSample));
      return state;
    },
    onPointerUp(state, e, env) {
      if (state.kind !== 'painting') return state;
      env.strokeTo([toSample(e)]);
      env.endStroke();
      return IDLE;
    },
    onPointerCancel(state, env) {
      if (state.kind === 'painting') env.cancelStroke();
      return IDLE;
    },
  };
}

export const brushTool = makePaintTool('brush', false);
export const eraserTool = makePaintTool('eraser', true);
