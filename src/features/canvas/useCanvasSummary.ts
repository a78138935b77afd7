import { useShallow } from 'zustand/react/shallow';
import type { Margins } from '../../lib/pixels';
import { useCanvasDocStore } from './store/useCanvasDocStore';
import { useOverlayStore } from './store/useOverlayStore';

export interface CanvasSummary {
  hasInitImage: boolean;
  maskEmpty: boolean;
  width: number;
  height: number;
  /** The init image has pixels that are not fully opaque (its alpha can be the mask). */
  initHasAlpha: boolean;
  /** The "Image size" dialog is waiting for Crop / Resize / Cancel (nothing is open in the meantime). */
  sizeDialogOpen: boolean;
  /** Display only: a hidden mask still applies to generation. */
  maskHidden: boolean;
  /**
   * The margins "Extend canvas" added, while the mask is still exactly the one it made (null otherwise):
   * an API with an outpaint endpoint sends the picture before and these.
   */
  extension: Margins | null;
}

/**
 * What generation needs for mode derivation: no image → text-to-image, image + empty mask →
 * image-to-image, image + painted mask → inpainting. Re-renders only when one of these fields changes.
 */
export function useCanvasSummary(): CanvasSummary {
  const doc = useCanvasDocStore(
    useShallow((s) => ({
      hasInitImage: s.hasInitImage,
      maskEmpty: s.maskEmpty,
      width: s.width,
      height: s.height,
      initHasAlpha: s.initHasAlpha,
      sizeDialogOpen: s.pending !== null,
      extension: s.extension,
    })),
  );
  const maskHidden = useOverlayStore((s) => s.hidden);
  return { ...doc, maskHidden };
}

/** The gallery result the open init image is (Use as init image, Reuse all), or null for any other image. */
export function useCanvasParentResultId(): string | null {
  return useCanvasDocStore((s) => s.parentResultId);
}

/** `CanvasSummary.extension` read once, outside React (at a press). */
export function canvasExtensionNow(): Margins | null {
  return useCanvasDocStore.getState().extension;
}
