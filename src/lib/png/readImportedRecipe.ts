import { parseA1111Parameters } from './parseA1111Parameters';
import { parseComfyUiPrompt } from './comfyUiPrompt';
import { GESSO_KEYWORD } from './gessoRecipe';
import { parseInvokeAiMetadata } from './invokeAiMetadata';
import { parseGessoRecipe } from './parseGessoRecipe';
import type { PngByteSource } from './pngByteSource';
import { readPngText, type PngTextReport, type ReadPngTextOptions } from './readPngText';
import type { ImportedRecipe } from './recipe';
import { readTextChunks } from './readTextChunks';
import type { PngTextEntry } from './textChunkCodec';

/** Text keywords tried in order, each with its parser (`null` = present but not usable). */
const READERS: ReadonlyArray<[keyword: string, parse: (text: string) => ImportedRecipe | null]> = [
  [GESSO_KEYWORD, parseGessoRecipe],
  ['parameters', (t) => (t.trim() === '' ? null : parseA1111Parameters(t))],
  ['invokeai_metadata', parseInvokeAiMetadata],
  ['prompt', parseComfyUiPrompt],
];

/** The first recipe that parses, and the recipe keywords tried before it that were present but unusable. */
function pickRecipe(entries: readonly PngTextEntry[]): { recipe: ImportedRecipe | null; unusable: string[] } {
  const unusable: string[] = [];
  for (const [keyword, parse] of READERS) {
    for (const entry of entries) {
      if (entry.keyword !== keyword) continue;
      const recipe = parse(entry.text);
      if (recipe) return { recipe, unusable };
      if (!unusable.includes(keyword)) unusable.push(keyword);
    }
  }
  return { recipe: null, unusable };
}

/**
 * The generation recipe in a PNG's text chunks, trying `gesso`, `parameters` (AUTOMATIC1111),
 * `invokeai_metadata`, then `prompt` (ComfyUI); the first one that parses wins. `null` when none does.
 * Strict (see `readTextChunks`): rejects with `PngFormatError` when the bytes are not a readable PNG or
 * break a limit. Files from strangers go through `readRecipeReport`.
 */
export async function readImportedRecipe(png: Uint8Array): Promise<ImportedRecipe | null> {
  return pickRecipe(await readTextChunks(png)).recipe;
}

/** What reading a recipe from an untrusted file found and left out. Plain data (crosses a worker boundary). */
export interface RecipeReadReport extends Omit<PngTextReport, 'entries'> {
  recipe: ImportedRecipe | null;
  /** Recipe keywords present before the one used (or at all, with no recipe) whose text was unusable. */
  unusable: string[];
}

/**
 * Reads the recipe of an untrusted PNG like `readImportedRecipe`, but through `readPngText`: whatever is
 * damaged, too large or over a budget is skipped and reported, the rest still counts. Rejects with
 * `PngFormatError` only when the file is no PNG at all.
 */
export async function readRecipeReport(
  input: Uint8Array | PngByteSource,
  options?: ReadPngTextOptions,
): Promise<RecipeReadReport> {
  const { entries, ...text } = await readPngText(input, options);
  return { ...text, ...pickRecipe(entries) };
}
