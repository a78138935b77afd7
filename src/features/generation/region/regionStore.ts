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

interface RegionState extends RegionOptions {
  setOnlyMasked: (on: boolean) => void;
  setContextMargin: (px: number) => void;
  setFeather: (px: number) => void;
  /** Reuse all / Open recipe: a recipe's paste-back settings (what it lacks is left as it is). */
  applyRegion: (recipe: Partial<RegionOptions>) => void;
}

const clamp = (v: number, max: number) =>
  Number.isFinite(v) ? Math.min(max, Math.max(0, Math.round(v))) : 0;

export const useRegionStore = create<RegionState>()(
  persist(
    (set) => ({
      onlyMasked: null,
      contextMargin: DEFAULT_CONTEXT_MARGIN,
      feather: 0,
      setOnlyMasked: (on) => set({ onlyMasked: on }),
      setContextMargin: (px) => set({ contextMargin: clamp(px, CONTEXT_MARGIN_MAX) }),
      setFeather: (px) => set({ feather: clamp(px, MAX_FEATHER) }),
      applyRegion: (r) =>
        set((s) => ({
          onlyMasked: r.onlyMasked !== undefined ? r.onlyMasked : s.onlyMasked,
          contextMargin:
            r.contextMargin !== undefined ? clamp(r.contextMargin, CONTEXT_MARGIN_MAX) : s.contextMargin,
          feather: r.feather !== undefined ? clamp(r.feather, MAX_FEATHER) : s.feather,
        })),
    }),
    {
      name: 'gesso.region',
      version: 1,
      partialize: (s) => ({ onlyMasked: s.onlyMasked, contextMargin: s.contextMargin, feather: s.feather }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<Record<keyof RegionOptions, unknown>>;
        return {
          ...current,
          onlyMasked: typeof p.onlyMasked === 'boolean' ? p.onlyMasked : null,
          contextMargin:
            typeof p.contextMargin === 'number'
              ? clamp(p.contextMargin, CONTEXT_MARGIN_MAX)
              : current.contextMargin,
          feather: typeof p.feather === 'number' ? clamp(p.feather, MAX_FEATHER) : current.feather,
        };
      },
    },
  ),
);
