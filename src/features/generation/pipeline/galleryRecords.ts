import type { GeneratedImage, GenerationRequest } from '../../../lib/api';
import type { GalleryState, NewResult, RunRecipe } from '../../gallery';

/** The part of the gallery store a generation writes to (tests pass a fake). */
export type GalleryWriter = Pick<GalleryState, 'beginRun' | 'addResults' | 'finishRun' | 'failRun'>;

/** How a run is labelled and where it came from. */
export interface RunMeta {
  /** Shown as the group header in the gallery, e.g. "Seed sweep ×4". */
  runLabel?: string;
  /** The gallery result the init image came from. */
  parentResultId?: string;
}

/** The recipe of a request before any picture exists: mode, engine and the options exactly as sent. */
export function runRecipeOf(request: GenerationRequest, meta: RunMeta = {}, now = Date.now()): RunRecipe {
  const recipe: RunRecipe = {
    mode: request.mode,
    engineId: request.engineId,
    options: request.options,
    createdAt: now,
  };
  if (meta.parentResultId) recipe.parentResultId = meta.parentResultId;
  return recipe;
}

/**
 * One gallery record per picture, each with the seed the engine actually used (the request may have said 0)
 * and the request's init image and mask (the repository stores each distinct blob once).
 */
export function newResultsOf(
  request: GenerationRequest,
  images: readonly GeneratedImage[],
  run: { runId?: string } & RunMeta,
  now = Date.now(),
): NewResult[] {
  const base = runRecipeOf(request, run, now);
  return images.map((img) => ({
    png: img.png,
    recipe: {
      ...base,
      options: { ...request.options, seed: img.seed },
      seed: img.seed,
      finishReason: img.finishReason,
    },
    initImage: request.initImage,
    maskImage: request.mode === 'masking' ? request.maskImage : undefined,
    runId: run.runId,
    runLabel: run.runLabel,
  }));
}

/** The run's inputs for `beginRun`, so an interrupted run can be re-run with the very same images. */
export function runInputsOf(request: GenerationRequest, label?: string) {
  return {
    label,
    initImage: request.initImage,
    maskImage: request.mode === 'masking' ? request.maskImage : undefined,
  };
}

/** What went wrong, in one line, for a failed run's record. */
export function failureText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
