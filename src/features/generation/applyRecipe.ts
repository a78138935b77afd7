import {
  backendById,
  PARAM_DEFAULTS,
  type BackendId,
  type GenerationMode,
  type GenerationParams,
} from '../../lib/api/studio';
import type { ImportedRecipe } from '../../lib/png';
import {
  isClipPreset,
  isMaskSource,
  isSampler,
  newPromptId,
  type GenerationOptions,
} from './generationOptions';

/** A recipe as the gallery stores it: the engine, the params exactly as sent, and the seed actually used. */
export interface StoredRecipeLike {
  backend?: BackendId;
  mode?: GenerationMode;
  engineId: string;
  params: GenerationParams;
  seed?: number;
}

/**
 * "Reuse all": the panel's options from a stored recipe. Every param the request carried is restored; params
 * the request left out (size in image modes, the engine's own sampler, no style preset) take what the panel
 * would send for them, so generating again sends the same request. Pure.
 */
export function optionsFromStoredRecipe(
  current: GenerationOptions,
  recipe: StoredRecipeLike,
): GenerationOptions {
  const p = recipe.params;
  // An endpoint that takes no model (v2beta's inpaint, erase) is no choice for the panel's Engine.
  const engine = recipe.backend
    ? backendById(recipe.backend).capabilities.catalogue.find((e) => e.id === recipe.engineId)
    : undefined;
  const ownEngine = engine !== undefined && !engine.modes.includes('text-to-image');
  return {
    ...current,
    prompts: p.prompts.map((x) => ({ id: newPromptId(), text: x.text, weight: x.weight })),
    engineId: ownEngine ? current.engineId : recipe.engineId,
    width: p.width ?? current.width,
    height: p.height ?? current.height,
    steps: p.steps ?? PARAM_DEFAULTS.steps,
    cfgScale: p.cfgScale ?? PARAM_DEFAULTS.cfgScale,
    sampler: isSampler(p.sampler) ? p.sampler : null,
    clipGuidancePreset: isClipPreset(p.clipGuidancePreset)
      ? p.clipGuidancePreset
      : PARAM_DEFAULTS.clipGuidancePreset,
    samples: p.samples ?? PARAM_DEFAULTS.samples,
    seed: recipe.seed ?? p.seed ?? PARAM_DEFAULTS.seed,
    imageStrength: p.imageStrength ?? current.imageStrength,
    stepScheduleEnd: p.stepScheduleEnd ?? current.stepScheduleEnd,
    maskSource: isMaskSource(p.maskSource) ? p.maskSource : current.maskSource,
    stylePreset: p.stylePreset ?? null,
    aspectRatio: p.aspectRatio ?? current.aspectRatio,
    growMask: p.growMask ?? current.growMask,
    maskAction:
      recipe.mode === 'erase' ? 'erase' : recipe.mode === 'masking' ? 'inpaint' : current.maskAction,
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
