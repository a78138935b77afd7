import { useEffect, useState } from 'react';
import { useGalleryStore, type GalleryItem } from './galleryStore';

/**
 * The results with these ids, in this order, whether the grid has loaded them or not (a comparison of a
 * run, results a filter hides). Looked up again whenever any result changes (a favourite, a delete).
 */
export function useGalleryItems(ids: readonly string[]): GalleryItem[] {
  const version = useGalleryStore((s) => s.version);
  const [found, setFound] = useState<readonly GalleryItem[]>([]);
  const key = ids.join('|');
  useEffect(() => {
    let live = true;
    const { getMeta } = useGalleryStore.getState();
    void Promise.all(ids.map(getMeta)).then((metas) => {
      if (live) setFound(metas.filter((m): m is GalleryItem => m !== undefined));
    });
    return () => {
      live = false;
    };
    // `key` stands for `ids` (a new array each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  return found.filter((item) => ids.includes(item.id));
}
