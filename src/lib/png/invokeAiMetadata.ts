import { REPORTED_SEED_MAX } from '../api/schemas';
import { findCatalogueEngine } from '../api/sizeRules';
import { isJsonObject, ownField, parseJsonLimited } from './parseJsonLimited';
import { intIn, numberIn, type ImportedRecipe } from './recipe';
import { INVOKEAI_SCHEDULER_NAMES, lookupSampler } from './samplerNames';

/** The model's name from InvokeAI 3 (`model_name`) or 4+ (`name`) metadata, or a bare string. */
function modelName(model: unknown): unknown {
  if (!isJsonObject(model)) return model;
  return ownField(model, 'name') ?? ownField(model, 'model_name');
}

/**
 * Reads InvokeAI's `invokeai_metadata` chunk (a flat JSON object). `null` when the text is not a JSON
 * object within `JSON_LIMITS`. The model becomes `engineId` only when it names a catalogue engine;
 * every other key present (`rand_device`, `vae`, `loras`…) and any unusable value is in `unknownFields`.
 */
export function parseInvokeAiMetadata(json: string): ImportedRecipe | null {
  const parsed = parseJsonLimited(json);
  if (!parsed.ok || !isJsonObject(parsed.value)) return null;
  const meta = parsed.value;
  const recipe: ImportedRecipe = { source: 'invokeai', prompts: [], unknownFields: [] };
  for (const key of Object.keys(meta)) {
    const v = ownField(meta, key);
    let understood = true;
    switch (key) {
      case 'positive_prompt':
      case 'negative_prompt':
        if (typeof v !== 'string') understood = false;
        else if (v.trim() !== '')
          recipe.prompts.push({ text: v, weight: key === 'positive_prompt' ? 1 : -1 });
        break;
      case 'seed':
        understood = (recipe.seed = intIn(v, 0, REPORTED_SEED_MAX)) !== undefined;
        break;
      case 'steps':
        understood = (recipe.steps = intIn(v, 1, 10_000)) !== undefined;
        break;
      case 'cfg_scale':
        understood = (recipe.cfgScale = numberIn(v, 0, 100)) !== undefined;
        break;
      case 'width':
        understood = (recipe.width = intIn(v, 1, 65_535)) !== undefined;
        break;
      case 'height':
        understood = (recipe.height = intIn(v, 1, 65_535)) !== undefined;
        break;
      case 'scheduler':
        understood = (recipe.sampler = lookupSampler(INVOKEAI_SCHEDULER_NAMES, v)) !== undefined;
        break;
      case 'model': {
        const name = modelName(v);
        understood = typeof name === 'string' && findCatalogueEngine(name) !== undefined;
        if (understood) recipe.engineId = name as string;
        break;
      }
      default:
        understood = false;
    }
    if (!understood) recipe.unknownFields.push(key);
  }
  // Positive before negative whatever the key order in the file.
  recipe.prompts.sort((a, b) => b.weight - a.weight);
  return recipe;
}
