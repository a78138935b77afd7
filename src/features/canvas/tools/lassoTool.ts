import { IDLE, type Tool } from './toolTypes';

/** Lasso: idle → lassoing (collecting a freehand outline) → fill on release. Alt at press subtracts. */
export const lassoTool: Tool = {
  id: 'lasso',
  onPointerDown(_state, e, env) {
    const points = [e.image];
    env.setLassoPreview(points, e.altKey);
    return { kind: 'lassoing', points, subtract: e.altKey };
  },
  onPointerMove(state, samples, env) {
    if (state.kind !== 'lassoing') return state;
    for (const s of samples) state.points.push(s.image);
    env.setLassoPreview(state.points, state.subtract);
    return state;
  },
  onPointerUp(state, e, env) {
    if (state.kind !== 'lassoing') return state;
    const points = [...state.points, e.image];
    env.setLassoPreview(null, false);
    if (points.length >= 3) env.fillLasso(points, state.subtract);
    return IDLE;
  },
  onPointerCancel(_state, env) {
    env.setLassoPreview(null, false);
    return IDLE;
  },
};
