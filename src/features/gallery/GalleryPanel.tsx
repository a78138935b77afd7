import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Button, INPUT_CLASS } from '../../components/ui';
import { CardOptionsContext } from './cardOptions';
import { matchesFilter } from './db';
import { downloadResult } from './download';
import type { GalleryActions } from './galleryActions';
import type { CardAction } from './GalleryCard';
import { GalleryGrid } from './GalleryGrid';
import { GalleryNotices, UndoToast } from './GalleryNotices';
import { formatBytes } from './galleryRows';
import { useGalleryStore, type GalleryItem } from './galleryStore';
import { ResultViewer } from './ResultViewer';

export type GalleryPanelProps = GalleryActions;

/** Most results the comparison view takes (number keys 1–9). */
const MAX_COMPARE = 9;

/** region "Gallery": every stored result, newest first, filtered, grouped by run, with a viewer. */
export function GalleryPanel(actions: GalleryPanelProps) {
  const items = useGalleryStore((s) => s.items);
  const status = useGalleryStore((s) => s.status);
  const usage = useGalleryStore((s) => s.usageBytes);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => (deferredFilter.trim() ? items.filter((i) => matchesFilter(i, deferredFilter)) : items),
    [items, deferredFilter],
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => void useGalleryStore.getState().load(), []);

  const compareIds = (item: GalleryItem): string[] => {
    if (selected.has(item.id) && selected.size >= 2)
      return shown.filter((i) => selected.has(i.id)).map((i) => i.id);
    const run = item.runId ? shown.filter((i) => i.runId === item.runId) : [];
    return (run.length >= 2 ? run : [item]).slice(0, MAX_COMPARE).map((i) => i.id);
  };

  const act = (action: CardAction, item: GalleryItem) => {
    const store = useGalleryStore.getState();
    if (action === 'favourite') void store.setFavourite([item.id], !item.favourite);
    else if (action === 'reuseSeed') actions.onReuseSeed(item.recipe.seed);
    else if (action === 'reuseAll') actions.onReuseAll?.(item);
    else if (action === 'useAsInit') actions.onUseAsInitImage?.(item);
    else if (action === 'compare') actions.onCompare?.(compareIds(item));
    else if (action === 'upscale') actions.onUpscale?.(item);
    else if (action === 'download')
      void store.getPng(item.id).then((png) => png && downloadResult(png, item.recipe));
    else if (action === 'delete') {
      if (openId === item.id) setOpenId(null);
      void store.deleteResults([item.id]);
    }
    // Reusing a recipe closes the viewer so the options it changed are in sight.
    if (action === 'reuseSeed' || action === 'reuseAll' || action === 'useAsInit' || action === 'compare') {
      setOpenId(null);
    }
  };

  const pick = (id: string, e: MouseEvent) => {
    if (!(e.shiftKey || e.ctrlKey || e.metaKey)) return setOpenId(id);
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

  // Stable identities for the cards' callbacks, so memoized cards skip re-rendering while the grid scrolls.
  const latest = useRef({ act, pick });
  useLayoutEffect(() => {
    latest.current = { act, pick };
  });
  const onAction = useCallback(
    (action: CardAction, item: GalleryItem) => latest.current.act(action, item),
    [],
  );
  const onPick = useCallback((id: string, e: MouseEvent) => latest.current.pick(id, e), []);

  const selectedIds = shown.filter((i) => selected.has(i.id)).map((i) => i.id);
  return (
    <section aria-label="Gallery" className="flex min-h-0 flex-1 flex-col">
      <header className="flex items-center gap-2 border-b border-ink-700 px-4 py-2.5">
        <h2 className="text-xs font-semibold tracking-wider text-paper-300 uppercase">Gallery</h2>
        <span className="text-xs text-paper-500 tabular-nums">{items.length}</span>
        {usage !== null && (
          <span
            className="ml-auto text-xs text-paper-500 tabular-nums"
            title="Space the gallery uses on this device"
          >
            Gallery: {formatBytes(usage)}
          </span>
        )}
      </header>
      <GalleryNotices onRerun={actions.onRerun} />
      <div className="flex flex-col gap-2 px-3 pt-2">
        <input
          type="search"
          aria-label="Filter results"
          placeholder="Filter by prompt…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className={INPUT_CLASS}
        />
        {selectedIds.length > 0 && (
          <div className="flex items-center gap-1 text-xs text-paper-300">
            <span className="flex-1 tabular-nums">{selectedIds.length} selected</span>
            <Button
              size="sm"
              disabled={selectedIds.length < 2 || selectedIds.length > MAX_COMPARE}
              onClick={() => actions.onCompare?.(selectedIds)}
              title="Compare the selected results (2–9)"
            >
              Compare selected
            </Button>
            <Button size="sm" onClick={() => void useGalleryStore.getState().deleteResults(selectedIds)}>
              Delete selected
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
              Clear
            </Button>
          </div>
        )}
      </div>
      {status === 'ready' && items.length === 0 ? (
        <div className="grid flex-1 place-items-center p-6 text-center text-sm text-paper-500">
          <p>
            Generated pictures appear here, newest first.
            <br />
            Each keeps its recipe, on this device.
          </p>
        </div>
      ) : (
        <CardOptionsContext value={{ upscale: actions.onUpscale !== undefined }}>
          <GalleryGrid items={shown} selected={selected} onPick={onPick} onAction={onAction} onKey={onKey} />
        </CardOptionsContext>
      )}
      <UndoToast />
      <ResultViewer
        items={shown}
        openId={openId}
        onOpen={setOpenId}
        onClose={() => setOpenId(null)}
        onAction={act}
      />
    </section>
  );
}
