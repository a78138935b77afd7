import { useShallow } from 'zustand/react/shallow';
import { checkSize } from '../../../lib/api';
import { refitInitImage } from '../io/loadInitImage';
import { useCanvasDocStore } from '../store/useCanvasDocStore';

/** When the open image's size is one `engineId` refuses (the engine changed): says so and offers the fix. */
export function SizeBanner({ engineId }: { engineId: string }) {
  const { hasImage, width, height } = useCanvasDocStore(
    useShallow((s) => ({ hasImage: s.hasInitImage, width: s.width, height: s.height })),
  );
  const problem = hasImage ? checkSize(engineId, width, height) : null;
  if (!problem) return null;
  return (
    <div className="flex items-center gap-2 bg-warn-400/10 px-3 py-1 text-xs text-warn-400">
      <span className="flex-1">
        {engineId} does not accept {width}×{height}: {problem.message}.
      </span>
      <button type="button" className="underline" onClick={() => void refitInitImage(engineId)}>
        Crop or resize…
      </button>
    </div>
  );
}
