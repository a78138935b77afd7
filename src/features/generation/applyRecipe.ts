import {
  PARAM_DEFAULTS,
  backendById,
  engineSizes,
  type BackendId,
  type GenerationParams,
} from '../../lib/api/studio';
import type { ImportedRecipe, NeutralRecipe } from '../../lib/png';
import {
  defaultOptions,
  isClipPreset,
  isMaskSource,
  isSampler,
  newPromptId,
  type GenerationOptions,
} from './generationOptions';
import { nearestValidSize } from './sizePresets';

/** A recipe as the gallery stores it: the engine, the params exactly as sent, and the seed actually used. */
export interface StoredRecipeLike {
  engineId: string;
  params: GenerationParams;
  seed?: number;
}

/**
 * "Re-run": the panel's options from a stored run recipe. Every param the request carried is restored;
 * params the request left out (size in image modes, the engine's own sampler, no style preset) take what
 * the panel would send for them, so generating again sends the same request. Pure.
 */
export function optionsFromStoredRecipe(
  current: GenerationOptions,
  recipe: StoredRecipeLike,
): GenerationOptions {
  const p = recipe.params;
  return {
    ...current,
    prompts: p.prompts.map((x) => ({ id: newPromptId(), text: x.text, weight: x.weight })),
    engineId: recipe.engineId,
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
  };
}

/**
 * "Reuse all" on one result: its recipe, made to give *that* picture again — one sample, with the seed
 * the engine gave it (a run of 4 from seed s made s, s+1, s+2, s+3; its third picture is seed s+2, alone).
 * Pure.
 */
export function optionsFromResult(
  current: GenerationOptions,
  recipe: StoredRecipeLike & { seed: number },
): GenerationOptions {
  return { ...optionsFromStoredRecipe(current, recipe), samples: 1, seed: recipe.seed };
}

/** The outcome of applying a recipe read from a PNG: the new options and what was not applied. */
export interface AppliedImport {
  options: GenerationOptions;
  /** Names of fields in the file that were not understood or not usable (shown to the user as text). */
  notApplied: string[];
}

/**
 * Recipe fields the options panel does not hold: what made the picture and its inputs go to the canvas
 * and the API choice (the app's work); the others have no control in this panel yet.
 */
const NOT_OPTIONS = ['aspectRatio', 'upscale'] as const satisfies ReadonlyArray<keyof NeutralRecipe>;

/**
 * A dropped or opened PNG's recipe (Gesso's, AUTOMATIC1111's, InvokeAI's, ComfyUI's) as the whole panel:
 * every field the file carries is set, and every field it does not carry goes back to its default (the
 * default engine of `backend` and a size it takes), never keeps what the panel had. The file is one
 * picture, so it is made once: samples 1, with the picture's seed. Fields the panel cannot hold are
 * listed with those the file's reader did not understand. Pure.
 */
export function optionsFromImportedRecipe(recipe: ImportedRecipe, backend: BackendId): AppliedImport {
  const info = backendById(backend);
  const d = defaultOptions();
  const engineId = recipe.engineId ?? info.capabilities.defaultEngineId;
  const sizes = engineSizes(info, engineId);
  const size =
    recipe.width !== undefined && recipe.height !== undefined
      ? { width: recipe.width, height: recipe.height }
      : sizes
        ? nearestValidSize(sizes, d.width, d.height)
        : { width: d.width, height: d.height };
  const options: GenerationOptions = {
    prompts:
      recipe.prompts.length > 0
        ? recipe.prompts.map((p) => ({ id: newPromptId(), text: p.text, weight: p.weight }))
        : d.prompts,
    engineId,
    ...size,
    steps: recipe.steps ?? d.steps,
    cfgScale: recipe.cfgScale ?? d.cfgScale,
    sampler: recipe.sampler ?? d.sampler,
    clipGuidancePreset: recipe.clipGuidancePreset ?? d.clipGuidancePreset,
    samples: 1,
    seed: recipe.seed ?? d.seed,
    imageStrength: recipe.imageStrength ?? d.imageStrength,
    stepScheduleEnd: recipe.stepScheduleEnd ?? d.stepScheduleEnd,
    maskSource: recipe.maskSource ?? d.maskSource,
    stylePreset: recipe.stylePreset ?? d.stylePreset,
  };
  const notApplied = [...recipe.unknownFields, ...NOT_OPTIONS.filter((k) => recipe[k] !== undefined)];
  return { options, notApplied };
}
