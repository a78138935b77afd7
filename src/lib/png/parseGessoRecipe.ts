import { z } from '../api/zod';
import { seedSchema } from '../api/schemas';
import { SAMPLERS } from '../api/wire';
import { isJsonObject, ownField, parseJsonLimited } from './parseJsonLimited';
import type { ImportedRecipe, NeutralRecipe } from './recipe';

/** One schema per field so a bad field is dropped (and named) without losing the rest. */
const FIELDS = {
  seed: seedSchema,
  steps: z.int().check(z.minimum(1), z.maximum(10_000)),
  cfgScale: z.number().check(z.minimum(0), z.maximum(100)),
  sampler: z.enum(SAMPLERS),
  width: z.int().check(z.minimum(1), z.maximum(65_535)),
  height: z.int().check(z.minimum(1), z.maximum(65_535)),
  engineId: z.string().check(z.minLength(1), z.maxLength(200)),
} satisfies Record<Exclude<keyof NeutralRecipe, 'prompts'>, z.ZodMiniType>;

// zod 4 numbers are always finite (Infinity and NaN fail `z.number()`), so the weight needs no extra check.
const promptsSchema = z
  .array(z.object({ text: z.string().check(z.maxLength(100_000)), weight: z.number() }))
  .check(z.minLength(1), z.maxLength(100));

/**
 * Reads the generic part of Gesso's `gesso` chunk: `{prompts, seed, steps, cfgScale, sampler, width,
 * height, engineId}`. `null` unless it is a JSON object with a valid `prompts` list. Other keys, and
 * known keys with invalid values, are listed in `unknownFields` (the gallery may own more keys later).
 */
export function parseGessoRecipe(json: string): ImportedRecipe | null {
  const parsed = parseJsonLimited(json);
  if (!parsed.ok || !isJsonObject(parsed.value)) return null;
  const obj = parsed.value;
  const prompts = promptsSchema.safeParse(ownField(obj, 'prompts'));
  if (!prompts.success) return null;
  const recipe: ImportedRecipe = { source: 'gesso', prompts: prompts.data, unknownFields: [] };
  for (const key of Object.keys(obj)) {
    if (key === 'prompts') continue;
    const schema = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof typeof FIELDS] : undefined;
    const field = schema?.safeParse(ownField(obj, key));
    if (field?.success) Object.assign(recipe, { [key]: field.data });
    else recipe.unknownFields.push(key);
  }
  return recipe;
}
