import { A1111_SAMPLER_NAMES } from './samplerNames';
import type { MaskSource } from '../api/wire';
import type { NeutralRecipe, RecipePrompt } from './recipe';

/** The line prefix of A1111's negative prompt. */
export const NEGATIVE_PREFIX = 'Negative prompt:';

/**
 * A1111's "Mask mode" for the mask sources it can say: its mask is white where it repaints ("Inpaint
 * masked"), or repaints the rest ("Inpaint not masked"). The init image's transparency has no A1111 word.
 */
export const A1111_MASK_MODES: Partial<Record<MaskSource, string>> = {
  MASK_IMAGE_WHITE: 'Inpaint masked',
  MASK_IMAGE_BLACK: 'Inpaint not masked',
};

/** A1111's denoising strength (how much changes) ↔ Gesso's image strength (how much survives). */
export function denoisingStrengthOf(imageStrength: number): number {
  return Math.round((1 - imageStrength) * 1e6) / 1e6;
}

/** Renders one prompt in A1111's emphasis syntax when its weight is not ±1. */
function promptText(p: RecipePrompt): string {
  const w = Math.abs(p.weight);
  return w === 1 ? p.text : `(${p.text}:${w})`;
}

/** Quotes a value the way A1111 does when it holds a comma, quote or line break (JSON string syntax). */
function paramValue(v: string): string {
  return /[",\n\r]/.test(v) || v !== v.trim() ? JSON.stringify(v) : v;
}

/**
 * AUTOMATIC1111's `parameters` text for a recipe: positive prompt(s), a `Negative prompt:` line when
 * there are negative prompts, then `Steps: …, Sampler: …, CFG scale: …, Seed: …, Size: WxH, Model: …,
 * Denoising strength: …, Mask blur: 0, Mask mode: …` (absent fields left out; the last two for an
 * inpaint with a mask image, which Gesso sends as painted, unblurred). Several prompts on one side are
 * joined with `, `; a weight other than ±1 becomes A1111 emphasis `(text:w)`. `Model` carries the engine
 * id; `Denoising strength` is 1 − image strength.
 */
export function formatA1111Parameters(recipe: NeutralRecipe): string {
  const positive = recipe.prompts.filter((p) => p.weight >= 0).map(promptText);
  const negative = recipe.prompts.filter((p) => p.weight < 0).map(promptText);
  const params: Array<[string, string]> = [];
  if (recipe.steps !== undefined) params.push(['Steps', String(recipe.steps)]);
  if (recipe.sampler !== undefined) params.push(['Sampler', A1111_SAMPLER_NAMES[recipe.sampler]]);
  if (recipe.cfgScale !== undefined) params.push(['CFG scale', String(recipe.cfgScale)]);
  if (recipe.seed !== undefined) params.push(['Seed', String(recipe.seed)]);
  if (recipe.width !== undefined && recipe.height !== undefined) {
    params.push(['Size', `${recipe.width}x${recipe.height}`]);
  }
  if (recipe.engineId !== undefined && recipe.engineId !== '') params.push(['Model', recipe.engineId]);
  if (recipe.imageStrength !== undefined) {
    params.push(['Denoising strength', String(denoisingStrengthOf(recipe.imageStrength))]);
  }
  const maskMode = recipe.maskSource && A1111_MASK_MODES[recipe.maskSource];
  if (recipe.mode === 'masking' && maskMode) params.push(['Mask blur', '0'], ['Mask mode', maskMode]);

  const lines = [positive.join(', ')];
  if (negative.length > 0) lines.push(`${NEGATIVE_PREFIX} ${negative.join(', ')}`);
  if (params.length > 0) lines.push(params.map(([k, v]) => `${k}: ${paramValue(v)}`).join(', '));
  return lines.join('\n');
}
