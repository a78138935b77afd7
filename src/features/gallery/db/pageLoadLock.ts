/**
 * Liveness of page loads through Web Locks: each open repository holds a lock named after its page load,
 * so a second tab can tell a run that is still going elsewhere from one cut off by a reload. Without
 * navigator.locks (old browsers, node) every other page load counts as gone.
 */
const PREFIX = 'gesso-gallery-page-load:';

function lockManager(): LockManager | undefined {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined;
}

/** Holds this page load's lock until `release` is called or the page goes away. */
export function holdPageLoadLock(pageLoadId: string): () => void {
  const locks = lockManager();
  if (!locks) return () => undefined;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  locks.request(PREFIX + pageLoadId, () => held).catch(() => undefined);
  return () => release();
}

/** Page loads whose lock is held right now, in any tab of this origin. */
export async function livePageLoads(): Promise<Set<string>> {
  const locks = lockManager();
  if (!locks) return new Set();
  try {
    const { held = [] } = await locks.query();
    return new Set(
      held.flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [])),
    );
  } catch {
    return new Set();
  }
}
