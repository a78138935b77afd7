import { IDLE, type Tool } from './toolTypes';

/** Hand (also Space-drag and the middle button): idle → panning; moves the view, never the pixels. */
export const handTool: Tool = {
  id: 'hand',
  onPointerDown(_state, e) {
    return { kind: 'panning', last: e.screen };
  },
  onPointerMove(state, samples, env) {
    const lastSample = samples[samples.length - 1];
    if (state.kind !== 'panning' || !lastSample) return state;
    env.panBy(lastSample.screen.x - state.last.x, lastSample.screen.y - state.last.y);
    return { kind: 'panning', last: lastSample.screen };
  },
  onPointerUp() {
    return IDLE;
  },
  onPointerCancel() {
    return IDLE;
  },
};
