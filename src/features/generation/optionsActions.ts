import type { ImportedRecipe } from '../../lib/png';
import { optionsFromImportedRecipe, optionsFromStoredRecipe, type StoredRecipeLike } from './applyRecipe';
import { pickOptions, useOptionsStore } from './optionsStore';

/*
 * The generation feature's intents for other features and the app: they change the panel through these,
 * never by writing the options store themselves.
 */

/** "Reuse all" and "Re-run": every option of a stored recipe into the panel. */
export function applyStoredRecipe(recipe: StoredRecipeLike): void {
  useOptionsStore.setState(optionsFromStoredRecipe(pickOptions(useOptionsStore.getState()), recipe));
}

/** A PNG's recipe into the panel, as far as its fields map; returns the fields that were not applied. */
export function applyImportedRecipe(recipe: ImportedRecipe): string[] {
  const applied = optionsFromImportedRecipe(pickOptions(useOptionsStore.getState()), recipe);
  useOptionsStore.setState(applied.options);
  return applied.notApplied;
}

/** "Reuse seed". */
export function reuseSeed(seed: number): void {
  useOptionsStore.getState().setSeed(seed);
}
