import { applyImportedRecipe } from '../features/generation';
import type { RecipeSource } from '../lib/png';
import { describeRecipeReport } from '../lib/png/describeRecipeReport';
import { readRecipeFile } from '../lib/png/readRecipeFile';

const SOURCE_NAMES: Record<RecipeSource, string> = {
  gesso: 'Gesso',
  a1111: 'AUTOMATIC1111',
  invokeai: 'InvokeAI',
  comfyui: 'ComfyUI',
};

/**
 * The work behind "Open recipe" and a dropped PNG, loaded on first use (useRecipeImport.ts): reads the
 * file's recipe in a worker (stopped when `signal` aborts), puts what maps into the options panel, and
 * returns the sentence for the notice. readRecipeFile and describeRecipeReport sit outside lib/png's
 * index, so the bundler keeps them (and the parsers they pull in) out of the first paint.
 */
export async function importRecipe(file: File, signal?: AbortSignal): Promise<string> {
  const result = await readRecipeFile(file, { signal });
  if (!result.ok) {
    if (result.reason === 'cancelled') return `Stopped reading ${file.name}; the options are unchanged.`;
    return result.reason === 'not-png'
      ? `${file.name} is not a readable PNG, so no recipe was restored.`
      : `The recipe in ${file.name} could not be read: ${result.message}.`;
  }
  const { recipe } = result.report;
  const skipped = describeRecipeReport(result.report);
  const tail = skipped ? ` ${skipped}` : '';
  if (!recipe) return `${file.name} carries no recipe Gesso understands.${tail}`;
  const notApplied = applyImportedRecipe(recipe);
  const unknown = notApplied.length > 0 ? ` Not understood: ${notApplied.slice(0, 20).join(', ')}.` : '';
  return `Restored the ${SOURCE_NAMES[recipe.source]} recipe from ${file.name}.${unknown}${tail}`;
}
