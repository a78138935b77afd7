import { create } from 'zustand';

/** Largest file read for a recipe; metadata sits before the pixels, and a bigger PNG is no recipe card. */
const MAX_RECIPE_FILE_BYTES = 64 * 1024 * 1024;

/** What an import says, and the one thing it offers to do next ("Switch to v1"), which says its own outcome. */
export interface RecipeNotice {
  text: string;
  action?: { label: string; run: () => Promise<RecipeNotice> };
}

interface RecipeImportNoticeState {
  notice: RecipeNotice | null;
  clear: () => void;
  /** Runs the notice's action; its outcome replaces the notice. */
  act: () => Promise<void>;
}

/** The last import's outcome, as plain text for a status line. */
export const useRecipeImportNotice = create<RecipeImportNoticeState>()((set, get) => ({
  notice: null,
  clear: () => set({ notice: null }),
  act: async () => {
    const action = get().notice?.action;
    if (action) set({ notice: await action.run() });
  },
}));

/**
 * Reads a PNG's recipe (Gesso, AUTOMATIC1111, InvokeAI, ComfyUI — untrusted, parsed with limits in a
 * worker) and puts it into the studio; the notice says what came from where, which fields were not
 * applied, what in the file was skipped and, for a recipe made with another API, offers to switch.
 * Never throws: every outcome is a sentence. The reader, its parsers and the rest of this work load on
 * first use (recipeImport.ts): no part of the first paint.
 */
export async function importRecipeFile(file: File): Promise<void> {
  const say = (text: string) => useRecipeImportNotice.setState({ notice: { text } });
  if (file.size > MAX_RECIPE_FILE_BYTES) return say(`${file.name} is too large to read a recipe from.`);
  say(`Reading the recipe in ${file.name}…`);
  let recipeImport;
  try {
    recipeImport = await import('./recipeImport');
  } catch {
    return say(`The recipe reader could not be loaded, so ${file.name} was not read. Reload and try again.`);
  }
  useRecipeImportNotice.setState({ notice: await recipeImport.importRecipe(file) });
}
