import { useShallow } from 'zustand/react/shallow';
import { refitInitImage } from '../io/loadInitImage';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { keepsSize, useImageSizes, useImagesKeepSize } from '../store/useImageSizesStore';

/**
 * When the open image's size is one the selected engine refuses (it changed): says so and offers the fix.
 * Nothing while images keep their size (the app sends a region of them).
 */
export function SizeBanner() {
  const sizes = useImageSizes();
  const keepSize = useImagesKeepSize();
  const { hasImage, width, height } = useCanvasDocStore(
    useShallow((s) => ({ hasImage: s.hasInitImage, width: s.width, height: s.height })),
  );
  const problem =
    hasImage && sizes && !keepsSize(keepSize, { width, height }) ? sizes.problem(width, height) : null;
  if (!problem) return null;
  return (
    <div className="flex items-center gap-2 bg-warn-400/10 px-3 py-1 text-xs text-warn-400">
      <span className="flex-1">
        {sizes?.engineId} does not accept {width}×{height}: {problem}.
      </span>
      <button type="button" className="underline" onClick={() => void refitInitImage()}>
        Crop or resize…
      </button>
    </div>
  );
}
