import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { CardOptionsContext } from './cardOptions';
import { compareIdsFor } from './compareIdsFor';
import { isFilteredQuery } from './db';
import { downloadStoredResult } from './downloadStoredResult';
import type { GalleryActions } from './galleryActions';
import type { CardAction } from './GalleryCard';
import { GalleryFilterBar } from './GalleryFilterBar';
import { GalleryNotices, UndoToast } from './GalleryNotices';
import { LazyGalleryGrid } from './LazyGalleryGrid';
import type { PickModifiers } from './handleGridKey';
import { formatBytes } from './galleryRows';
import { useGalleryStore, type GalleryItem } from './galleryStore';
import { neighbourResult } from './neighbourResult';
import { SelectionBar } from './SelectionBar';
import { useUnsavedGuard } from './unsaved/useUnsavedGuard';

// Loaded when first shown: the first paint needs none of them (the initial bundle's budget).
const ResultViewer = lazy(() => import('./ResultViewer').then((m) => ({ default: m.ResultViewer })));
const UnsavedBanner = lazy(() =>
  import('./unsaved/UnsavedBanner').then((m) => ({ default: m.UnsavedBanner })),
);
const LastSessionNotice = lazy(() =>
  import('./unsaved/LastSessionNotice').then((m) => ({ default: m.LastSessionNotice })),
);

export type GalleryPanelProps = GalleryActions;

