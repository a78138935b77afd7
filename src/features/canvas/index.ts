/**
 * The canvas feature's public API (a leaf: imports no other feature). See README.md.
 */
import { useShallow } from 'zustand/react/shallow';
import { useCanvasDocStore } from './store/useCanvasDocStore';
import { useOverlayStore } from './store/useOverlayStore';

export { CanvasArea } from './CanvasArea';
export type { CanvasInputs } from './io/exportCanvasInputs';
export { exportCanvasInputs, downloadMask } from './io/exportCanvasInputs';
export { loadInitImage, clearInitImage } from './io/loadInitImage';

/**
 * What the generation options need for mode derivation: no image → text-to-image, image + empty mask →
 * image-to-image, image + painted mask → inpainting. `maskHidden` is display-only: the mask still applies.
 */
export function useCanvasSummary(): {
  hasInitImage: boolean;
  maskEmpty: boolean;
  width: number;
  height: number;
  maskHidden: boolean;
} {
  const doc = useCanvasDocStore(
    useShallow((s) => ({
      hasInitImage: s.hasInitImage,
      maskEmpty: s.maskEmpty,
      width: s.width,
      height: s.height,
    })),
  );
  const maskHidden = useOverlayStore((s) => s.hidden);
  return { ...doc, maskHidden };
}
