import type { FieldSet, NumberSpec } from '../../lib/api/studio';
import { tidyNumber } from './recipeLabels';

/** The parameters an X/Y grid can put on its Y axis (seeds are always the X axis), by their neutral names. */
export const AXIS_KINDS = [
  'cfgScale',
  'steps',
  'sampler',
  'stylePreset',
  'imageStrength',
  'engineId',
  'promptSR',
] as const;
export type AxisKind = (typeof AXIS_KINDS)[number];

export const AXIS_KIND_LABELS: Record<AxisKind, string> = {
  cfgScale: 'CFG scale',
  steps: 'Steps',
  sampler: 'Sampler',
  stylePreset: 'Style preset',
  imageStrength: 'Image strength',
  engineId: 'Engine',
  promptSR: 'Prompt S/R',
};

/** The style preset value of an axis that means "no preset". */
export const NO_STYLE = 'none';

/**
 * The axes a recipe's API offers for its engine and mode: a parameter it does not have cannot vary; the
 * engine only where the mode has more than one (`engines`: the ids it can run on).
 */
export function availableAxes(fields: FieldSet, engines: readonly string[] = []): AxisKind[] {
  return AXIS_KINDS.filter((k) =>
    k === 'engineId' ? engines.length > 1 : k === 'promptSR' || fields[k] !== undefined,
  );
}

/** Each item matched (any case) against the allowed values; an error naming them for the first that is none. */
function parseChoices(items: readonly string[], allowed: readonly string[], name: string) {
  const values: string[] = [];
  for (const item of items) {
    const found = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
    if (!found) return { error: `Unknown ${name} “${item}”; use one of ${allowed.join(', ')}` };
    values.push(found);
  }
  return { values };
}

/** Most values on one axis: more rows than this make an unreadable grid. */
export const MAX_AXIS_VALUES = 20;

const NUM = String.raw`\d+(?:\.\d+)?|\.\d+`;
/** `5-9` or `5-9 (+2)`: an inclusive range with an optional step (A1111's X/Y syntax). */
const RANGE = new RegExp(String.raw`^(${NUM})\s*-\s*(${NUM})(?:\s*\(\s*\+\s*(${NUM})\s*\))?$`);
const NUMBER = new RegExp(String.raw`^(${NUM})$`);

function expandNumeric(item: string): number[] | string {
  const single = NUMBER.exec(item);
  if (single) return [Number(single[1])];
  const range = RANGE.exec(item);
  if (!range) return `“${item}” is not a number or a range like 5-9 (+2)`;
  const [from, to, step] = [Number(range[1]), Number(range[2]), Number(range[3] ?? 1)];
  if (step <= 0) return `The step in “${item}” must be above 0`;
  if (to < from) return `The range “${item}” runs backwards`;
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_AXIS_VALUES) return `“${item}” gives ${count} values; at most ${MAX_AXIS_VALUES}`;
  return Array.from({ length: count }, (_, i) => tidyNumber(from + i * step));
}

function parseNumbers(
  items: readonly string[],
  spec: NumberSpec,
  name: string,
): string[] | { error: string } {
  const numbers: number[] = [];
  for (const item of items) {
    const expanded = expandNumeric(item);
    if (typeof expanded === 'string') return { error: expanded };
    for (const n of expanded) {
      if (n < spec.min || n > spec.max || (spec.integer && !Number.isInteger(n))) {
        const kindText = spec.integer ? 'an integer' : 'a number';
        return { error: `${name} ${n} is out of range: ${kindText} from ${spec.min} to ${spec.max}` };
      }
      numbers.push(n);
    }
  }
  return numbers.map(String);
}

/**
 * Parses the comma-separated values of an X/Y axis against the API's fields: numbers within their ranges
 * (CFG scale, integer steps, image strength 0–1), samplers and style presets (or "none") among the API's,
 * engines among `engines` (any case); for Prompt S/R the first value is the search word and must be
 * followed by at least one replacement.
 */
export function parseAxisValues(
  kind: AxisKind,
  text: string,
  fields: FieldSet,
  engines: readonly string[] = [],
): { values: string[] } | { error: string } {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) return { error: 'Type at least one value' };
  let values: string[];
  if (kind === 'promptSR') {
    if (items.length < 2) return { error: 'Give the word to search for, then at least one replacement' };
    values = items;
  } else if (kind === 'engineId' || kind === 'stylePreset') {
    const allowed = kind === 'engineId' ? engines : [NO_STYLE, ...(fields.stylePreset?.values ?? [])];
    const parsed = parseChoices(items, allowed, kind === 'engineId' ? 'engine' : 'style preset');
    if ('error' in parsed) return parsed;
    values = parsed.values;
  } else if (kind === 'sampler') {
    const known = fields.sampler?.values ?? [];
    values = [];
    for (const item of items) {
      const sampler = known.find((s) => s === item.toUpperCase());
      if (!sampler) return { error: `Unknown sampler “${item}”; use one of ${known.join(', ')}` };
      values.push(sampler);
    }
  } else {
    const spec = fields[kind];
    if (!spec) return { error: `${AXIS_KIND_LABELS[kind]} is not an option of this API` };
    const parsed = parseNumbers(items, spec, AXIS_KIND_LABELS[kind]);
    if ('error' in parsed) return parsed;
    values = parsed;
  }
  // Repeated values would only repeat rows.
  values = [...new Set(values)];
  if (values.length > MAX_AXIS_VALUES)
    return { error: `At most ${MAX_AXIS_VALUES} values (got ${values.length})` };
  return { values };
}
