import { A1111_SAMPLER_NAMES } from './samplerNames';
import type { NeutralRecipe, RecipePrompt } from './recipe';

/** The line prefix of A1111's negative prompt. */
export const NEGATIVE_PREFIX = 'Negative prompt:';

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
 * there are negative prompts, then `Steps: …, Sampler: …, CFG scale: …, Seed: …, Size: WxH, Model: …`
 * (absent fields left out). Several prompts on one side are joined with `, `; a weight other than ±1
 * becomes A1111 emphasis `(text:w)`. `Model` carries the engine id.
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

  const lines = [positive.join(', ')];
  if (negative.length > 0) lines.push(`${NEGATIVE_PREFIX} ${negative.join(', ')}`);
  if (params.length > 0) lines.push(params.map(([k, v]) => `${k}: ${paramValue(v)}`).join(', '));
  return lines.join('\n');
}
