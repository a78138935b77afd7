import { create } from 'zustand';
import { optionsFromImportedRecipe, pickOptions, useOptionsStore } from '../features/generation';
import { PngFormatError, readImportedRecipe, type RecipeSource } from '../lib/png';

const SOURCE_NAMES: Record<RecipeSource, string> = {
  gesso: 'Gesso',
  a1111: 'AUTOMATIC1111',
  invokeai: 'InvokeAI',
  comfyui: 'ComfyUI',
};

/** Largest file read for a recipe; metadata sits before the pixels, and a bigger PNG is no recipe card. */
const MAX_RECIPE_FILE_BYTES = 64 * 1024 * 1024;

/** The last import's outcome, as plain text for a status line. */
export const useRecipeImportNotice = create<{ text: string | null; clear: () => void }>()((set) => ({
  text: null,
  clear: () => set({ text: null }),
}));

/**
 * Reads a PNG's recipe (Gesso, AUTOMATIC1111, InvokeAI, ComfyUI — untrusted, parsed with limits) and puts
 * what maps into the options panel; the notice says what came from where and which fields were not
 * understood. Never throws: every outcome is a sentence.
 */
export async function importRecipeFile(file: File): Promise<void> {
  const say = (text: string) => useRecipeImportNotice.setState({ text });
  if (file.size > MAX_RECIPE_FILE_BYTES) return say(`${file.name} is too large to read a recipe from.`);
  let recipe;
  try {
    recipe = await readImportedRecipe(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    return say(
      err instanceof PngFormatError
        ? `${file.name} is not a readable PNG, so no recipe was restored.`
        : `The recipe in ${file.name} could not be read.`,
    );
  }
  if (!recipe) return say(`${file.name} carries no recipe Gesso understands.`);
  const applied = optionsFromImportedRecipe(pickOptions(useOptionsStore.getState()), recipe);
  useOptionsStore.setState(applied.options);
  const unknown =
    applied.notApplied.length > 0 ? ` Not understood: ${applied.notApplied.slice(0, 20).join(', ')}.` : '';
  say(`Restored the ${SOURCE_NAMES[recipe.source]} recipe from ${file.name}.${unknown}`);
}
