/**
 * The canvas feature's public API (a leaf: imports no other feature). See README.md. Everything here is
 * part of the first paint; the functions are facades that load the editor when they need it.
 */
export { CanvasArea } from './CanvasArea';
export type { CanvasInputs } from './io/exportCanvasInputs';
export type { OutpaintInputs } from './extend/extensionInputs';
export type { ExtendRule } from './extend/extendRule';
export type { CanvasDraft } from './io/canvasDraft';
export type { MaskedRegionInputs, RegionPlan } from './io/exportMaskedRegion';
export type { KeepSize } from './store/useImageSizesStore';
export type { ImageInput, LoadInitImageOptions } from './io/loadInitImage';
export type { LoadMaskOptions } from './io/loadMask';
export {
  clearInitImage,
  downloadMask,
  exportCanvasInputs,
  exportInitImage,
  exportMaskedRegion,
  maskBoundsNow,
  showSendRegion,
  getCanvasDraft,
  isCanvasBusy,
  loadInitImage,
  loadMask,
  restoreCanvasDraft,
  subscribeCanvasChanges,
} from './canvasActions';
export {
  canvasExtensionNow,
  useCanvasParentResultId,
  useCanvasSummary,
  type CanvasSummary,
} from './useCanvasSummary';
