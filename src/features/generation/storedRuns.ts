import {
  backendById,
  type BackendId,
  type BackendInfo,
  type WeightedPrompt,
  type GenerationMode,
  type GenerationParams,
  type GenerationRequest,
} from '../../lib/api/studio';
import { currentConnection } from '../settings';
import { useOptionsStore } from './optionsStore';
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

/** The chosen API's upscaler: the plain one, or (`prompted`) the one a prompt guides; none when it has none. */
function upscalerOf(info: BackendInfo, prompted: boolean) {
  return info.capabilities.catalogue.find(
    (e) =>
      e.modes.includes('upscale') && (info.fields(e.id, 'upscale').upscale?.prompted ?? false) === prompted,
  );
}

/** Whether the chosen API has an upscaler guided by a prompt (v2beta's conservative one: "Upscale with prompt"). */
export function canUpscaleWithPrompt(backend: BackendId = currentConnection().backendId): boolean {
  return upscalerOf(backendById(backend), true) !== undefined;
}

/**
 * "Upscale": a result's picture sent to the chosen API's upscaler through the pipeline; the upscaled picture
 * lands in the gallery as a result derived from the original. Null when the API has no upscaler.
 * `prompts` ("Upscale with prompt"): the prompt-guided upscaler instead, with these prompts — the picture's
 * own when its recipe has a positive one, else the panel's.
 */
export function upscaleResult(
  png: Blob,
  resultId: string,
  prompts?: readonly WeightedPrompt[],
): RunHandle | null {
  const info = backendById(currentConnection().backendId);
  const engine = upscalerOf(info, prompts !== undefined);
  if (!engine) return null;
  const own = prompts?.some((p) => p.weight >= 0 && p.text.trim() !== '') ?? false;
  const guide = prompts === undefined ? [] : own ? prompts : useOptionsStore.getState().prompts;
  const request = info.normalize({
    backend: info.id,
    mode: 'upscale',
    engineId: engine.id,
    params: { prompts: guide.map((p) => ({ text: p.text, weight: p.weight })), upscale: {} },
    initImage: png,
  });
  const factor = info.fields(engine.id, 'upscale').upscale?.factor ?? 2;
  return run(request, {
    label: prompts === undefined ? `Upscale ×${factor}` : 'Upscale with prompt',
    parentResultId: resultId,
  });
}
