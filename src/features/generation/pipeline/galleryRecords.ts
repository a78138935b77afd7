import type { GeneratedImage, GenerationRequest } from '../../../lib/api/studio';
import type { GalleryState, NewResult, Recipe, RunRecipe } from '../../gallery';

/** The part of the gallery store a run writes to (tests pass a fake). */
export type GalleryWriter = Pick<GalleryState, 'beginRun' | 'addResults' | 'finishRun' | 'failRun'>;

/** How a run's results are grouped and where they came from. */
export interface RunMeta {
  /** The gallery group header (and the run record's label), e.g. "Seed sweep ×4"; none for a plain run. */
  group?: string;
  /** The gallery result the input image came from. */
  parentResultId?: string;
}

/** The recipe of a request before any picture exists: API, mode, engine (and endpoint) and the params exactly as sent. */
export function runRecipeOf(request: GenerationRequest, meta: RunMeta = {}, now = Date.now()): RunRecipe {
  const recipe: RunRecipe = {
    backend: request.backend,
    mode: request.mode,
    engineId: request.engineId,
    params: request.params,
    createdAt: now,
  };
  if (request.endpoint) recipe.endpoint = request.endpoint;
  if (meta.parentResultId) recipe.parentResultId = meta.parentResultId;
  return recipe;
}

/**
 * One gallery record per picture, each with the seed the engine actually used (the request may have said 0)
 * and the request's input image and mask (the repository stores each distinct blob once).
 */
export function newResultsOf(
  request: GenerationRequest,
  images: readonly GeneratedImage[],
  run: { runId?: string } & RunMeta,
  now = Date.now(),
): NewResult[] {
  const base = runRecipeOf(request, run, now);
  const { pasteBack } = request;
  return images.map((img) => {
    const recipe: Recipe = {
      ...base,
      // The seed each picture actually had (an upscale's params carry none).
      params: request.params.seed === undefined ? request.params : { ...request.params, seed: img.seed },
      seed: img.seed,
      finishReason: img.finishReason,
    };
    // An inpaint: the answer is kept with the whole picture and mask it is composited over.
    if (pasteBack) {
      const { region, feather, onlyMasked } = pasteBack;
      recipe.pasteBack = { region: { ...region }, feather, onlyMasked };
    }
    return {
      png: img.png,
      recipe,
      initImage: pasteBack ? pasteBack.original : request.initImage,
      maskImage: pasteBack ? pasteBack.mask : request.maskImage,
      runId: run.runId,
      runLabel: run.group,
    };
  });
}

/** The run's inputs for `beginRun`, so an interrupted run can be re-run with the very same images. */
export function runInputsOf(request: GenerationRequest, label?: string) {
  return { label, initImage: request.initImage, maskImage: request.maskImage };
}

/** What went wrong, in one line, for a failed run's record. */
export function failureText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
