import { create } from 'zustand';
import type { Margins } from '../../../lib/pixels';
import type { ImageSource } from '../io/imageSource';
import type { CropRect, Size } from '../sizing/fitSize';

/** An image waiting for the "Image size" dialog because the engine refuses its size. */
export interface PendingImage {
  /** Decoded pixels at the file's own size; closed when the dialog resolves. */
  bitmap: ImageBitmap;
  size: Size;
  /** The valid size cut out of the image (unscaled) and where; null when none fits, with `noCrop` saying why. */
  crop: { target: Size; rect: CropRect } | null;
  noCrop: string | null;
  resize: Size | null;
  hasAlpha: boolean;
  /** The file it was decoded from (and the gallery result it is): Crop and Resize record their region of it. */
  source: ImageSource;
}

/**
 * What React needs to know about the document (the pixels themselves live in the canvas session).
 * `maskVersion` bumps on every committed mask change, so summaries re-render without copying pixels.
 */
export interface CanvasDocState {
  hasInitImage: boolean;
  width: number;
  height: number;
  initHasAlpha: boolean;
  /** The gallery result the open init image came from (Use as init image); null for any other image. */
  parentResultId: string | null;
  maskEmpty: boolean;
  maskVersion: number;
  /**
   * The margins "Extend canvas" added to the open picture, while the mask is still exactly the one it made
   * (the added area white, the rest black): an API with an outpaint endpoint can send them as such.
   */
  extension: Margins | null;
  canUndo: boolean;
  canRedo: boolean;
  pending: PendingImage | null;
  /**
   * An image is being read (opened, or brought back by undo/redo): the canvas shows "Loading image…",
   * takes no stroke and no mask action, and Generate waits for it (imageLoads.ts).
   */
  loading: boolean;
  /** The stage has mounted and listens for pointer input (false until the Konva chunk has arrived). */
  stageReady: boolean;
  /** A user-facing message (bad file, refused size…), shown as an alert until dismissed or replaced. */
  error: string | null;
}

export const useCanvasDocStore = create<CanvasDocState>()(() => ({
  hasInitImage: false,
  width: 0,
  height: 0,
  initHasAlpha: false,
  parentResultId: null,
  maskEmpty: true,
  maskVersion: 0,
  extension: null,
  canUndo: false,
  canRedo: false,
  pending: null,
  loading: false,
  stageReady: false,
  error: null,
}));

export const useHasInitImage = () => useCanvasDocStore((s) => s.hasInitImage);
export const useCanUndo = () => useCanvasDocStore((s) => s.canUndo);
export const useCanRedo = () => useCanvasDocStore((s) => s.canRedo);
export const useMaskEmpty = () => useCanvasDocStore((s) => s.maskEmpty);
export const usePendingImage = () => useCanvasDocStore((s) => s.pending);
export const useCanvasError = () => useCanvasDocStore((s) => s.error);
/** The canvas cannot take input yet: an image is loading, or the stage that shows it has not mounted. */
export const useCanvasBusy = () => useCanvasDocStore((s) => s.loading || (s.hasInitImage && !s.stageReady));
/** An image is being read (see `loading`). */
export const useImageLoading = () => useCanvasDocStore((s) => s.loading);

export function showCanvasError(message: string | null): void {
  useCanvasDocStore.setState({ error: message });
}
