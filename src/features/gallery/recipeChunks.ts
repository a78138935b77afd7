import {
  GESSO_KEYWORD,
  formatA1111Parameters,
  formatGessoRecipe,
  withTextChunks,
  type NeutralRecipe,
  type PngTextEntry,
} from '../../lib/png';
import {
  CLIP_GUIDANCE_PRESETS,
  MASK_SOURCES,
  SAMPLERS,
  type ClipGuidancePreset,
  type MaskSource,
  type Sampler,
} from '../../lib/api/studio';
import type { Recipe } from './db';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    (values as readonly unknown[]).includes(v);
const isSampler = oneOf<Sampler>(SAMPLERS);
const isClipPreset = oneOf<ClipGuidancePreset>(CLIP_GUIDANCE_PRESETS);
const isMaskSource = oneOf<MaskSource>(MASK_SOURCES);

/** Pixel size of a PNG from its IHDR (bytes 16–23); `undefined` when the bytes are too short. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A stored result's recipe as the `gesso` chunk carries it: the API, mode and engine, every param exactly
 * as sent (the backend's `normalize` kept only what its API read), the seed of this picture and the
 * hashes of its init image and mask. Pure.
 */
export function neutralRecipe(recipe: Recipe): NeutralRecipe {
  const { sampler, clipGuidancePreset, maskSource, prompts, upscale, ...rest } = recipe.params;
  const neutral: NeutralRecipe = {
    ...rest,
    backend: recipe.backend,
    mode: recipe.mode,
    engineId: recipe.engineId,
    prompts: prompts.map((p) => ({ text: p.text, weight: p.weight })),
    seed: recipe.seed,
  };
  // The stored values came from the panel's own lists; a value outside them is left out rather than
  // written under a type it does not have.
  if (isSampler(sampler)) neutral.sampler = sampler;
  if (isClipPreset(clipGuidancePreset)) neutral.clipGuidancePreset = clipGuidancePreset;
  if (isMaskSource(maskSource)) neutral.maskSource = maskSource;
  if (upscale) neutral.upscale = { ...upscale };
  if (recipe.pasteBack) {
    neutral.onlyMasked = recipe.pasteBack.onlyMasked;
    neutral.feather = recipe.pasteBack.feather;
  }
  if (recipe.initImageHash) neutral.initImageHash = recipe.initImageHash;
  if (recipe.maskImageHash) neutral.maskImageHash = recipe.maskImageHash;
  return neutral;
}

/**
 * The text chunks a download carries: Gesso's JSON (`gesso`, the whole recipe) and AUTOMATIC1111's
 * `parameters` (what that format can say). Image modes send no size (the init image decides), so A1111's
 * `Size` is the picture's own, passed in.
 */
export function recipeTextEntries(recipe: Recipe, size?: { width: number; height: number }): PngTextEntry[] {
  const neutral = neutralRecipe(recipe);
  const a1111 = neutral.width === undefined && size ? { ...neutral, ...size } : neutral;
  return [
    { keyword: GESSO_KEYWORD, text: formatGessoRecipe(neutral) },
    { keyword: 'parameters', text: formatA1111Parameters(a1111) },
  ];
}

/** The PNG bytes with its recipe written in (pixels untouched). */
export function withRecipe(png: Uint8Array, recipe: Recipe): Uint8Array<ArrayBuffer> {
  return withTextChunks(png, recipeTextEntries(recipe, pngSize(png)));
}
