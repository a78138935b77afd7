import { blobSource } from './pngByteSource';
import { PngFormatError, type PngFormatErrorCode } from './PngFormatError';
import { readRecipeReport, type RecipeReadReport } from './readImportedRecipe';

/** The outcome of reading a recipe file. Plain data: it is what the recipe worker posts back. */
export type RecipeFileResult =
  | { ok: true; report: RecipeReadReport }
  | { ok: false; reason: 'not-png'; code: PngFormatErrorCode; message: string }
  | { ok: false; reason: 'timeout' | 'failed' | 'cancelled'; message: string };

/**
 * Reads a file's recipe in the calling thread, the file read slice by slice (never whole). This is what
 * the recipe worker runs, and `readRecipeFile`'s fallback where there is no `Worker`. Never rejects.
 */
export async function readRecipeInThread(file: Blob): Promise<RecipeFileResult> {
  try {
    return { ok: true, report: await readRecipeReport(blobSource(file)) };
  } catch (e) {
    if (e instanceof PngFormatError)
      return { ok: false, reason: 'not-png', code: e.code, message: e.message };
    return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
