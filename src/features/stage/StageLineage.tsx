import { lazy, Suspense } from 'react';
import { loadResultViews, type GalleryItem } from '../gallery';
import { showResult } from './stageStore';

const DerivedFrom = lazy(() => loadResultViews().then((m) => ({ default: m.DerivedFrom })));
const MaskThumbnail = lazy(() => loadResultViews().then((m) => ({ default: m.MaskThumbnail })));

/**
 * Under the stage's header, for a result made from another or with a mask: "Derived from seed N" (shows
 * the parent here) and the mask it was made with (img "Mask of seed N") with "Use this mask".
 */
export function StageLineage({
  item,
  onUseMask,
}: {
  item: GalleryItem;
  onUseMask?: (item: GalleryItem) => void;
}) {
  const { parentResultId, maskImageHash } = item.recipe;
  if (!parentResultId && !maskImageHash) return null;
  return (
    <Suspense fallback={null}>
      <div className="flex items-center gap-4 border-b border-ink-700 bg-ink-900 px-3 py-1 text-xs text-paper-300">
        {parentResultId && (
          <span className="flex items-center gap-2">
            Derived from <DerivedFrom parentId={parentResultId} onShow={showResult} />
          </span>
        )}
        <MaskThumbnail item={item} onUseMask={onUseMask && (() => onUseMask(item))} />
      </div>
    </Suspense>
  );
}