/** region "Gallery": every result, newest first, filtered, grouped by run, read page by page, with a viewer. */
export function GalleryPanel(actions: GalleryPanelProps) {
  const items = useGalleryStore((s) => s.items);
  const status = useGalleryStore((s) => s.status);
  const usage = useGalleryStore((s) => s.usageBytes);
  const total = useGalleryStore((s) => s.total);
  const count = useGalleryStore((s) => s.count);
  const hasMore = useGalleryStore((s) => s.next !== null);
  const filtered = useGalleryStore((s) => isFilteredQuery(s.query));
  const anyUnsaved = useGalleryStore((s) => s.unsaved.length > 0);
  const anyLost = useGalleryStore((s) => s.lastSession.length > 0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => void useGalleryStore.getState().load(), []);
  useUnsavedGuard();

  const selectedIds = items.filter((i) => selected.has(i.id)).map((i) => i.id);
  const act = (action: CardAction, item: GalleryItem) => {
    const store = useGalleryStore.getState();
    if (action === 'favourite') void store.setFavourite([item.id], !item.favourite);
    else if (action === 'reuseSeed') actions.onReuseSeed(item.recipe.seed);
    else if (action === 'reuseAll') actions.onReuseAll?.(item);
    else if (action === 'useAsInit') actions.onUseAsInitImage?.(item);
    else if (action === 'compare')
      void compareIdsFor(item, selectedIds).then((ids) => actions.onCompare?.(ids));
    else if (action === 'upscale') actions.onUpscale?.(item);
    else if (action === 'upscaleWithPrompt') actions.onUpscaleWithPrompt?.(item);
    else if (action === 'useMask') actions.onUseMask?.(item);
    else if (action === 'download') void downloadStoredResult(item);
    else if (action === 'delete') {
      if (openId === item.id) setOpenId(null);
      void store.deleteResults([item.id]);
    }
    // Reusing a recipe closes the viewer so the options it changed are in sight.
    if (
      action === 'reuseSeed' ||
      action === 'reuseAll' ||
      action === 'useAsInit' ||
      action === 'compare' ||
      action === 'useMask'
    ) {
      setOpenId(null);
    }
  };

  const pick = (id: string, e: PickModifiers) => {
    if (e.open) return setOpenId(id);
    if (!(e.shiftKey || e.ctrlKey || e.metaKey)) {
      // A plain click shows the result on the studio's stage when there is one, else in the viewer.
      const item = items.find((i) => i.id === id);
      return actions.onShow && item ? actions.onShow(item) : setOpenId(id);
    }
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  const onKey = (e: KeyboardEvent, focusedId: string | undefined) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).tagName === 'INPUT') return;
    const ids = focusedId ? [focusedId] : [...selected];
    if (ids.length === 0) return;
    const store = useGalleryStore.getState();
    if (e.key === 'f' || e.key === 'F') {
      const anyOff = ids.some((id) => !store.items.find((i) => i.id === id)?.favourite);
      void store.setFavourite(ids, anyOff);
    } else if (e.key === 'Delete') void store.deleteResults(ids);
    else return;
    e.preventDefault();
  };

  const openIndex = openId === null ? -1 : items.findIndex((i) => i.id === openId);
  const openItem = items[openIndex];
  /** ←/→ in the viewer; past the loaded results, the next page is read first. */
  const step = (delta: -1 | 1) => {
    const loaded = items[openIndex + delta];
    if (loaded) return setOpenId(loaded.id);
    if (openId) void neighbourResult(openId, delta).then((id) => id && setOpenId(id));
  };

  // Stable identities for the cards' callbacks, so memoized cards skip re-rendering while the grid scrolls.
  const latest = useRef({ act, pick });
  useLayoutEffect(() => {
    latest.current = { act, pick };
  });
  const onAction = useCallback(
    (action: CardAction, item: GalleryItem) => latest.current.act(action, item),
    [],
  );
  const onPick = useCallback((id: string, e: PickModifiers) => latest.current.pick(id, e), []);
  const onNeedMore = useCallback((min: number) => void useGalleryStore.getState().loadMore(min), []);

  return (
    // tabIndex -1: focus lands here when the last card is deleted, never on the page.
    <section aria-label="Gallery" tabIndex={-1} className="flex min-h-0 flex-1 flex-col outline-none">
      <header className="flex items-center gap-2 border-b border-ink-700 px-4 py-2.5">
        <h2 className="text-xs font-semibold tracking-wider text-paper-300 uppercase">Gallery</h2>
        <span className="text-xs text-paper-500 tabular-nums">
          {filtered ? `${total ?? '…'} of ${count}` : count}
        </span>
        {usage !== null && (
          <span
            className="ml-auto text-xs text-paper-500 tabular-nums"
            title="Space the gallery uses on this device"
          >
            Gallery: {formatBytes(usage)}
          </span>
        )}
      </header>
      <Suspense fallback={null}>
        {anyUnsaved && <UnsavedBanner />}
        {anyLost && <LastSessionNotice />}
      </Suspense>
      <GalleryNotices onRerun={actions.onRerun} />
      <div className="flex flex-col gap-2 px-3 pt-2">
        <GalleryFilterBar />
        <SelectionBar
          ids={selectedIds}
          onCompare={actions.onCompare}
          onClear={() => setSelected(new Set())}
        />
      </div>
      {status === 'ready' && count === 0 ? (
        <div className="grid flex-1 place-items-center p-6 text-center text-sm text-paper-500">
          <p>
            Generated pictures appear here, newest first.
            <br />
            Each keeps its recipe, on this device.
          </p>
        </div>
      ) : filtered && total === 0 ? (
        <p className="p-6 text-center text-sm text-paper-500">No result matches the filter.</p>
      ) : (
        <CardOptionsContext value={{ upscale: actions.onUpscale !== undefined }}>
          <Suspense fallback={<div className="flex-1" />}>
            <LazyGalleryGrid
              items={items}
              total={total}
              hasMore={hasMore}
              onNeedMore={onNeedMore}
              selected={selected}
              onPick={onPick}
              onAction={onAction}
              onKey={onKey}
            />
          </Suspense>
        </CardOptionsContext>
      )}
      <UndoToast />
      {openItem && (
        <Suspense fallback={null}>
          <ResultViewer
            item={openItem}
            index={openIndex}
            total={Math.max(total ?? 0, items.length)}
            onStep={step}
            onClose={() => setOpenId(null)}
            onAction={act}
            upscaleWithPrompt={actions.onUpscaleWithPrompt !== undefined}
            useMask={actions.onUseMask !== undefined}
            onShow={actions.onShow}
          />
        </Suspense>
      )}
    </section>
  );
}
