import { create } from 'zustand';

/** Largest file read for a recipe; metadata sits before the pixels, and a bigger PNG is no recipe card. */
const MAX_RECIPE_FILE_BYTES = 64 * 1024 * 1024;

interface RecipeImportNotice {
  /** The last import's outcome (or what is being read), as plain text for a status line. */
  text: string | null;
  /** While a file is read: stops it ("Cancel reading"); null otherwise. */
  cancel: (() => void) | null;
  clear: () => void;
}

/** What the last recipe import did, and the way out of one in progress. */
export const useRecipeImportNotice = create<RecipeImportNotice>()((set) => ({
  text: null,
  cancel: null,
  clear: () => set({ text: null }),
}));

/**
 * Reads a PNG's recipe (Gesso, AUTOMATIC1111, InvokeAI, ComfyUI — untrusted, parsed with limits in a
 * worker) and puts what maps into the options panel; the notice says what came from where, which fields
 * were not understood and what in the file was skipped. While it reads, the notice is busy with "Cancel
 * reading" (a new import replaces one in progress). Never throws: every outcome is a sentence.
 * The reader, its parsers and the rest of this work load on first use (recipeImport.ts): no part of the
 * first paint.
 */
export async function importRecipeFile(file: File): Promise<void> {
  useRecipeImportNotice.getState().cancel?.();
  const controller = new AbortController();
  const say = (text: string) => {
    // Only the newest import speaks; one it replaced ends quietly.
    if (useRecipeImportNotice.getState().cancel === cancel)
      useRecipeImportNotice.setState({ text, cancel: null });
  };
  const cancel = () => controller.abort();
  if (file.size > MAX_RECIPE_FILE_BYTES) {
    return useRecipeImportNotice.setState({
      text: `${file.name} is too large to read a recipe from.`,
      cancel: null,
    });
  }
  useRecipeImportNotice.setState({ text: `Reading the recipe in ${file.name}…`, cancel });
  let recipeImport;
  try {
    recipeImport = await import('./recipeImport');
  } catch {
    return say(`The recipe reader could not be loaded, so ${file.name} was not read. Reload and try again.`);
  }
  say(await recipeImport.importRecipe(file, controller.signal));
}
