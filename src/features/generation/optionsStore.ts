import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware';
import {
  PARAM_DEFAULTS,
  type ClipGuidancePreset,
  type EngineSizes,
  type MaskSource,
  type Sampler,
} from '../../lib/api/studio';
import { defaultOptions, newPromptId, type GenerationOptions, type MaskAction } from './generationOptions';
import { OPTIONS_VERSION, migrateOptions } from './migrateOptions';
import { nearestValidSize } from './sizePresets';

/** Intent-named actions of the options panel. */
export interface OptionsActions {
  addPrompt: () => void;
  removePrompt: (id: string) => void;
  /** Moves a row one place up (-1) or down (+1); no-op at the ends. */
  movePrompt: (id: string, delta: -1 | 1) => void;
  setPromptText: (id: string, text: string) => void;
  setPromptWeight: (id: string, weight: number) => void;
  /** Selects an engine and snaps the size to the nearest one it accepts (`sizes`: null = any size). */
  setEngine: (engineId: string, sizes: EngineSizes | null) => void;
  setSize: (width: number, height: number) => void;
  setWidth: (width: number) => void;
  setHeight: (height: number) => void;
  swapSize: () => void;
  setSteps: (steps: number) => void;
  setCfgScale: (cfgScale: number) => void;
  setSampler: (sampler: Sampler | null) => void;
  setClipGuidancePreset: (preset: ClipGuidancePreset) => void;
  setSamples: (samples: number) => void;
  setSeed: (seed: number) => void;
  /** Image modes: how much of the init image survives (0–1). */
  setImageStrength: (strength: number) => void;
  setStepScheduleEnd: (end: number) => void;
  setMaskSource: (source: MaskSource) => void;
  /** `null` = none. */
  setStylePreset: (preset: string | null) => void;
  setAspectRatio: (ratio: string) => void;
  setGrowMask: (pixels: number) => void;
  setMaskAction: (action: MaskAction) => void;
  resetOptions: () => void;
}

export type OptionsState = GenerationOptions & OptionsActions;

export const OPTIONS_STORAGE_KEY = 'gesso.options';

const createOptions: StateCreator<OptionsState> = (set, get) => ({
  ...defaultOptions(),
  addPrompt: () =>
    set((s) => ({ prompts: [...s.prompts, { id: newPromptId(), text: '', weight: PARAM_DEFAULTS.weight }] })),
  // The last row stays: the contract needs at least one prompt, and an empty row says where to type.
  removePrompt: (id) =>
    set((s) => (s.prompts.length <= 1 ? s : { prompts: s.prompts.filter((p) => p.id !== id) })),
  movePrompt: (id, delta) =>
    set((s) => {
      const from = s.prompts.findIndex((p) => p.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= s.prompts.length) return s;
      const prompts = [...s.prompts];
      const [row] = prompts.splice(from, 1);
      if (row) prompts.splice(to, 0, row);
      return { prompts };
    }),
  setPromptText: (id, text) =>
    set((s) => ({ prompts: s.prompts.map((p) => (p.id === id ? { ...p, text } : p)) })),
  setPromptWeight: (id, weight) =>
    set((s) => ({ prompts: s.prompts.map((p) => (p.id === id ? { ...p, weight } : p)) })),
  setEngine: (engineId, sizes) => {
    const { width, height } = get();
    set({ engineId, ...(sizes ? nearestValidSize(sizes, width, height) : {}) });
  },
  setSize: (width, height) => set({ width, height }),
  setWidth: (width) => set({ width }),
  setHeight: (height) => set({ height }),
  swapSize: () => set((s) => ({ width: s.height, height: s.width })),
  setSteps: (steps) => set({ steps }),
  setCfgScale: (cfgScale) => set({ cfgScale }),
  setSampler: (sampler) => set({ sampler }),
  setClipGuidancePreset: (clipGuidancePreset) => set({ clipGuidancePreset }),
  setSamples: (samples) => set({ samples }),
  setSeed: (seed) => set({ seed }),
  setImageStrength: (imageStrength) => set({ imageStrength }),
  setStepScheduleEnd: (stepScheduleEnd) => set({ stepScheduleEnd }),
  setMaskSource: (maskSource) => set({ maskSource }),
  setStylePreset: (stylePreset) => set({ stylePreset }),
  setAspectRatio: (aspectRatio) => set({ aspectRatio }),
  setGrowMask: (growMask) => set({ growMask }),
  setMaskAction: (maskAction) => set({ maskAction }),
  resetOptions: () => set(defaultOptions()),
});

/** Picks the persisted part (the options, not the actions). */
export function pickOptions(s: GenerationOptions): GenerationOptions {
  return {
    prompts: s.prompts,
    engineId: s.engineId,
    width: s.width,
    height: s.height,
    steps: s.steps,
    cfgScale: s.cfgScale,
    sampler: s.sampler,
    clipGuidancePreset: s.clipGuidancePreset,
    samples: s.samples,
    seed: s.seed,
    imageStrength: s.imageStrength,
    stepScheduleEnd: s.stepScheduleEnd,
    maskSource: s.maskSource,
    stylePreset: s.stylePreset,
    aspectRatio: s.aspectRatio,
    growMask: s.growMask,
    maskAction: s.maskAction,
  };
}

/** Builds the options store persisted to `storage` (tests pass an in-memory one). */
export function createOptionsStore(storage?: PersistStorage<GenerationOptions>) {
  return create<OptionsState>()(
    persist(createOptions, {
      name: OPTIONS_STORAGE_KEY,
      version: OPTIONS_VERSION,
      storage: storage ?? createJSONStorage<GenerationOptions>(() => localStorage),
      partialize: pickOptions,
      migrate: migrateOptions,
      // Same-version blobs go through the same field-by-field check (NaN was stored as null, etc.).
      merge: (persisted, current) => ({ ...current, ...migrateOptions(persisted, OPTIONS_VERSION) }),
    }),
  );
}

/** The studio's generation options, persisted across reloads. */
export const useOptionsStore = createOptionsStore();
