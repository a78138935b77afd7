import { REPORTED_SEED_MAX } from '../api/schemas';
import { findCatalogueEngine } from '../api/sizeRules';
import type { MaskSource } from '../api/wire';
import { A1111_MASK_MODES, NEGATIVE_PREFIX, denoisingStrengthOf } from './formatA1111Parameters';
import { intIn, numberIn, type ImportedRecipe } from './recipe';
import { samplerFromA1111 } from './samplerNames';

/**
 * Splits A1111's last line into `key: value` pairs. Hand-written and linear (A1111's own regex
 * backtracks quadratically on a long line without a colon). Quoted values may hold commas.
 */
export function splitA1111Params(line: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let pos = 0;
  while (pos < line.length) {
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
    if (pos >= line.length) break;
    const colon = line.indexOf(':', pos);
    if (colon < 0) break;
    const key = line.slice(pos, colon);
    if (!/^\w[\w \-/]*$/.test(key)) break;
    pos = colon + 1;
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
    let value: string;
    if (line[pos] === '"') {
      let end = pos + 1;
      while (end < line.length && line[end] !== '"') end += line[end] === '\\' ? 2 : 1;
      const quoted = line.slice(pos, end + 1);
      try {
        value = JSON.parse(quoted) as string;
      } catch {
        value = quoted;
      }
      pos = end + 1;
      const comma = line.indexOf(',', pos);
      pos = comma < 0 ? line.length : comma + 1;
    } else {
      const comma = line.indexOf(',', pos);
      const end = comma < 0 ? line.length : comma;
      value = line.slice(pos, end).trim();
      pos = end + 1;
    }
    out.push([key.trim(), value]);
  }
  return out;
}

/** Whether a line is A1111's settings line (its rule: at least three `key: value` pairs). */
function isParamsLine(line: string): boolean {
  return line.startsWith('Steps: ') || splitA1111Params(line).length >= 3;
}

/**
 * Reads AUTOMATIC1111's `parameters` text. The prompt keeps any A1111 emphasis (`(word:1.2)`) as text;
 * the negative prompt becomes one prompt of weight −1. `Model` becomes `engineId` only when it
 * looks like a Stability engine id (see `looksLikeEngineId`), not an A1111 checkpoint name.
 * `Denoising strength` d becomes image strength 1 − d; `Mask mode` the mask source; `Mask blur` is
 * understood only as 0 (Gesso never blurs the mask it sends). Unparseable values, values Gesso cannot do
 * and unknown keys are listed in `unknownFields`.
 */
export function parseA1111Parameters(text: string): ImportedRecipe {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const last = lines.at(-1) ?? '';
  const params = lines.length > 0 && isParamsLine(last.trim()) ? splitA1111Params(last.trim()) : [];
  if (params.length > 0) lines.pop();

  const positive: string[] = [];
  const negative: string[] = [];
  let inNegative = false;
  for (const raw of lines) {
    let line = raw.trim();
    if (line.startsWith(NEGATIVE_PREFIX)) {
      inNegative = true;
      line = line.slice(NEGATIVE_PREFIX.length).trim();
    }
    (inNegative ? negative : positive).push(line);
  }
  const recipe: ImportedRecipe = { source: 'a1111', prompts: [], unknownFields: [] };
  const pos = positive.join('\n').trim();
  const neg = negative.join('\n').trim();
  if (pos !== '') recipe.prompts.push({ text: pos, weight: 1 });
  if (neg !== '') recipe.prompts.push({ text: neg, weight: -1 });

  for (const [key, value] of params) {
    if (!applyParam(recipe, key, value) && !recipe.unknownFields.includes(key))
      recipe.unknownFields.push(key);
  }
  return recipe;
}

/**
 * Whether A1111's `Model` names a Stability engine (Gesso writes the engine id there) rather than an
 * A1111 checkpoint such as `v1-5-pruned-emaonly`: a catalogue engine, or any `stable-…` id the real API
 * lists beyond the catalogue.
 */
function looksLikeEngineId(value: string): boolean {
  return findCatalogueEngine(value) !== undefined || /^stable-[a-z0-9][a-z0-9.-]{0,100}$/.test(value);
}

const MASK_MODE_SOURCES = new Map(
  Object.entries(A1111_MASK_MODES).map(([source, mode]) => [mode, source as MaskSource]),
);

const wholeNumber = (v: string): number | undefined => (/^\d+$/.test(v) ? Number(v) : undefined);

/** Maps one known key onto the recipe; `false` when the key is unknown or its value unusable. */
function applyParam(recipe: ImportedRecipe, key: string, value: string): boolean {
  switch (key) {
    case 'Steps':
      recipe.steps = intIn(wholeNumber(value), 1, 10_000);
      return recipe.steps !== undefined;
    case 'Seed':
      recipe.seed = intIn(wholeNumber(value), 0, REPORTED_SEED_MAX);
      return recipe.seed !== undefined;
    case 'CFG scale':
      recipe.cfgScale = /^\d+(\.\d+)?$/.test(value) ? numberIn(Number(value), 0, 100) : undefined;
      return recipe.cfgScale !== undefined;
    case 'Sampler':
      recipe.sampler = samplerFromA1111(value);
      return recipe.sampler !== undefined;
    case 'Size': {
      const m = /^(\d{1,5})x(\d{1,5})$/.exec(value);
      const w = intIn(Number(m?.[1]), 1, 65_535);
      const h = intIn(Number(m?.[2]), 1, 65_535);
      if (w === undefined || h === undefined) return false;
      recipe.width = w;
      recipe.height = h;
      return true;
    }
    case 'Model':
      if (!looksLikeEngineId(value)) return false;
      recipe.engineId = value;
      return true;
    case 'Denoising strength': {
      const d = /^\d+(\.\d+)?$/.test(value) ? numberIn(Number(value), 0, 1) : undefined;
      if (d === undefined) return false;
      // The same formula both ways: 1 − d, rounded as the writer rounds.
      recipe.imageStrength = denoisingStrengthOf(d);
      return true;
    }
    case 'Mask mode': {
      const source = MASK_MODE_SOURCES.get(value);
      if (source) recipe.maskSource = source;
      return source !== undefined;
    }
    case 'Mask blur':
      // Gesso sends the mask as painted: only an unblurred mask is what it would do.
      return value === '0';
    default:
      return false;
  }
}
