import { holdPageLoadLock, livePageLoads, newId } from '../db';
import type { UnsavedEntry } from './unsavedRecord';

// One id per page load, made on first use and held as a Web Lock for the life of the page: another tab (or
// the next load) tells entries of a live tab from those of a closed one by it. A page load is exactly what
// this module's lifetime is, hence module state.
let session: string | undefined;

/** This page load's id in the unsaved record. */
export function thisSession(): string {
  if (session === undefined) {
    session = newId();
    holdPageLoadLock(session);
  }
  return session;
}

/**
 * Entries whose page load is gone (closed, reloaded, crashed): results that were never saved and are lost.
 * Entries of this load and of other open tabs are still in memory somewhere, so they are not reported.
 */
export async function entriesOfGoneSessions(entries: readonly UnsavedEntry[]): Promise<UnsavedEntry[]> {
  const mine = thisSession();
  const live = await livePageLoads();
  return entries.filter((e) => e.session !== mine && !live.has(e.session));
}
