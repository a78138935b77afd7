import { defaultSizeFor, isSdxlEngine, type SizeCodes } from './sizeRules.ts';
import { DEFAULTS, LIMITS, V1_DEFAULTS, V1_LIMITS } from './wire.ts';

/**
 * Where one API's option rules differ from another's. validateOptions is one rule set; these are its
 * parameters, so the studio and the engine apply the same rules for each API (shared/API.md §v1,
 * "Options that differ from v1alpha").
 */
export interface OptionRules {
  readonly api: 'v1alpha' | 'v1';
  /** Largest seed (0 = random either way). */
  readonly seedMax: number;
  /** Whether `style_preset`, `extras`, `init_image_mode` and `image_strength` exist (else: unknown, ignored). */
  readonly v1Fields: boolean;
  /** Image modes take their size from init_image alone, ignoring `width`/`height` (v1). */
  readonly sizeFromInitImage: boolean;
  /** Which API's codes size problems carry. */
  readonly sizeCodes: SizeCodes;
  /** Steps when a request sends none. */
  defaultSteps(engineId: string): number;
  /** Text-to-image size when a request sends none. */
  defaultSize(engineId: string): { width: number; height: number };
}

/** v1alpha: the rules as they have always been. */
export const V1ALPHA_RULES: OptionRules = {
  api: 'v1alpha',
  seedMax: LIMITS.seedMax,
  v1Fields: false,
  sizeFromInitImage: false,
  sizeCodes: 'v1alpha',
  defaultSteps: () => DEFAULTS.steps,
  defaultSize: () => ({ width: DEFAULTS.width, height: DEFAULTS.height }),
};

/** v1: uint32 seeds, style presets and extras, image strength, SDXL's own defaults and size code. */
export const V1_RULES: OptionRules = {
  api: 'v1',
  seedMax: V1_LIMITS.seedMax,
  v1Fields: true,
  sizeFromInitImage: true,
  sizeCodes: 'v1',
  defaultSteps: (engineId) => (isSdxlEngine(engineId) ? V1_DEFAULTS.sdxlSteps : DEFAULTS.steps),
  defaultSize: defaultSizeFor,
};
