import { useEffect, useState } from 'react';
import { comparisonItemOf, type ComparisonItem } from '../compare';
import { useGalleryItems, useGalleryStore, useResultUrls, type GalleryItem } from '../gallery';
import { forgetStaged } from './stageStore';

/** A result on stage: its gallery record and its picture (object URLs of the PNG and of the original). */
export interface ShownResult {
  item: GalleryItem;
  picture: ComparisonItem;
}

/**
 * The result as the engine returned it (what Download saves), not composited over its original by the
 * mask as the comparison does: the stage shows the picture itself, and O the original under it.
 */
function asEngineMadeIt({ mask: _composite, ...picture }: ComparisonItem): ComparisonItem {
  return picture;
}

/**
 * The result `id` with its pictures, once loaded. While the next one loads (←/→), the one before stays on
 * screen: a blank frame between two results would flicker.
 */
export function useShownResult(id: string | undefined): ShownResult | undefined {
  const [item] = useGalleryItems(id ? [id] : []);
  const urls = useResultUrls(id ? [id] : []);
  const u = id ? urls.get(id) : undefined;
  const ready =
    item && u && item.id === id ? { item, picture: asEngineMadeIt(comparisonItemOf(item, u)) } : undefined;
  const [last, setLast] = useState<ShownResult | undefined>(ready);
  // Adjusting state during render (React's pattern for derived state): no extra effect pass.
  if (ready && (ready.item !== last?.item || ready.picture.src !== last.picture.src)) setLast(ready);
  return ready ?? (id ? last : undefined);
}

/** A staged result that is gone (deleted, here or in another tab) leaves the stage to the gallery's newest. */
export function useForgetDeleted(stagedId: string | null): void {
  const version = useGalleryStore((s) => s.version);
  useEffect(() => {
    if (!stagedId) return;
    let live = true;
    void useGalleryStore
      .getState()
      .getMeta(stagedId)
      .then((meta) => live && !meta && forgetStaged(stagedId));
    return () => {
      live = false;
    };
  }, [stagedId, version]);
}
