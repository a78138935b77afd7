import { DEFAULTS, V1_DEFAULTS } from '../../wire.ts';

/**
 * What v1alpha and v1 assume for a param a request leaves out, in the studio's vocabulary: the panel starts
 * from these, and comparisons read an absent param as its default.
 */
export const PARAM_DEFAULTS = {
  width: DEFAULTS.width,
  height: DEFAULTS.height,
  steps: DEFAULTS.steps,
  cfgScale: DEFAULTS.cfg_scale,
  clipGuidancePreset: DEFAULTS.clip_guidance_preset,
  samples: DEFAULTS.samples,
  seed: DEFAULTS.seed,
  /** v1's image_strength default, which is v1alpha's step_schedule_start 0.65. */
  imageStrength: V1_DEFAULTS.image_strength,
  stepScheduleEnd: DEFAULTS.step_schedule_end,
  weight: DEFAULTS.weight,
} as const;
