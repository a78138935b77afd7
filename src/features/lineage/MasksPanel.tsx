import { useEffect, useState } from 'react';
import { loadResultViews, useGalleryStore, type GalleryItem } from '../gallery';
import { MaskThumbnail } from './galleryViews';
import { applyResultMask } from './applyResultMask';
import { masksOfImage } from './masksOfImage';
import { useCanvasInitHash } from './useCanvasInitHash';

/** The masks of the results made from the picture with hash `hash`, newest first (again after each change). */
function useMasksOf(hash: string | undefined): GalleryItem[] {
  const version = useGalleryStore((s) => s.version);
  const [found, setFound] = useState<{ hash: string; masks: GalleryItem[] }>();
  useEffect(() => {
    if (!hash) return;
    let live = true;
    void loadResultViews()
      .then((views) => views.inputResults(hash))
      .then(
        (results) => live && setFound({ hash, masks: masksOfImage(results, hash) }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [hash, version]);
  return hash && found?.hash === hash ? found.masks : [];
}

/**
 * region "Masks" under the canvas: the masks of this image's results (those whose init image is exactly
 * the canvas's picture), newest first, each with "Use this mask" (one undo step). Nothing shows while the
 * image has no masked results.
 */
export function MasksPanel() {
  const masks = useMasksOf(useCanvasInitHash());
  if (masks.length === 0) return null;
  return (
    <section aria-labelledby="masks-heading" className="border-t border-ink-700 bg-ink-900 px-3 py-2">
      <h2 id="masks-heading" className="mb-1 text-xs font-semibold text-paper-200">
        Masks
      </h2>
      <ul aria-labelledby="masks-heading" className="flex gap-3 overflow-x-auto">
        {masks.map((item) => (
          <li key={item.id} className="shrink-0">
            <MaskThumbnail item={item} onUseMask={() => void applyResultMask(item)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
