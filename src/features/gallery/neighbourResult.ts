import { useGalleryStore } from './galleryStore';

/**
 * The result `delta` places from `fromId` in the gallery's view (newest first: −1 is newer, +1 older), as
 * the viewer's and the stage's ←/→ walk it. A step past the loaded results reads the next page first. A
 * result the view does not list (a filter hides it) steps forward to the view's newest. Undefined at
 * either end.
 */
export async function neighbourResult(fromId: string, delta: -1 | 1): Promise<string | undefined> {
  const store = useGalleryStore.getState();
  const target = store.items.findIndex((i) => i.id === fromId) + delta;
  if (target < 0) return undefined;
  const loaded = store.items[target];
  if (loaded) return loaded.id;
  if (store.next === null) return undefined;
  await store.loadMore(target + 1);
  return useGalleryStore.getState().items[target]?.id;
}
