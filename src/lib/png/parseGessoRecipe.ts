import { z } from '../api/zod';
import { seedSchema } from '../api/schemas';
import type { BackendId, GenerationMode } from '../api/backend/GenerationRequest';
import { CLIP_GUIDANCE_PRESETS, MASK_SOURCES, SAMPLERS } from '../api/wire';
import { isJsonObject, ownField, parseJsonLimited } from './parseJsonLimited';
import type { ImportedRecipe, NeutralRecipe } from './recipe';

// Records, not lists, so a new API or mode that is not named here fails to compile instead of being
// refused in files.
const BACKEND_IDS = { v1alpha: true, v1: true, v2beta: true } satisfies Record<BackendId, true>;
const MODES = {
  'text-to-image': true,
  'image-to-image': true,
  masking: true,
  erase: true,
  outpaint: true,
  upscale: true,
} satisfies Record<GenerationMode, true>;

const side = z.int().check(z.minimum(1), z.maximum(65_535));
const unit = z.number().check(z.minimum(0), z.maximum(1));
const extent = z.int().check(z.minimum(0), z.maximum(65_535));
const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/**
 * One schema per field so a bad field is dropped (and named) without losing the rest. Complete by type:
 * a recipe field without a schema does not compile. Values are checked for shape and broad range only;
 * the API's own rules (validate) judge them once they are in the panel.
 */
const FIELDS = {
  backend: z.enum(Object.keys(BACKEND_IDS) as [BackendId, ...BackendId[]]),
  mode: z.enum(Object.keys(MODES) as [GenerationMode, ...GenerationMode[]]),
  engineId: z.string().check(z.minLength(1), z.maxLength(200)),
  width: side,
  height: side,
  aspectRatio: z.string().check(z.regex(/^\d{1,3}:\d{1,3}$/)),
  steps: z.int().check(z.minimum(1), z.maximum(10_000)),
  cfgScale: z.number().check(z.minimum(0), z.maximum(100)),
  sampler: z.enum(SAMPLERS),
  clipGuidancePreset: z.enum(CLIP_GUIDANCE_PRESETS),
  stylePreset: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  samples: z.int().check(z.minimum(1), z.maximum(10_000)),
  seed: seedSchema,
  imageStrength: unit,
  stepScheduleEnd: unit,
  maskSource: z.enum(MASK_SOURCES),
  growMask: z.int().check(z.minimum(0), z.maximum(1_000)),
  outpaint: z.object({ left: extent, right: extent, up: extent, down: extent }),
  creativity: unit,
  upscale: z.object({ width: z.optional(side), height: z.optional(side) }),
  onlyMasked: z.boolean(),
  // The paste-back's MAX_FEATHER.
  feather: z.int().check(z.minimum(0), z.maximum(128)),
  initImageHash: sha256,
  maskImageHash: sha256,
} satisfies Record<Exclude<keyof NeutralRecipe, 'prompts'>, z.ZodMiniType>;

// zod 4 numbers are always finite (Infinity and NaN fail `z.number()`), so the weight needs no extra check.
const promptsSchema = z
  .array(z.object({ text: z.string().check(z.maxLength(100_000)), weight: z.number() }))
  .check(z.maxLength(100));

/**
 * Reads Gesso's `gesso` chunk, any version: `{version?, backend, mode, engineId, prompts, …params, seed,
 * initImageHash, maskImageHash}` (see gessoRecipe.ts). `null` unless it is a JSON object with a valid
 * `prompts` list (empty only for an upscale, which has no prompt). Other keys, and known keys with
 * invalid values, are listed in `unknownFields`.
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
    if (key === 'version' && Number.isInteger(ownField(obj, key))) continue;
    const schema = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof typeof FIELDS] : undefined;
    const field = schema?.safeParse(ownField(obj, key));
    if (field?.success) Object.assign(recipe, { [key]: field.data });
    else recipe.unknownFields.push(key);
  }
  if (recipe.prompts.length === 0 && recipe.mode !== 'upscale') return null;
  return recipe;
}
