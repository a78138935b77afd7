import { compareNewestFirst, cursorOf } from './compareNewestFirst';
import { isFilteredQuery, queryMatcher } from './matchesFilter';
import type { GalleryDatabase } from './schema';
import type { PageRequest, ResultCursor, ResultMeta, ResultPage, ResultQuery } from './types';
import { readUsageTotals } from './usageCounters';

/**
 * Records read per request while a filter scans: big enough that 50,000 records take ~100 requests, small
 * enough that one request never holds the main thread for long while its records are deserialized.
 */
const SCAN_CHUNK = 500;

type Order = NonNullable<PageRequest['order']>;

function rangePast(after: ResultCursor | undefined, order: Order): IDBKeyRange | undefined {
  if (!after) return undefined;
  const key = [after.createdAt, after.seq];
  return order === 'newest' ? IDBKeyRange.upperBound(key, true) : IDBKeyRange.lowerBound(key, true);
}

/**
 * Up to `count` records just past `after`, in order, through the (createdAt, seq) index. getAll reads
 * ascending only, so for newest first a key cursor finds the far end of the chunk (advance() skips in the
 * index without reading any record) and one getAll reads the span: three requests, not one per record.
 */
async function readChunk(
  db: GalleryDatabase,
  after: ResultCursor | undefined,
  count: number,
  order: Order,
): Promise<ResultMeta[]> {
  const index = db.transaction('results').store.index('byOrder');
  const range = rangePast(after, order);
  if (order === 'oldest') return index.getAll(range, count);
  const first = await index.openKeyCursor(range, 'prev');
  if (!first) return [];
  const upper = first.key;
  const last = count > 1 ? await first.advance(count - 1) : first;
  const span = last ? IDBKeyRange.bound(last.key, upper) : IDBKeyRange.upperBound(upper);
  return (await index.getAll(span)).reverse();
}

/**
 * One page in order. Unfiltered, it reads exactly the page; filtered, it scans chunk by chunk from `after`
 * until the page is full or the order ends, so a sparse filter costs a scan but never all records at once.
 */
export async function listResultPageIdb(db: GalleryDatabase, request: PageRequest): Promise<ResultPage> {
  const { query, limit, order = 'newest' } = request;
  const filtered = isFilteredQuery(query);
  const matches = queryMatcher(query);
  const items: ResultMeta[] = [];
  let after = request.after;
  for (;;) {
    const want = filtered ? Math.max(SCAN_CHUNK, limit) : limit - items.length;
    const chunk = await readChunk(db, after, want, order);
    for (const meta of chunk) {
      if (filtered && !matches(meta)) continue;
      items.push(meta);
      if (items.length === limit) return { items, next: cursorOf(meta) };
    }
    const end = chunk.at(-1);
    if (chunk.length < want || !end) return { items, next: null };
    after = cursorOf(end);
  }
}

/** The `resultCount` counter when nothing narrows the query; otherwise a chunked scan (records, not blobs). */
export async function countResultsIdb(db: GalleryDatabase, query: ResultQuery | undefined): Promise<number> {
  if (!isFilteredQuery(query)) return (await readUsageTotals(db)).resultCount;
  const matches = queryMatcher(query);
  let count = 0;
  let after: ResultCursor | undefined;
  for (;;) {
    const chunk = await readChunk(db, after, SCAN_CHUNK * 4, 'oldest');
    for (const meta of chunk) if (matches(meta)) count++;
    const end = chunk.at(-1);
    if (chunk.length < SCAN_CHUNK * 4 || !end) return count;
    after = cursorOf(end);
  }
}

/** The results of one run, newest first, through the `byRun` index. */
export async function listRunResultsIdb(db: GalleryDatabase, runId: string): Promise<ResultMeta[]> {
  return (await db.getAllFromIndex('results', 'byRun', runId)).sort(compareNewestFirst);
}

/** Results made from result `parentId`, newest first, through the `byParent` index (schema v4). */
export async function listChildResultsIdb(db: GalleryDatabase, parentId: string): Promise<ResultMeta[]> {
  return (await db.getAllFromIndex('results', 'byParent', parentId)).sort(compareNewestFirst);
}

/** Results referencing input `hash` (init image or mask), newest first, through the `byInput` index. */
export async function listInputResultsIdb(db: GalleryDatabase, hash: string): Promise<ResultMeta[]> {
  return (await db.getAllFromIndex('results', 'byInput', hash)).sort(compareNewestFirst);
}
