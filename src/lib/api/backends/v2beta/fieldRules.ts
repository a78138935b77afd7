import { SD3_DEFAULT_MODEL } from './credits.ts';
import {
  SD3_MODEL_VALUES,
  SD3_MODELS,
  SD3_MODES,
  V2BETA_ASPECT_RATIOS,
  V2BETA_OUTPUT_FORMATS,
  V2BETA_STYLE_PRESETS,
  type V2betaEndpoint,
} from './vocabulary.ts';

/** One multipart field of a v2beta endpoint and what it may hold (shared/API-v2beta.md §2.3, §4). */
export type FieldRule =
  | { kind: 'text'; required: boolean; min: number; max: number }
  | {
      kind: 'enum';
      required: boolean;
      /** The values messages list. */
      values: readonly string[];
      /** What is accepted: `values` plus aliases (sd3's old model names). */
      accepts: readonly string[];
      default?: string;
    }
  | { kind: 'number'; required: boolean; min: number; max: number; integer: boolean; default?: number }
  | { kind: 'file'; required: boolean };

/** Largest `seed`: uint32 minus one (§2.3); 0 = the server picks one. */
export const V2BETA_SEED_MAX = 4_294_967_294;
/** `prompt` and `negative_prompt` are at most this many characters. */
export const V2BETA_PROMPT_MAX = 10_000;

const enumOf = (values: readonly string[], fallback?: string, accepts = values): FieldRule => ({
  kind: 'enum',
  required: false,
  values,
  accepts,
  default: fallback,
});
const number = (min: number, max: number, fallback?: number, integer = false): FieldRule => ({
  kind: 'number',
  required: false,
  min,
  max,
  integer,
  default: fallback,
});

const PROMPT: FieldRule = { kind: 'text', required: true, min: 1, max: V2BETA_PROMPT_MAX };
const OPTIONAL_PROMPT: FieldRule = { kind: 'text', required: false, min: 0, max: V2BETA_PROMPT_MAX };
const NEGATIVE_PROMPT = OPTIONAL_PROMPT;
const SEED = number(0, V2BETA_SEED_MAX, 0, true);
const ASPECT_RATIO = enumOf(V2BETA_ASPECT_RATIOS, '1:1');
const OUTPUT_FORMAT = enumOf(V2BETA_OUTPUT_FORMATS, 'png');
const STYLE_PRESET = enumOf(V2BETA_STYLE_PRESETS);
const STRENGTH = number(0, 1);
const IMAGE: FieldRule = { kind: 'file', required: true };
const OPTIONAL_IMAGE: FieldRule = { kind: 'file', required: false };
const EXTENT = number(0, 2000, 0, true);

/**
 * Every field each endpoint reads, in the contract's table order (which is also the order its problems are
 * listed in, within each kind of problem). Fields not listed are ignored, as the service ignores them.
 * Conditional rules (strength with an image, sd3's mode, outpaint's "at least one direction") are in
 * validateV2beta.
 */
export const V2BETA_FIELD_RULES: Readonly<Record<V2betaEndpoint, Readonly<Record<string, FieldRule>>>> = {
  'generate/ultra': {
    prompt: PROMPT,
    negative_prompt: NEGATIVE_PROMPT,
    aspect_ratio: ASPECT_RATIO,
    seed: SEED,
    output_format: OUTPUT_FORMAT,
    image: OPTIONAL_IMAGE,
    strength: STRENGTH,
    style_preset: STYLE_PRESET,
  },
  'generate/core': {
    prompt: PROMPT,
    aspect_ratio: ASPECT_RATIO,
    negative_prompt: NEGATIVE_PROMPT,
    seed: SEED,
    style_preset: STYLE_PRESET,
    output_format: OUTPUT_FORMAT,
  },
  'generate/sd3': {
    prompt: PROMPT,
    mode: enumOf(SD3_MODES, 'text-to-image'),
    image: OPTIONAL_IMAGE,
    strength: STRENGTH,
    aspect_ratio: ASPECT_RATIO,
    model: enumOf(SD3_MODELS, SD3_DEFAULT_MODEL, SD3_MODEL_VALUES),
    seed: SEED,
    output_format: OUTPUT_FORMAT,
    style_preset: STYLE_PRESET,
    negative_prompt: NEGATIVE_PROMPT,
    // Its default depends on the model (4 or 1): see sd3CfgDefault.
    cfg_scale: number(1, 10),
  },
  'edit/inpaint': {
    image: IMAGE,
    prompt: PROMPT,
    mask: OPTIONAL_IMAGE,
    negative_prompt: NEGATIVE_PROMPT,
    grow_mask: number(0, 100, 5, true),
    seed: SEED,
    output_format: OUTPUT_FORMAT,
    style_preset: STYLE_PRESET,
  },
  'edit/outpaint': {
    image: IMAGE,
    left: EXTENT,
    right: EXTENT,
    up: EXTENT,
    down: EXTENT,
    creativity: number(0, 1, 0.5),
    prompt: OPTIONAL_PROMPT,
    seed: SEED,
    output_format: OUTPUT_FORMAT,
    style_preset: STYLE_PRESET,
  },
  'edit/erase': {
    image: IMAGE,
    mask: OPTIONAL_IMAGE,
    grow_mask: number(0, 20, 5, true),
    seed: SEED,
    output_format: OUTPUT_FORMAT,
  },
  'upscale/fast': {
    image: IMAGE,
    output_format: OUTPUT_FORMAT,
  },
  'upscale/conservative': {
    image: IMAGE,
    prompt: PROMPT,
    negative_prompt: NEGATIVE_PROMPT,
    seed: SEED,
    output_format: OUTPUT_FORMAT,
    creativity: number(0.2, 0.5, 0.35),
  },
};
