/**
 * The canvas loaded on demand (README, "Loading"): the document, raster, tools, encoders and loaders, and
 * the editing UI around the stage. Only loadCanvasEditor.ts imports it, dynamically; the public functions
 * in canvasActions.ts are facades over these. Konva itself is one step further (ui/CanvasStage).
 */
export { exportCanvasInputs, exportInitImage, downloadMask } from './io/exportCanvasInputs';
export { exportMaskedRegion, maskBoundsNow } from './io/exportMaskedRegion';
export { SendRegionOverlay } from './ui/SendRegionOverlay';
export { showSendRegion } from './store/useSendRegionStore';
export { loadInitImage, clearInitImage } from './io/loadInitImage';
export { loadMask } from './io/loadMask';
export { getCanvasDraft, isCanvasBusy, restoreCanvasDraft, subscribeCanvasChanges } from './io/canvasDraft';
export { installTestHooks } from './testHooks';
export { CanvasStage } from './ui/CanvasStage';
export { CanvasShortcuts } from './ui/CanvasShortcuts';
export { OverlayControls } from './ui/OverlayControls';
export { SizeBanner } from './ui/SizeBanner';
export { SizeDialog } from './ui/SizeDialog';
export { Toolbar } from './ui/Toolbar';
