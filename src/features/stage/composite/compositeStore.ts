import { create } from 'zustand';

/** "Before and after" at its start: all after (the result), dragged left to uncover the original. */
export const SPLIT_ALL_AFTER = 100;

interface CompositeState {
  /** "Feather" chosen on the stage per result (px); absent = the recipe's. Kept for this page. */
  featherById: Record<string, number>;
  /** "Show seam": tint where the result and the original meet. */
  showSeam: boolean;
  /** "Before and after": percent of the picture's width, from the left, that shows the result. */
  split: number;
  setFeather: (id: string, feather: number) => void;
  setShowSeam: (on: boolean) => void;
  setSplit: (split: number) => void;
}

/** How the stage shows an "Only masked" result: its feather, the seam, the before/after split. */
export const useCompositeStore = create<CompositeState>()((set) => ({
  featherById: {},
  showSeam: false,
  split: SPLIT_ALL_AFTER,
  setFeather: (id, feather) => set((s) => ({ featherById: { ...s.featherById, [id]: feather } })),
  setShowSeam: (showSeam) => set({ showSeam }),
  setSplit: (split) => set({ split }),
}));

/** The feather a result is shown and kept at: the one chosen on the stage, else its recipe's. */
export function useFeatherOf(item: { id: string; recipe: { pasteBack?: { feather: number } } }): number {
  return useCompositeStore((s) => s.featherById[item.id] ?? item.recipe.pasteBack?.feather ?? 0);
}

/** The result as kept at `feather`: its recipe records it (Download, "Edit on canvas"). */
export function keptAtFeather<T extends { recipe: { pasteBack?: { feather: number } } }>(
  item: T,
  feather: number,
): T {
  const { pasteBack } = item.recipe;
  return pasteBack ? { ...item, recipe: { ...item.recipe, pasteBack: { ...pasteBack, feather } } } : item;
}
