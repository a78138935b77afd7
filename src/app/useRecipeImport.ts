import { create } from 'zustand';

/** Largest file read for a recipe; metadata sits before the pixels, and a bigger PNG is no recipe card. */
const MAX_RECIPE_FILE_BYTES = 64 * 1024 * 1024;

/** The last import's outcome, as plain text for a status line. */
export const useRecipeImportNotice = create<{ text: string | null; clear: () => void }>()((set) => ({
  text: null,
  clear: () => set({ text: null }),
}));

/**
 * Reads a PNG's recipe (Gesso, AUTOMATIC1111, InvokeAI, ComfyUI — untrusted, parsed with limits in a
 * worker) and puts what maps into the options panel; the notice says what came from where, which fields
 * were not understood and what in the file was skipped. Never throws: every outcome is a sentence.
 * The reader, its parsers and the rest of this work load on first use (recipeImport.ts): no part of the
 * first paint.
 */
export async function importRecipeFile(file: File): Promise<void> {
  const say = (text: string) => useRecipeImportNotice.setState({ text });
  if (file.size > MAX_RECIPE_FILE_BYTES) return say(`${file.name} is too large to read a recipe from.`);
  say(`Reading the recipe in ${file.name}…`);
  let recipeImport;
  try {
    recipeImport = await import('./recipeImport');
  } catch {
    return say(`The recipe reader could not be loaded, so ${file.name} was not read. Reload and try again.`);
  }
  say(await recipeImport.importRecipe(file));
}
