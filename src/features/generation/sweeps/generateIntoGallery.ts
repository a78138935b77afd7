import type { GeneratedImage, GenerationRequest } from '../../../lib/api';
import type { GalleryItem } from '../../gallery';
import {
  failureText,
  newResultsOf,
  runInputsOf,
  runRecipeOf,
  type GalleryWriter,
  type RunMeta,
} from './galleryRecords';

/** Sends requests; the API client's `generate` (tests pass a stub). */
export type GenerateFn = (request: GenerationRequest, signal?: AbortSignal) => Promise<GeneratedImage[]>;

/**
 * One request, start to finish, with its run on record: the run is stored as 'running' first (so a reload
 * can offer "Re-run"), the pictures are stored as they arrive with their full recipe, then the run is
 * finished — or failed, and the error rethrown for the caller to show.
 */
export async function generateIntoGallery(
  gallery: GalleryWriter,
  generate: GenerateFn,
  request: GenerationRequest,
  signal?: AbortSignal,
  meta: RunMeta = {},
): Promise<GalleryItem[]> {
  const runId = await gallery.beginRun(runRecipeOf(request, meta), runInputsOf(request, meta.runLabel));
  try {
    const images = await generate(request, signal);
    const added = await gallery.addResults(newResultsOf(request, images, { ...meta, runId }));
    if (runId)
      await gallery.finishRun(
        runId,
        added.map((a) => a.id),
      );
    return added;
  } catch (err) {
    if (runId) await gallery.failRun(runId, failureText(err));
    throw err;
  }
}
