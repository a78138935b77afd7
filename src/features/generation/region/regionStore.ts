import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Largest "Feather" (px): lib/pixels' MAX_FEATHER, written out so the persisted store (first paint) does
 * not pull in the paste-back code (regionStore.test.ts checks they agree).
 */
export const MAX_FEATHER = 128;
/** "Context margin" range (px of picture around the mask's box). */
export const CONTEXT_MARGIN_MAX = 512;
export const DEFAULT_CONTEXT_MARGIN = 64;

/** How an inpaint is sent and pasted back (issue 11 §1–2). Kept apart from the options it does not send. */
export interface RegionOptions {
  /** "Only masked": true/false when chosen, null = on exactly when the image is larger than the model allows. */
  onlyMasked: boolean | null;
  /** "Context margin", px. */
  contextMargin: number;
  /** "Feather" new inpaint results are composited with, px (0 = the engine's hard result). */
  feather: number;
}

/** A whole number of px in 0…max (anything else: 0). */
export const clampPx = (v: unknown, max: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(0, Math.round(v))) : 0;

/** Persisted values repaired field by field: a damaged one falls back to its default. */
export function repairRegion(p: Partial<Record<keyof RegionOptions, unknown>>): RegionOptions {
  return {
    onlyMasked: typeof p.onlyMasked === 'boolean' ? p.onlyMasked : null,
    contextMargin:
      typeof p.contextMargin === 'number'
        ? clampPx(p.contextMargin, CONTEXT_MARGIN_MAX)
        : DEFAULT_CONTEXT_MARGIN,
    feather: clampPx(p.feather, MAX_FEATHER),
  };
}

/** "Only masked", "Context margin" and the feather of new results; persisted as `gesso.region`. */
export const useRegionStore = create<RegionOptions>()(
  persist(() => repairRegion({}), {
    name: 'gesso.region',
    version: 1,
    merge: (persisted, current) => ({ ...current, ...repairRegion(persisted ?? {}) }),
  }),
);

/** "Only masked" chosen on or off. */
export const setOnlyMasked = (on: boolean) => useRegionStore.setState({ onlyMasked: on });
export const setContextMargin = (px: number) =>
  useRegionStore.setState({ contextMargin: clampPx(px, CONTEXT_MARGIN_MAX) });

/**
 * Reuse all / Open recipe: an inpaint recipe's feather, and "Only masked" when it sent a region (a recipe
 * that sent the whole image leaves the choice as it is: it may have been the default's).
 */
export function applyRegionRecipe(recipe: { onlyMasked?: boolean; feather?: number }): void {
  const { onlyMasked, feather } = recipe;
  useRegionStore.setState((s) => ({
    onlyMasked: onlyMasked === true ? true : s.onlyMasked,
    feather: feather === undefined ? s.feather : clampPx(feather, MAX_FEATHER),
  }));
}
