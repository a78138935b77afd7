import { paramsFromV1alphaWire, type WireGenerationOptions } from '../../../lib/api/studio';
import type { RunRecipe } from './types';

/**
 * A stored recipe in today's shape. Records written before the backend seam carry v1alpha's wire `options`
 * and no `backend`: they were all made by v1alpha, so they read as that with the same params. A record
 * already in today's shape is returned as it is. Pure, so the upgrade step and tests share it.
 */
export function migrateRecipe<T extends RunRecipe>(stored: T | LegacyRecipe<T>): T {
  if ('params' in stored && 'backend' in stored) return stored;
  const { options, ...rest } = stored as LegacyRecipe<T>;
  return { ...rest, backend: 'v1alpha', params: paramsFromV1alphaWire(options) } as unknown as T;
}

/** A recipe as records before the backend seam stored it. */
export type LegacyRecipe<T extends RunRecipe> = Omit<T, 'backend' | 'params'> & {
  options: WireGenerationOptions;
};
