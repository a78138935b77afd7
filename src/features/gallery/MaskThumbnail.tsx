import { Button, cx } from '../../components/ui';
import type { GalleryItem } from './galleryStore';
import { useGalleryStore } from './galleryStore';
import { useStoredBlobUrl } from './useStoredBlobUrl';

export interface MaskThumbnailProps {
  /** An inpaint result; nothing is drawn for a result made without a mask. */
  item: Pick<GalleryItem, 'recipe'>;
  /** "Use this mask": given when the studio can put it on the canvas. */
  onUseMask?: () => void;
  className?: string;
}

/**
 * The exact mask an inpaint result was made with (img "Mask of seed N", as stored: what was sent), and
 * "Use this mask" to put it on the canvas. The mask is read from the gallery's inputs by its hash.
 */
export function MaskThumbnail({ item, onUseMask, className }: MaskThumbnailProps) {
  const hash = item.recipe.maskImageHash ?? null;
  const url = useStoredBlobUrl(hash, useGalleryStore.getState().getInput);
  if (!hash) return null;
  return (
    <div className={cx('flex items-center gap-2', className)}>
      <span className="flex h-12 w-12 shrink-0 items-center justify-center overflow-hidden rounded border border-ink-600 bg-black">
        {url && (
          <img
            src={url}
            alt={`Mask of seed ${item.recipe.seed}`}
            className="max-h-full max-w-full object-contain"
          />
        )}
      </span>
      {onUseMask && (
        <Button
          size="sm"
          onClick={onUseMask}
          title="Put exactly this mask on the canvas's image (one undo step; the image must have the same size)"
        >
          Use this mask
        </Button>
      )}
    </div>
  );
}
