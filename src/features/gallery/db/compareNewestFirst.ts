/** Newest first: later createdAt first, then the higher sequence number, so ties never reorder. */
export function compareNewestFirst(
  a: { createdAt: number; seq: number },
  b: { createdAt: number; seq: number },
): number {
  return b.createdAt - a.createdAt || b.seq - a.seq;
}

/** Same order for runs, which start rather than get created. */
export function compareRunsNewestFirst(
  a: { startedAt: number; seq: number },
  b: { startedAt: number; seq: number },
): number {
  return b.startedAt - a.startedAt || b.seq - a.seq;
}

/** The key a page continues from: the result's place in the order. */
export function cursorOf(meta: { createdAt: number; seq: number }): { createdAt: number; seq: number } {
  return { createdAt: meta.createdAt, seq: meta.seq };
}

/** True when `meta` comes strictly after `cursor` in the given order (newest first, or oldest first). */
export function isPast(
  meta: { createdAt: number; seq: number },
  cursor: { createdAt: number; seq: number } | undefined,
  order: 'newest' | 'oldest' = 'newest',
): boolean {
  if (!cursor) return true;
  const cmp = compareNewestFirst(cursor, meta);
  return order === 'newest' ? cmp < 0 : cmp > 0;
}
