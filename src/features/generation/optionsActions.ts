import type { BackendId } from '../../lib/api/studio';
import type { ImportedRecipe } from '../../lib/png';
import {
  optionsFromImportedRecipe,
  optionsFromResult,
  optionsFromStoredRecipe,
  type StoredRecipeLike,
} from './applyRecipe';
import { pickOptions, useOptionsStore } from './optionsStore';
import { applyRegionRecipe } from './region/regionStore';

/*
 * The generation feature's intents for other features and the app: they change the panel through these,
 * never by writing the options store themselves.
 */

/** "Re-run": every option of a stored run recipe into the panel. */
export function applyStoredRecipe(recipe: StoredRecipeLike): void {
  useOptionsStore.setState(optionsFromStoredRecipe(pickOptions(useOptionsStore.getState()), recipe));
}

/** "Reuse all": one result's recipe into the panel, to make that picture again (samples 1, its seed). */
export function applyResultRecipe(
  recipe: StoredRecipeLike & { seed: number; pasteBack?: { onlyMasked: boolean; feather: number } },
): void {
  useOptionsStore.setState(optionsFromResult(pickOptions(useOptionsStore.getState()), recipe));
  if (recipe.pasteBack) applyRegionRecipe(recipe.pasteBack);
}

/**
 * A PNG's recipe as the whole panel (fields it lacks back to their defaults under `backend`); returns
 * the fields that were not applied.
 */
export function applyImportedRecipe(recipe: ImportedRecipe, backend: BackendId): string[] {
  const applied = optionsFromImportedRecipe(recipe, backend);
  useOptionsStore.setState(applied.options);
  applyRegionRecipe(recipe);
  return applied.notApplied;
}

/** "Reuse seed". */
export function reuseSeed(seed: number): void {
  useOptionsStore.getState().setSeed(seed);
}
