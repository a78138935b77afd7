import type { GenerationMode, GenerationParams } from '../../backend/GenerationRequest.ts';
import {
  CLIP_GUIDANCE_PRESETS,
  MASK_SOURCES,
  SAMPLERS,
  STYLE_PRESETS,
  type ClipGuidancePreset,
  type MaskSource,
  type Sampler,
  type StylePreset,
  type WireGenerationMode,
  type WireGenerationOptions,
  type WireV1GenerationOptions,
} from '../../wire.ts';

/** Rounds away float noise such as 1 − 0.35 = 0.6499999999999999. */
export const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);

/** Type guards for the v1x enums (a neutral param is any string; the wire takes only these). */
export const isSampler = isOneOf<Sampler>(SAMPLERS);
export const isClipGuidancePreset = isOneOf<ClipGuidancePreset>(CLIP_GUIDANCE_PRESETS);
export const isMaskSource = isOneOf<MaskSource>(MASK_SOURCES);
export const isStylePreset = isOneOf<StylePreset>(STYLE_PRESETS);

/**
 * The v1x endpoint of a neutral generation mode; `null` for upscale (its own endpoint and body), and for
 * the modes v1x does not have (validation refuses those before anything is sent).
 */
export function wireModeOf(mode: GenerationMode): WireGenerationMode | null {
  return mode === 'upscale' || mode === 'erase' || mode === 'outpaint' ? null : mode;
}

/**
 * The options every v1x request shares, in the order the studio has always sent them: prompts, CFG scale,
 * CLIP guidance, samples, seed, steps, sampler, then the size. Faithful: every param present is written
 * (`normalize` decides what a request carries), enum values the wire does not know are written as they are
 * so the validator names them.
 */
function commonOptions(p: GenerationParams): WireGenerationOptions {
  const o: WireGenerationOptions = {
    text_prompts: p.prompts.map((x) => ({ text: x.text, weight: x.weight })),
  };
  if (p.cfgScale !== undefined) o.cfg_scale = p.cfgScale;
  if (p.clipGuidancePreset !== undefined) o.clip_guidance_preset = p.clipGuidancePreset as ClipGuidancePreset;
  if (p.samples !== undefined) o.samples = p.samples;
  if (p.seed !== undefined) o.seed = p.seed;
  if (p.steps !== undefined) o.steps = p.steps;
  if (p.sampler !== undefined) o.sampler = p.sampler as Sampler;
  if (p.width !== undefined) o.width = p.width;
  if (p.height !== undefined) o.height = p.height;
  return o;
}

/**
 * v1alpha's options for a request's params: the init image's influence travels as
 * `step_schedule_start = 1 − imageStrength`, then `step_schedule_end` and `mask_source`.
 */
export function v1alphaWireOptions(p: GenerationParams): WireGenerationOptions {
  const o = commonOptions(p);
  if (p.imageStrength !== undefined) o.step_schedule_start = round6(1 - p.imageStrength);
  if (p.stepScheduleEnd !== undefined) o.step_schedule_end = p.stepScheduleEnd;
  if (p.maskSource !== undefined) o.mask_source = p.maskSource;
  return o;
}

/**
 * v1's options for a request's params: the style preset, and the init image's influence in v1's own form
 * (`init_image_mode=IMAGE_STRENGTH`, `image_strength`).
 */
export function v1WireOptions(p: GenerationParams): WireV1GenerationOptions {
  const o: WireV1GenerationOptions = commonOptions(p);
  if (p.stylePreset !== undefined) o.style_preset = p.stylePreset as StylePreset;
  if (p.imageStrength !== undefined) {
    o.init_image_mode = 'IMAGE_STRENGTH';
    o.image_strength = p.imageStrength;
  }
  if (p.stepScheduleEnd !== undefined) o.step_schedule_end = p.stepScheduleEnd;
  if (p.maskSource !== undefined) o.mask_source = p.maskSource;
  return o;
}

/**
 * The neutral params of v1alpha options as they were sent (recipes stored before the backend seam): the
 * inverse of {@link v1alphaWireOptions}. A prompt without a weight gets 1, as the engine read it.
 */
export function paramsFromV1alphaWire(o: WireGenerationOptions): GenerationParams {
  const p: GenerationParams = {
    prompts: (Array.isArray(o.text_prompts) ? o.text_prompts : []).map((x) => ({
      text: String(x.text),
      weight: x.weight ?? 1,
    })),
  };
  if (o.width !== undefined) p.width = o.width;
  if (o.height !== undefined) p.height = o.height;
  if (o.steps !== undefined) p.steps = o.steps;
  if (o.cfg_scale !== undefined) p.cfgScale = o.cfg_scale;
  if (o.sampler !== undefined) p.sampler = o.sampler;
  if (o.clip_guidance_preset !== undefined) p.clipGuidancePreset = o.clip_guidance_preset;
  if (o.samples !== undefined) p.samples = o.samples;
  if (o.seed !== undefined) p.seed = o.seed;
  if (o.step_schedule_start !== undefined) p.imageStrength = round6(1 - o.step_schedule_start);
  if (o.step_schedule_end !== undefined) p.stepScheduleEnd = o.step_schedule_end;
  if (o.mask_source !== undefined) p.maskSource = o.mask_source;
  return p;
}
