import { create } from 'zustand';
import type { GalleryItem } from '../../gallery';

interface NewResultsState {
  /** The pictures of the last request any job stored, newest first (as the gallery lists them). */
  latest: readonly GalleryItem[];
}

/** What the pipeline stored last in this page. Kept as state so a late subscriber can still read it. */
const useNewResultsStore = create<NewResultsState>()(() => ({ latest: [] }));

/** Called by the pipeline each time a request's pictures are stored. */
export function announceNewResults(items: readonly GalleryItem[]): void {
  if (items.length > 0) useNewResultsStore.setState({ latest: items });
}

/**
 * Calls `listener` with each request's pictures as the pipeline stores them (Generate, Re-run, sweeps,
 * grids, upscales), newest first: how the studio's stage learns a run has landed without the pipeline
 * knowing the stage. Returns the unsubscribe function.
 */
export function subscribeNewResults(listener: (items: readonly GalleryItem[]) => void): () => void {
  return useNewResultsStore.subscribe((state, previous) => {
    if (state.latest !== previous.latest) listener(state.latest);
  });
}
