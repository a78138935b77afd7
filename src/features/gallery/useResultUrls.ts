import { useEffect, useRef, useState } from 'react';
import { useGalleryStore } from './galleryStore';

/** Object URLs of one result: its PNG, and for image modes its init image and mask. */
export interface ResultUrls {
  src: string;
  originalSrc?: string;
  maskSrc?: string;
}

/**
 * Full-size object URLs for the results a view shows, loaded from the gallery as ids arrive. Each URL is
 * revoked when its id leaves the list or the view unmounts, so a closed comparison frees its pictures.
 */
export function useResultUrls(ids: readonly string[]): ReadonlyMap<string, ResultUrls> {
  const [urls, setUrls] = useState<ReadonlyMap<string, ResultUrls>>(new Map());
  const live = useRef(new Map<string, ResultUrls>());
  const key = ids.join('|');
  useEffect(() => {
    const wanted = new Set(ids);
    const cache = live.current;
    for (const [id, u] of cache) {
      if (wanted.has(id)) continue;
      for (const url of [u.src, u.originalSrc, u.maskSrc]) if (url) URL.revokeObjectURL(url);
      cache.delete(id);
    }
    let cancelled = false;
    const missing = ids.filter((id) => !cache.has(id));
    void Promise.all(missing.map(async (id) => [id, await loadUrls(id)] as const)).then((loaded) => {
      for (const [id, u] of loaded) {
        if (!u) continue;
        if (cancelled || cache.has(id)) {
          for (const url of [u.src, u.originalSrc, u.maskSrc]) if (url) URL.revokeObjectURL(url);
        } else cache.set(id, u);
      }
      if (!cancelled) setUrls(new Map(cache));
    });
    return () => {
      cancelled = true;
    };
    // `key` stands for `ids` (a new array each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => {
    const cache = live.current;
    return () => {
      for (const u of cache.values())
        for (const url of [u.src, u.originalSrc, u.maskSrc]) if (url) URL.revokeObjectURL(url);
      cache.clear();
    };
  }, []);
  return urls;
}

async function loadUrls(id: string): Promise<ResultUrls | undefined> {
  const store = useGalleryStore.getState();
  const [item, png] = await Promise.all([store.getMeta(id), store.getPng(id)]);
  if (!png || !item) return undefined;
  const [init, mask] = await Promise.all([
    item.recipe.initImageHash ? store.getInput(item.recipe.initImageHash) : undefined,
    item.recipe.maskImageHash ? store.getInput(item.recipe.maskImageHash) : undefined,
  ]);
  return {
    src: URL.createObjectURL(png),
    originalSrc: init ? URL.createObjectURL(init) : undefined,
    maskSrc: mask ? URL.createObjectURL(mask) : undefined,
  };
}
