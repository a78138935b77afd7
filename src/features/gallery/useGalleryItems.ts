import { useEffect, useMemo, useState } from 'react';
import { useGalleryStore, type GalleryItem } from './galleryStore';

/**
 * The results with these ids, in this order, whether the grid has loaded them or not (a comparison of a
 * run, results a filter hides). Looked up again whenever any result changes (a favourite, a delete).
 */
export function useGalleryItems(ids: readonly string[]): GalleryItem[] {
  const version = useGalleryStore((s) => s.version);
  const listed = useGalleryStore((s) => s.items);
  const [found, setFound] = useState<ReadonlyMap<string, GalleryItem>>(new Map());
  const key = ids.join('|');
  useEffect(() => {
    let live = true;
    const { getMeta } = useGalleryStore.getState();
    void Promise.all(ids.map(getMeta)).then((metas) => {
      if (live) setFound(new Map(metas.flatMap((m) => (m ? [[m.id, m] as const] : []))));
    });
    return () => {
      live = false;
    };
    // `key` stands for `ids` (a new array each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  // Loaded results answer at once (a sweep's pictures as they arrive); the others once looked up.
  const byId = useMemo(() => new Map(listed.map((i) => [i.id, i])), [listed]);
  return ids.flatMap((id) => {
    const item = byId.get(id) ?? found.get(id);
    return item ? [item] : [];
  });
}
