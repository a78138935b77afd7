import { create } from 'zustand';
import type { FinishReason } from '../../lib/api';

/** One generated picture with what is needed to show, download and reproduce it. */
export interface GalleryResult {
  id: string;
  png: Blob;
  /** The seed the engine actually used (never 0). */
  seed: number;
  finishReason: FinishReason;
  /** The positive prompt text, for captions. */
  prompt: string;
  engineId: string;
  width: number;
  height: number;
  createdAt: number;
}

/** A result before the store gives it an id and a time. */
export type NewGalleryResult = Omit<GalleryResult, 'id' | 'createdAt'>;

export interface GalleryState {
  /** Newest first. */
  results: GalleryResult[];
  /** Adds one generation's pictures; they appear before older ones, in the order the engine sent them. */
  addResults: (results: readonly NewGalleryResult[]) => GalleryResult[];
  removeResult: (id: string) => void;
  clearResults: () => void;
}

let counter = 0;
function nextId(): string {
  counter += 1;
  return `r${Date.now().toString(36)}-${counter}`;
}

/**
 * Results of this session, in memory. Persistence (IndexedDB) is a later issue; it will keep this API.
 * Blobs are stored, never object URLs: whoever shows a picture owns its URL (see useObjectUrl).
 */
export const useGalleryStore = create<GalleryState>()((set) => ({
  results: [],
  addResults: (incoming) => {
    const now = Date.now();
    const added = incoming.map((r) => ({ ...r, id: nextId(), createdAt: now }));
    set((s) => ({ results: [...added, ...s.results] }));
    return added;
  },
  removeResult: (id) => set((s) => ({ results: s.results.filter((r) => r.id !== id) })),
  clearResults: () => set({ results: [] }),
}));
