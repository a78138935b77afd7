import { useGalleryStore } from './galleryStore';
import { useStoredBlobUrl } from './useStoredBlobUrl';

/**
 * A result's small thumbnail, decorative (alt ""): for lists that name the result in their own words
 * (the History tree). The object URL lives while it is mounted.
 */
export function ResultThumbnail({ id, className }: { id: string; className?: string }) {
  const url = useStoredBlobUrl(id, useGalleryStore.getState().getThumb);
  return url ? <img src={url} alt="" className={className} /> : <span className={className} />;
}
