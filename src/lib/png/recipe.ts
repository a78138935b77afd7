import type { Sampler } from '../api/wire';

/** One weighted prompt; negative weights are negative prompts (as on the wire). */
export interface RecipePrompt {
  text: string;
  weight: number;
}

/** The generation settings a PNG's metadata can carry, in v1alpha terms. Used for writing. */
export interface NeutralRecipe {
  prompts: RecipePrompt[];
  seed?: number;
  steps?: number;
  cfgScale?: number;
  sampler?: Sampler;
  width?: number;
  height?: number;
  engineId?: string;
}

/** Which program's metadata a recipe was read from. */
export type RecipeSource = 'gesso' | 'a1111' | 'invokeai' | 'comfyui';

/** A recipe read from a PNG. Negative prompts have weight −1 unless their format said otherwise. */
export interface ImportedRecipe extends NeutralRecipe {
  source: RecipeSource;
  /** Names of fields present in the metadata but not understood or not mappable (for a "not imported" note). */
  unknownFields: string[];
}

/** A finite number that is a whole number in range, else `undefined`. */
export function intIn(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
}

/** A finite number in range, else `undefined`. */
export function numberIn(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;
}
