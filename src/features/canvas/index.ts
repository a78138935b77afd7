/**
 * The canvas feature's public API (a leaf: imports no other feature). See README.md.
 */
export { CanvasArea } from './CanvasArea';
export type { CanvasInputs } from './io/exportCanvasInputs';
export { exportCanvasInputs, downloadMask } from './io/exportCanvasInputs';
export { loadInitImage, clearInitImage } from './io/loadInitImage';
export { useCanvasSummary, type CanvasSummary } from './useCanvasSummary';
export { loadMask } from './io/loadMask';
export {
  getCanvasDraft,
  isCanvasBusy,
  restoreCanvasDraft,
  subscribeCanvasChanges,
  type CanvasDraft,
} from './io/canvasDraft';
