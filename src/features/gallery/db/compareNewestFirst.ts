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
