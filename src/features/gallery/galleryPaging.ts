import {
  compareNewestFirst,
  isFilteredQuery,
  queryMatcher,
  type ResultCursor,
  type ResultMeta,
  type ResultQuery,
} from './db';
import { hasUnsaved, isUnsaved, refreshUsage, type GalleryContext } from './galleryContext';
import {
  getGalleryRepository,
  getOverflowRepository,
  getStorageUnavailableReason,
} from './galleryRepository';
import type { GalleryItem, GalleryState } from './galleryStore';
import { isLoaded, mergeNewestFirst } from './galleryView';
import { reportLastSession } from './unsaved/unsavedState';

/**
 * Results read for the first screen: more than a tall panel shows (about 20 cards), few enough that the
 * read takes a few milliseconds whatever the gallery's size.
 */
export const FIRST_PAGE = 100;
/** Results read per page while scrolling, and the most one read takes when the scrollbar jumps far. */
const PAGE = 200;
const MAX_PAGE = 2000;

const unsavedItem = (meta: ResultMeta): GalleryItem => ({ ...meta, memoryOnly: true });

/** Unsaved results of a query between two places in the order (the span a stored page covered). */
async function unsavedBetween(
  ctx: GalleryContext,
  query: ResultQuery,
  after: ResultCursor | undefined,
  until: ResultCursor | null,
): Promise<GalleryItem[]> {
  if (!hasUnsaved(ctx)) return [];
  // The overflow repository holds a handful of results at most: one page reads them all.
  const { items } = await (
    await getOverflowRepository()
  ).listResultPage({
    query,
    after,
    limit: Number.MAX_SAFE_INTEGER,
  });
  return items.filter((m) => isLoaded(m, until)).map(unsavedItem);
}

type PagingActions = Pick<GalleryState, 'load' | 'setQuery' | 'loadMore' | 'getMeta' | 'runResultIds'>;

/**
 * The view: a count (count() on the store, or a scan when filtered) and pages read through the order index
 * as the grid scrolls. `view` tells a stale answer (the query changed meanwhile) from a current one.
 */
export function pagingActions(ctx: GalleryContext): PagingActions {
  const { set, get } = ctx;
  let view = 0;
  let wanted = 0;
  let loading: Promise<void> | null = null;

  /**
   * Stored plus unsaved results of a query. Counted again if a result was added or deleted meanwhile: the
   * store's own +1/−1 would otherwise be lost under (or counted twice over) a count that was in flight.
   */
  const countSettled = async (query: ResultQuery | undefined) => {
    for (;;) {
      const version = get().version;
      const [stored, unsaved] = await Promise.all([
        (await getGalleryRepository()).countResults(query),
        hasUnsaved(ctx) ? (await getOverflowRepository()).countResults(query) : 0,
      ]);
      if (version === get().version) return stored + unsaved;
    }
  };

  /**
   * Counts a filtered view after its first page: both are scans, and run together they share the database
   * (one queue in Chromium) so the first matches would wait for the whole count. A first page that reached
   * the end already holds every match: then the count is free.
   */
  const countView = async (query: ResultQuery, token: number) => {
    if (token !== view) return;
    if (get().next === null) return set({ total: get().items.length });
    const total = await countSettled(query);
    if (token === view) set({ total });
  };

  /** Reads a view's first page; anything listed meanwhile (a fast first result) stays listed. */
  const showFirstPage = async (query: ResultQuery, token: number) => {
    const repo = await getGalleryRepository();
    const page = await repo.listResultPage({ query, limit: FIRST_PAGE });
    const unsaved = await unsavedBetween(ctx, query, undefined, page.next);
    if (token !== view) return;
    const matches = queryMatcher(query);
    set((s) => ({
      items: mergeNewestFirst(
        s.items.filter((i) => matches(i) && isLoaded(i, page.next)),
        [...page.items, ...unsaved],
      ),
      next: page.next,
    }));
  };

  /** Reads pages until `wanted` results are loaded, the view ends, or the view changes. */
  const readPages = async () => {
    for (;;) {
      const { next, items, query } = get();
      if (next === null || items.length >= wanted) return;
      const token = view;
      const limit = Math.min(MAX_PAGE, Math.max(PAGE, wanted - items.length));
      const page = await (await getGalleryRepository()).listResultPage({ query, after: next, limit });
      const unsaved = await unsavedBetween(ctx, query, next, page.next);
      if (token !== view) return;
      set((s) => ({ items: mergeNewestFirst(s.items, [...page.items, ...unsaved]), next: page.next }));
    }
  };

  return {
    load: async () => {
      const token = ++view;
      wanted = 0;
      const repo = await getGalleryRepository();
      const { query } = get();
      const filtered = isFilteredQuery(query);
      const [runs] = await Promise.all([repo.listRuns('interrupted'), showFirstPage(query, token)]);
      // Counters, not a count(): read after the first page, which the first paint is waiting for.
      const count = await countSettled(undefined);
      const unavailable = getStorageUnavailableReason();
      set((s) => ({
        status: 'ready',
        count,
        total: filtered ? null : count,
        interruptedRuns: runs,
        storageMessage: unavailable ? unavailable.userMessage : s.storageMessage,
      }));
      if (filtered) void countView(query, token);
      void refreshUsage(ctx);
      void reportLastSession(ctx);
    },

    setQuery: async (query) => {
      const token = ++view;
      wanted = 0;
      // No paging until the new first page is in: a page after the old query's place would skip results.
      set({ query, next: null, total: isFilteredQuery(query) ? null : get().count });
      await showFirstPage(query, token);
      if (isFilteredQuery(query)) void countView(query, token);
    },

    loadMore: (minItems) => {
      wanted = Math.max(wanted, minItems);
      // Cleared in a `finally` attached to the promise, so it runs after `loading` is assigned even when
      // nothing needed reading: a cleanup inside the async body would run first, and the settled promise
      // left behind would stop every later read.
      loading ??= readPages().finally(() => {
        loading = null;
      });
      return loading;
    },

    getMeta: async (id) => {
      const listed = get().items.find((i) => i.id === id);
      if (listed) return listed;
      if (isUnsaved(ctx, id)) {
        const meta = await (await getOverflowRepository()).getResultMeta(id);
        return meta && unsavedItem(meta);
      }
      return (await getGalleryRepository()).getResultMeta(id);
    },

    runResultIds: async (runId) => {
      const [stored, unsaved] = await Promise.all([
        (await getGalleryRepository()).listRunResults(runId),
        hasUnsaved(ctx) ? (await getOverflowRepository()).listRunResults(runId) : [],
      ]);
      const matches = queryMatcher(get().query);
      return [...stored, ...unsaved]
        .filter(matches)
        .sort(compareNewestFirst)
        .map((m) => m.id);
    },
  };
}
