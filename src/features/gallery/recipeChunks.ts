import {
  GESSO_KEYWORD,
  formatA1111Parameters,
  formatGessoRecipe,
  withTextChunks,
  type NeutralRecipe,
  type PngTextEntry,
} from '../../lib/png';
import { SAMPLERS, type Sampler } from '../../lib/api/studio';
import type { Recipe } from './db';

const isSampler = (v: unknown): v is Sampler => (SAMPLERS as readonly unknown[]).includes(v);

/** Pixel size of a PNG from its IHDR (bytes 16–23); `undefined` when the bytes are too short. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A stored recipe in the neutral terms other tools understand. Image modes send no width/height (the init
 * image decides), so the picture's own size is passed in.
 */
export function neutralRecipe(recipe: Recipe, size?: { width: number; height: number }): NeutralRecipe {
  const o = recipe.params;
  const neutral: NeutralRecipe = {
    prompts: o.prompts.map((p) => ({ text: p.text, weight: p.weight })),
    seed: recipe.seed,
    engineId: recipe.engineId,
  };
  if (o.steps !== undefined) neutral.steps = o.steps;
  if (o.cfgScale !== undefined) neutral.cfgScale = o.cfgScale;
  // Other tools know the v1x samplers only; a sampler outside them is left out of the file.
  if (isSampler(o.sampler)) neutral.sampler = o.sampler;
  const width = o.width ?? size?.width;
  const height = o.height ?? size?.height;
  if (width !== undefined && height !== undefined) Object.assign(neutral, { width, height });
  return neutral;
}

/** The text chunks a download carries: Gesso's JSON (`gesso`) and AUTOMATIC1111's `parameters`. */
export function recipeTextEntries(recipe: Recipe, size?: { width: number; height: number }): PngTextEntry[] {
  const neutral = neutralRecipe(recipe, size);
  return [
    { keyword: GESSO_KEYWORD, text: formatGessoRecipe(neutral) },
    { keyword: 'parameters', text: formatA1111Parameters(neutral) },
  ];
}

/** The PNG bytes with its recipe written in (pixels untouched). */
export function withRecipe(png: Uint8Array, recipe: Recipe): Uint8Array<ArrayBuffer> {
  return withTextChunks(png, recipeTextEntries(recipe, pngSize(png)));
}
