import { DEFAULTS, type WireGenerationOptions } from '../../lib/api';
import type { ImportedRecipe } from '../../lib/png';
import { newPromptId, type GenerationOptions } from './generationOptions';

/** A recipe as the gallery stores it: the options exactly as sent, and the seed actually used. */
export interface StoredRecipeLike {
  engineId: string;
  options: WireGenerationOptions;
  seed?: number;
}

/** Rounds away float noise such as 1 − 0.65 = 0.35000000000000003. */
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * "Reuse all": the panel's options from a stored recipe. Every field the wire carries is restored; fields
 * the request left out (size in image modes, the engine's own sampler) take what the panel would send for
 * them, so generating again sends the same request. Pure.
 */
export function optionsFromStoredRecipe(
  current: GenerationOptions,
  recipe: StoredRecipeLike,
): GenerationOptions {
  const o = recipe.options;
  return {
    ...current,
    prompts: o.text_prompts.map((p) => ({
      id: newPromptId(),
      text: p.text,
      weight: p.weight ?? DEFAULTS.weight,
    })),
    engineId: recipe.engineId,
    width: o.width ?? current.width,
    height: o.height ?? current.height,
    steps: o.steps ?? DEFAULTS.steps,
    cfgScale: o.cfg_scale ?? DEFAULTS.cfg_scale,
    sampler: o.sampler ?? null,
    clipGuidancePreset: o.clip_guidance_preset ?? DEFAULTS.clip_guidance_preset,
    samples: o.samples ?? DEFAULTS.samples,
    seed: recipe.seed ?? o.seed ?? DEFAULTS.seed,
    imageStrength:
      o.step_schedule_start === undefined ? current.imageStrength : round6(1 - o.step_schedule_start),
    stepScheduleEnd: o.step_schedule_end ?? current.stepScheduleEnd,
    maskSource: o.mask_source ?? current.maskSource,
  };
}

/** The outcome of applying a recipe read from a PNG: the new options and the fields left as they were. */
export interface AppliedImport {
  options: GenerationOptions;
  /** Names of fields in the file that were not understood or not usable (shown to the user as text). */
  notApplied: string[];
}

/**
 * A dropped or opened PNG's recipe (Gesso's, AUTOMATIC1111's, InvokeAI's, ComfyUI's) onto the panel, as far
 * as its fields map. Fields the file does not carry keep their current value. Pure.
 */
export function optionsFromImportedRecipe(current: GenerationOptions, recipe: ImportedRecipe): AppliedImport {
  const next: GenerationOptions = { ...current };
  if (recipe.prompts.length > 0) {
    next.prompts = recipe.prompts.map((p) => ({ id: newPromptId(), text: p.text, weight: p.weight }));
  }
  if (recipe.engineId !== undefined) next.engineId = recipe.engineId;
  if (recipe.seed !== undefined) next.seed = recipe.seed;
  if (recipe.steps !== undefined) next.steps = recipe.steps;
  if (recipe.cfgScale !== undefined) next.cfgScale = recipe.cfgScale;
  if (recipe.sampler !== undefined) next.sampler = recipe.sampler;
  if (recipe.width !== undefined && recipe.height !== undefined) {
    next.width = recipe.width;
    next.height = recipe.height;
  }
  return { options: next, notApplied: [...recipe.unknownFields] };
}
