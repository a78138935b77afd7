import { parseA1111Parameters } from './a1111Parameters';
import { parseComfyUiPrompt } from './comfyUiPrompt';
import { GESSO_KEYWORD, parseGessoRecipe } from './gessoRecipe';
import { parseInvokeAiMetadata } from './invokeAiMetadata';
import type { ImportedRecipe } from './recipe';
import { readTextChunks } from './readTextChunks';

/** Text keywords tried in order, each with its parser (`null` = present but not usable). */
const READERS: ReadonlyArray<[keyword: string, parse: (text: string) => ImportedRecipe | null]> = [
  [GESSO_KEYWORD, parseGessoRecipe],
  ['parameters', (t) => (t.trim() === '' ? null : parseA1111Parameters(t))],
  ['invokeai_metadata', parseInvokeAiMetadata],
  ['prompt', parseComfyUiPrompt],
];

/**
 * The generation recipe in a PNG's text chunks, trying `gesso`, `parameters` (AUTOMATIC1111),
 * `invokeai_metadata`, then `prompt` (ComfyUI); the first one that parses wins. `null` when none does.
 * Rejects with `PngFormatError` when the bytes are not a readable PNG or break a limit.
 */
export async function readImportedRecipe(png: Uint8Array): Promise<ImportedRecipe | null> {
  const entries = await readTextChunks(png);
  for (const [keyword, parse] of READERS) {
    for (const entry of entries) {
      if (entry.keyword !== keyword) continue;
      const recipe = parse(entry.text);
      if (recipe) return recipe;
    }
  }
  return null;
}
