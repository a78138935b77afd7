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
  /** While a file is read: stops it ("Cancel reading"); null otherwise. */
  cancel: (() => void) | null;
  clear: () => void;
  /** Runs the notice's action; its outcome replaces the notice. */
  act: () => Promise<void>;
}

/** The last import's outcome, as plain text for a status line, and the way out of one in progress. */
export const useRecipeImportNotice = create<RecipeImportNoticeState>()((set, get) => ({
  notice: null,
  cancel: null,
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
 * While it reads, the notice is busy with "Cancel reading" (a new import replaces one in progress).
 * Never throws: every outcome is a sentence. The reader, its parsers and the rest of this work load on
 * first use (recipeImport.ts): no part of the first paint.
 */
export async function importRecipeFile(file: File): Promise<void> {
  useRecipeImportNotice.getState().cancel?.();
  const controller = new AbortController();
  const cancel = () => controller.abort();
  // Only the newest import speaks; one it replaced ends quietly.
  const show = (notice: RecipeNotice) => {
    if (useRecipeImportNotice.getState().cancel === cancel)
      useRecipeImportNotice.setState({ notice, cancel: null });
  };
  if (file.size > MAX_RECIPE_FILE_BYTES) {
    const text = `${file.name} is too large to read a recipe from.`;
    return useRecipeImportNotice.setState({ notice: { text }, cancel: null });
  }
  useRecipeImportNotice.setState({ notice: { text: `Reading the recipe in ${file.name}…` }, cancel });
  let recipeImport;
  try {
    recipeImport = await import('./recipeImport');
  } catch {
    return show({
      text: `The recipe reader could not be loaded, so ${file.name} was not read. Reload and try again.`,
    });
  }
  show(await recipeImport.importRecipe(file, controller.signal));
}
