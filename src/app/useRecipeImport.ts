import { create } from 'zustand';
import { optionsFromImportedRecipe, pickOptions, useOptionsStore } from '../features/generation';
import type { RecipeSource } from '../lib/png';

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
 * The reader and its worker load on first use: recipe import is no part of the first paint. Two modules
 * outside lib/png's index, so the bundler keeps them (and the parsers they pull in) out of the entry chunk.
 */
const loadReader = () =>
  Promise.all([import('../lib/png/readRecipeFile'), import('../lib/png/describeRecipeReport')]);

/**
 * Reads a PNG's recipe (Gesso, AUTOMATIC1111, InvokeAI, ComfyUI — untrusted, parsed with limits in a
 * worker) and puts what maps into the options panel; the notice says what came from where, which fields
 * were not understood and what in the file was skipped. Never throws: every outcome is a sentence.
 */
export async function importRecipeFile(file: File): Promise<void> {
  const say = (text: string) => useRecipeImportNotice.setState({ text });
  if (file.size > MAX_RECIPE_FILE_BYTES) return say(`${file.name} is too large to read a recipe from.`);
  say(`Reading the recipe in ${file.name}…`);
  let reader;
  try {
    reader = await loadReader();
  } catch {
    return say(`The recipe reader could not be loaded, so ${file.name} was not read. Reload and try again.`);
  }
  const [{ readRecipeFile }, { describeRecipeReport }] = reader;
  const result = await readRecipeFile(file);
  if (!result.ok) {
    return say(
      result.reason === 'not-png'
        ? `${file.name} is not a readable PNG, so no recipe was restored.`
        : `The recipe in ${file.name} could not be read: ${result.message}.`,
    );
  }
  const { recipe } = result.report;
  const skipped = describeRecipeReport(result.report);
  const tail = skipped ? ` ${skipped}` : '';
  if (!recipe) return say(`${file.name} carries no recipe Gesso understands.${tail}`);
  const applied = optionsFromImportedRecipe(pickOptions(useOptionsStore.getState()), recipe);
  useOptionsStore.setState(applied.options);
  const unknown =
    applied.notApplied.length > 0 ? ` Not understood: ${applied.notApplied.slice(0, 20).join(', ')}.` : '';
  say(`Restored the ${SOURCE_NAMES[recipe.source]} recipe from ${file.name}.${unknown}${tail}`);
}
