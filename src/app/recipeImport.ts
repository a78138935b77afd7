import { applyImportedRecipe } from '../features/generation';
import { currentConnection, useSettingsStore } from '../features/settings';
import {
  backendById,
  inexpressibleParts,
  isBackendId,
  type BackendId,
  type GenerationParams,
} from '../lib/api/studio';
import type { ImportedRecipe, RecipeSource } from '../lib/png';
import { describeRecipeReport } from '../lib/png/describeRecipeReport';
import { readRecipeFile } from '../lib/png/readRecipeFile';
import { recipePartLabel } from './recipePartLabels';
import { restoreRecipeCanvas } from './restoreRecipeCanvas';
import type { RecipeNotice } from './useRecipeImport';

const SOURCE_NAMES: Record<RecipeSource, string> = {
  gesso: 'Gesso',
  a1111: 'AUTOMATIC1111',
  invokeai: 'InvokeAI',
  comfyui: 'ComfyUI',
};

/** Joins words as "a", "a and b", "a, b and c". */
function list(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** An API's name: its label when the studio speaks it, else the id the file gave. */
const apiName = (id: string): string => (isBackendId(id) ? backendById(id).label : id);

/** The recipe's params in the neutral request's shape (what made it and its inputs left out). */
function paramsOf(recipe: ImportedRecipe): GenerationParams {
  const {
    source: _source,
    unknownFields: _unknown,
    backend: _backend,
    mode: _mode,
    engineId: _engine,
    initImageHash: _init,
    maskImageHash: _mask,
    ...params
  } = recipe;
  return params;
}

/**
 * The sentence on a recipe made with another API than `backend`: what `backend` cannot express of it
 * (its mode, or params its API drops or has no value for). Empty when the APIs are the same or unknown.
 */
function otherApiSentence(recipe: ImportedRecipe, backend: BackendId): string {
  if (!recipe.backend || recipe.backend === backend) return '';
  const here = backendById(backend);
  const parts = recipe.mode
    ? inexpressibleParts(here, {
        mode: recipe.mode,
        engineId: recipe.engineId ?? here.capabilities.defaultEngineId,
        params: paramsOf(recipe),
      })
    : [];
  const verdict =
    parts.length > 0
      ? `${here.label} cannot express ${list(parts.map(recipePartLabel))}`
      : `${here.label} can express all of it`;
  return ` It was made with ${apiName(recipe.backend)}; ${verdict}.`;
}

/**
 * Puts a read recipe into the studio under `backend`: every option into the panel (what the file lacks
 * back to its default), and for a recipe that names its mode (Gesso's) the canvas as it was, inputs
 * from this browser's gallery. Returns the notice: what came from where, what was not applied, and for
 * a recipe made with another API an offer to switch to it.
 */
async function applyRecipe(
  recipe: ImportedRecipe,
  fileName: string,
  backend: BackendId,
  tail: string,
): Promise<RecipeNotice> {
  const notApplied = applyImportedRecipe(recipe, backend).map(recipePartLabel);
  if (recipe.mode) {
    const missing = await restoreRecipeCanvas({
      mode: recipe.mode,
      initImageHash: recipe.initImageHash,
      maskImageHash: recipe.maskImageHash,
    });
    notApplied.push(...missing.map((m) => `${m} (not in this browser’s gallery)`));
  }
  const unapplied = notApplied.length > 0 ? ` Not applied: ${notApplied.slice(0, 20).join(', ')}.` : '';
  const text = `Restored the ${SOURCE_NAMES[recipe.source]} recipe from ${fileName}.${otherApiSentence(recipe, backend)}${unapplied}${tail}`;
  const made = recipe.backend;
  if (!made || made === backend || !isBackendId(made)) return { text };
  return {
    text,
    action: {
      label: `Switch to ${backendById(made).label}`,
      run: async () => {
        useSettingsStore.getState().setApiVersion(made);
        // Options only: the canvas is already as the recipe left it.
        const again = applyImportedRecipe(recipe, made).map(recipePartLabel);
        const rest = again.length > 0 ? ` Not applied: ${again.slice(0, 20).join(', ')}.` : '';
        return { text: `Switched to ${backendById(made).label} for the recipe from ${fileName}.${rest}` };
      },
    },
  };
}

/**
 * The work behind "Open recipe" and a dropped PNG, loaded on first use (useRecipeImport.ts): reads the
 * file's recipe in a worker (stopped when `signal` aborts), puts it into the studio, and returns the
 * notice. readRecipeFile and describeRecipeReport sit outside lib/png's index, so the bundler keeps them
 * (and the parsers they pull in) out of the first paint.
 */
export async function importRecipe(file: File, signal?: AbortSignal): Promise<RecipeNotice> {
  const result = await readRecipeFile(file, { signal });
  if (!result.ok) {
    if (result.reason === 'cancelled') return { text: `Stopped reading ${file.name}; nothing was changed.` };
    return {
      text:
        result.reason === 'not-png'
          ? `${file.name} is not a readable PNG, so no recipe was restored.`
          : `The recipe in ${file.name} could not be read: ${result.message}.`,
    };
  }
  const { recipe } = result.report;
  const skipped = describeRecipeReport(result.report);
  const tail = skipped ? ` ${skipped}` : '';
  if (!recipe) return { text: `${file.name} carries no recipe Gesso understands.${tail}` };
  if (recipe.mode === 'upscale') {
    return {
      text: `${file.name} is an upscale: it has no options to restore (upscale it from the gallery).${tail}`,
    };
  }
  return applyRecipe(recipe, file.name, currentConnection().backendId, tail);
}
