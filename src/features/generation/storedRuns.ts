import {
  backendById,
  type BackendId,
  type GenerationMode,
  type GenerationParams,
  type GenerationRequest,
} from '../../lib/api/studio';
import { currentConnection } from '../settings';
import { run, type RunHandle } from './pipeline/run';

/** A stored recipe, as much of it as sending it again needs. */
export interface RecipeToRun {
  backend: BackendId;
  mode: GenerationMode;
  engineId: string;
  params: GenerationParams;
  parentResultId?: string;
}

/** The prompts of params, for a job's label. */
function promptsLabel(params: GenerationParams): string {
  return params.prompts.map((p) => p.text).join(' · ');
}

/**
 * "Re-run": a stored recipe sent again, with its stored input image and mask, through the pipeline — so it
 * shows in "Running generations", can be cancelled, and its failure is an alert. `group` is the gallery
 * group the original run had (a sweep's "Seed sweep ×4").
 */
export function rerunRecipe(
  recipe: RecipeToRun,
  inputs: { initImage?: Blob; maskImage?: Blob },
  group?: string,
): RunHandle {
  const request: GenerationRequest = {
    backend: recipe.backend,
    mode: recipe.mode,
    engineId: recipe.engineId,
    params: recipe.params,
  };
  if (inputs.initImage) request.initImage = inputs.initImage;
  if (inputs.maskImage) request.maskImage = inputs.maskImage;
  return run(backendById(recipe.backend).normalize(request), {
    label: group ?? (promptsLabel(recipe.params) || 'Re-run'),
    group,
    parentResultId: recipe.parentResultId,
  });
}

/** Whether the chosen API can upscale (the gallery offers "Upscale" then). */
export function canUpscale(backend: BackendId = currentConnection().backendId): boolean {
  return backendById(backend).capabilities.modes.includes('upscale');
}

/**
 * "Upscale": a result's picture sent to the chosen API's upscaler through the pipeline; the upscaled picture
 * lands in the gallery as a result derived from the original. Null when the API has no upscaler.
 */
export function upscaleResult(png: Blob, resultId: string): RunHandle | null {
  const info = backendById(currentConnection().backendId);
  const engine = info.capabilities.catalogue.find((e) => e.modes.includes('upscale'));
  if (!engine) return null;
  const request = info.normalize({
    backend: info.id,
    mode: 'upscale',
    engineId: engine.id,
    params: { prompts: [], upscale: {} },
    initImage: png,
  });
  return run(request, {
    label: `Upscale ×${info.fields(engine.id, 'upscale').upscale?.factor ?? 2}`,
    parentResultId: resultId,
  });
}
