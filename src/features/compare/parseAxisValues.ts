import { LIMITS, SAMPLERS, type Sampler } from '../../lib/api';
import { tidyNumber } from './recipeLabels';

/** The parameters an X/Y grid can put on its Y axis (seeds are always the X axis). */
export const AXIS_KINDS = ['cfg_scale', 'steps', 'sampler', 'image_strength', 'prompt_sr'] as const;
export type AxisKind = (typeof AXIS_KINDS)[number];

export const AXIS_KIND_LABELS: Record<AxisKind, string> = {
  cfg_scale: 'CFG scale',
  steps: 'Steps',
  sampler: 'Sampler',
  image_strength: 'Image strength',
  prompt_sr: 'Prompt S/R',
};

/** Most values on one axis: more rows than this make an unreadable grid. */
export const MAX_AXIS_VALUES = 20;

interface NumericRule {
  min: number;
  max: number;
  integer: boolean;
  name: string;
}

const NUMERIC: Partial<Record<AxisKind, NumericRule>> = {
  cfg_scale: { min: LIMITS.cfgScaleMin, max: LIMITS.cfgScaleMax, integer: false, name: 'CFG scale' },
  steps: { min: LIMITS.stepsMin, max: LIMITS.stepsMax, integer: true, name: 'Steps' },
  image_strength: { min: 0, max: 1, integer: false, name: 'Image strength' },
};

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

/**
 * Parses the comma-separated values of an X/Y axis. Numbers are checked against API.md's ranges (CFG 0–35,
 * steps integer 10–150, image strength 0–1); samplers against SAMPLERS (any case); for Prompt S/R the
 * first value is the search word and must be followed by at least one replacement.
 */
export function parseAxisValues(kind: AxisKind, text: string): { values: string[] } | { error: string } {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) return { error: 'Type at least one value' };
  const rule = NUMERIC[kind];
  let values: string[];
  if (rule) {
    const numbers: number[] = [];
    for (const item of items) {
      const expanded = expandNumeric(item);
      if (typeof expanded === 'string') return { error: expanded };
      for (const n of expanded) {
        if (n < rule.min || n > rule.max || (rule.integer && !Number.isInteger(n))) {
          const kindText = rule.integer ? 'an integer' : 'a number';
          return { error: `${rule.name} ${n} is out of range: ${kindText} from ${rule.min} to ${rule.max}` };
        }
        numbers.push(n);
      }
    }
    values = numbers.map(String);
  } else if (kind === 'sampler') {
    values = [];
    for (const item of items) {
      const sampler = SAMPLERS.find((s) => s === item.toUpperCase());
      if (!sampler) return { error: `Unknown sampler “${item}”; use one of ${SAMPLERS.join(', ')}` };
      values.push(sampler satisfies Sampler);
    }
  } else {
    if (items.length < 2) return { error: 'Give the word to search for, then at least one replacement' };
    values = items;
  }
  // Repeated values would only repeat rows.
  values = [...new Set(values)];
  if (values.length > MAX_AXIS_VALUES)
    return { error: `At most ${MAX_AXIS_VALUES} values (got ${values.length})` };
  return { values };
}
