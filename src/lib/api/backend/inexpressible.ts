import type { BackendInfo, ChoiceSpec, NumberSpec } from './Backend.ts';
import type { GenerationMode, GenerationParams } from './GenerationRequest.ts';

/** A recipe's part another API may not be able to say: its mode, or one of its params. */
export type RecipePart = 'mode' | Exclude<keyof GenerationParams, 'prompts'>;

const isNumberSpec = (spec: unknown): spec is NumberSpec =>
  typeof spec === 'object' && spec !== null && 'min' in spec && 'max' in spec;
const isChoiceSpec = (spec: unknown): spec is ChoiceSpec =>
  typeof spec === 'object' && spec !== null && 'values' in spec;

/**
 * What `backend` cannot express of a recipe (made by another API, or read from a file): the mode when the
 * API has no such mode; otherwise every param its `normalize` drops in that mode, and every param whose
 * value is outside the API's range or list for that engine and mode (a v1 seed above v1alpha's largest,
 * a sampler it does not have). Empty when it can say all of it. Pure: it reads only the plain part of the
 * API, so the answer needs nothing loaded.
 */
export function inexpressibleParts(
  backend: BackendInfo,
  recipe: { mode: GenerationMode; engineId: string; params: GenerationParams },
): RecipePart[] {
  if (!backend.capabilities.modes.includes(recipe.mode)) return ['mode'];
  const kept = backend.normalize({
    backend: backend.id,
    mode: recipe.mode,
    engineId: recipe.engineId,
    params: recipe.params,
  }).params;
  const fields = backend.fields(recipe.engineId, recipe.mode);
  const parts: RecipePart[] = [];
  for (const key of Object.keys(recipe.params) as Array<keyof GenerationParams>) {
    const value = recipe.params[key];
    if (key === 'prompts' || value === undefined) continue;
    if (kept[key] === undefined) {
      parts.push(key);
      continue;
    }
    const spec: unknown = key in fields ? fields[key as keyof typeof fields] : undefined;
    const outOfRange =
      (isNumberSpec(spec) && typeof value === 'number' && (value < spec.min || value > spec.max)) ||
      (isChoiceSpec(spec) && typeof value === 'string' && !spec.values.includes(value));
    if (outOfRange) parts.push(key);
  }
  return parts;
}
