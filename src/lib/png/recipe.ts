import type { BackendId, GenerationMode, GenerationParams } from '../api/backend/GenerationRequest';
import type { ClipGuidancePreset, MaskSource, Sampler } from '../api/wire';

/** One weighted prompt; negative weights are negative prompts (as on the wire). */
export interface RecipePrompt {
  text: string;
  weight: number;
}

/**
 * A generation's recipe as PNG metadata carries it: which API, mode and engine made the picture, every
 * param in the studio's neutral names (`GenerationParams`), the seed of *this* picture, and the hashes of
 * its init image and mask. Flat, so Gesso's own `gesso` chunk and the other tools' formats read into one
 * shape; a format fills in what it can say. Absent = the file does not say (for Gesso's own chunk since
 * version 2: the request did not send it).
 */
export interface NeutralRecipe extends Omit<
  GenerationParams,
  'prompts' | 'sampler' | 'clipGuidancePreset' | 'maskSource'
> {
  prompts: RecipePrompt[];
  /** The API that made it (Gesso's chunk only). */
  backend?: BackendId;
  /** Gesso's chunk only; other tools' formats do not name the mode. */
  mode?: GenerationMode;
  engineId?: string;
  sampler?: Sampler;
  clipGuidancePreset?: ClipGuidancePreset;
  maskSource?: MaskSource;
  /** Inpaint: whether only the region around the mask was sent ("Only masked", Gesso's chunk only). */
  onlyMasked?: boolean;
  /** Inpaint: the feather (px) the kept picture was composited over its init image with (Gesso's chunk only). */
  feather?: number;
  /** SHA-256 (hex) of the init image the request sent, as the gallery stores it. */
  initImageHash?: string;
  /** SHA-256 (hex) of the mask image the request sent. */
  maskImageHash?: string;
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
