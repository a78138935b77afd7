import {
  CLIP_GUIDANCE_PRESETS,
  DEFAULT_BACKEND_ID,
  backendById,
  PARAM_DEFAULTS,
  MASK_SOURCES,
  SAMPLERS,
  type ClipGuidancePreset,
  type MaskSource,
  type Sampler,
} from '../../lib/api/studio';

/** One prompt row. A negative weight makes it a negative prompt ("what to avoid"). */
export interface PromptRow {
  /** Stable React key across reorders. */
  id: string;
  text: string;
  weight: number;
}

/**
 * Everything the options panel edits, in the studio's vocabulary (camelCase, UI units). Numbers may be
 * `NaN` while a field is empty; validation reports it and Generate stays disabled.
 */
export interface GenerationOptions {
  prompts: PromptRow[];
  engineId: string;
  width: number;
  height: number;
  steps: number;
  cfgScale: number;
  /** `null` = the engine's choice (the field is omitted on the wire). */
  sampler: Sampler | null;
  clipGuidancePreset: ClipGuidancePreset;
  samples: number;
  /** 0 = a new random seed each run. */
  seed: number;
  /** Image-to-image: how much of the init image survives; sent as step_schedule_start = 1 − strength. */
  imageStrength: number;
  stepScheduleEnd: number;
  maskSource: MaskSource;
  /** `null` = none. Sent only where the API has style presets (v1, v2beta). */
  stylePreset: string | null;
  /** Text-to-image where the API sizes by aspect ratio (v2beta): `16:9`. */
  aspectRatio: string;
  /** Inpaint and erase where the API grows the mask (v2beta): pixels. */
  growMask: number;
  /** What a painted mask asks for, where the API can erase (v2beta): repaint it from the prompt, or erase it. */
  maskAction: MaskAction;
}

/** What a painted mask asks for: `inpaint` (repaint from the prompt) or `erase` (remove, no prompt). */
export type MaskAction = 'inpaint' | 'erase';

/** Init image strength the studio starts with (the contract's default step_schedule_start is 0.65). */
export const DEFAULT_IMAGE_STRENGTH = 0.35;

let promptCounter = 0;
/** A fresh prompt-row id (unique within the page; persisted ids are kept as they were). */
export function newPromptId(): string {
  promptCounter += 1;
  return `p${Date.now().toString(36)}${promptCounter}`;
}

export function defaultOptions(): GenerationOptions {
  return {
    prompts: [{ id: newPromptId(), text: '', weight: PARAM_DEFAULTS.weight }],
    engineId: backendById(DEFAULT_BACKEND_ID).capabilities.defaultEngineId,
    width: PARAM_DEFAULTS.width,
    height: PARAM_DEFAULTS.height,
    steps: PARAM_DEFAULTS.steps,
    cfgScale: PARAM_DEFAULTS.cfgScale,
    sampler: null,
    clipGuidancePreset: PARAM_DEFAULTS.clipGuidancePreset,
    samples: PARAM_DEFAULTS.samples,
    seed: PARAM_DEFAULTS.seed,
    imageStrength: DEFAULT_IMAGE_STRENGTH,
    stepScheduleEnd: PARAM_DEFAULTS.stepScheduleEnd,
    maskSource: 'MASK_IMAGE_WHITE',
    stylePreset: null,
    aspectRatio: '1:1',
    growMask: 5,
    maskAction: 'inpaint',
  };
}

/** True for a negative prompt row. */
export function isNegative(row: Pick<PromptRow, 'weight'>): boolean {
  return row.weight < 0;
}

/** Type guards used when reading persisted state. */
export const isSampler = (v: unknown): v is Sampler => SAMPLERS.includes(v as Sampler);
export const isClipPreset = (v: unknown): v is ClipGuidancePreset =>
  CLIP_GUIDANCE_PRESETS.includes(v as ClipGuidancePreset);
export const isMaskSource = (v: unknown): v is MaskSource => MASK_SOURCES.includes(v as MaskSource);
