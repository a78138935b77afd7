import { create } from 'zustand';
import type { CropRect, Size } from '../sizing/fitSize';

/** An image waiting for the "Image size" dialog because the engine refuses its size. */
export interface PendingImage {
  /** Decoded pixels at the file's own size; closed when the dialog resolves. */
  bitmap: ImageBitmap;
  size: Size;
  crop: { target: Size; rect: CropRect } | null;
  resize: Size | null;
  hasAlpha: boolean;
  source: Blob;
  /** The gallery result the image came from, kept through Crop or Resize. */
  parentResultId: string | null;
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
  canUndo: boolean;
  canRedo: boolean;
  pending: PendingImage | null;
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
  canUndo: false,
  canRedo: false,
  pending: null,
  error: null,
}));

export const useHasInitImage = () => useCanvasDocStore((s) => s.hasInitImage);
export const useCanUndo = () => useCanvasDocStore((s) => s.canUndo);
export const useCanRedo = () => useCanvasDocStore((s) => s.canRedo);
export const useMaskEmpty = () => useCanvasDocStore((s) => s.maskEmpty);
export const usePendingImage = () => useCanvasDocStore((s) => s.pending);
export const useCanvasError = () => useCanvasDocStore((s) => s.error);

export function showCanvasError(message: string | null): void {
  useCanvasDocStore.setState({ error: message });
}
