import type { ValidationIssue } from './validateOptions.ts';
import type { WireV1GenerationOptions } from './wire.ts';

/**
 * v1's multipart requests carry no `options` JSON part: every option is a text field of its own and the
 * prompts are flattened (`text_prompts[0][text]`, `text_prompts[0][weight]`…; shared/API.md §v1,
 * "Flattened multipart fields"). The studio's v1 encoder writes them with flattenV1Options; the engine
 * reads them with readFlattenedV1Fields, so both sides share one list of names.
 */

/** One multipart text field: name and value. */
export type V1Field = readonly [name: string, value: string];

/** The flattened field name of prompt `index`'s text or weight. */
export function v1PromptField(index: number | string, key: 'text' | 'weight'): string {
  return `text_prompts[${index}][${key}]`;
}

/** Options sent as decimal text. */
const NUMBER_FIELDS = [
  'cfg_scale',
  'samples',
  'seed',
  'steps',
  'width',
  'height',
  'image_strength',
  'step_schedule_start',
  'step_schedule_end',
] as const;

/** Options sent as their enum value. */
const ENUM_FIELDS = [
  'clip_guidance_preset',
  'sampler',
  'style_preset',
  'init_image_mode',
  'mask_source',
] as const;

/**
 * v1 options as multipart text fields, prompts first, then the other options in a fixed order (absent
 * ones left out), `extras` last as JSON text. Pure: the caller appends each pair to its form.
 */
export function flattenV1Options(options: WireV1GenerationOptions): V1Field[] {
  const out: V1Field[] = [];
  options.text_prompts.forEach((p, i) => {
    out.push([v1PromptField(i, 'text'), p.text]);
    if (p.weight !== undefined) out.push([v1PromptField(i, 'weight'), String(p.weight)]);
  });
  for (const name of [...NUMBER_FIELDS, ...ENUM_FIELDS]) {
    const value = options[name];
    if (value !== undefined) out.push([name, String(value)]);
  }
  if (options.extras !== undefined) out.push(['extras', JSON.stringify(options.extras)]);
  return out;
}

/** What readFlattenedV1Fields made of the fields: the options object for validateOptions, or what is wrong. */
export interface FlattenedV1Read {
  /** Wire-shaped options (snake_case, numbers as numbers), still to be validated with V1_RULES. */
  options: Record<string, unknown>;
  /** Fields that could not be read at all (a number that is not one, JSON that is not JSON). */
  issues: ValidationIssue[];
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PROMPT_FIELD = /^text_prompts\[(\d+)\]\[(text|weight)\]$/;

/** A decimal number written as text (`"7"`, `"0.35"`, `"1e3"`); `null` when it is not one. */
export function parseV1Number(text: string): number | null {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : null;
}

/** An index as written, without leading zeros, so `01` and `1` are the same prompt. */
const canonicalIndex = (digits: string): string => digits.replace(/^0+(?=\d)/, '');
/** Index order for digit strings of any length: shorter is smaller, then by digits. */
const byIndex = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
/** An index fit for a message: a 5,000-digit index is not repeated whole. */
const shown = (index: string): string => (index.length > 12 ? `${index.slice(0, 12)}…` : index);

function issue(field: string, message: string): ValidationIssue {
  return { field, code: 'bad_request', message };
}

/** The prompts of the flattened fields, by index order; `null` when none was sent that way. */
function readPrompts(last: ReadonlyMap<string, string>, issues: ValidationIssue[]): unknown[] | null {
  const rows = new Map<string, { text?: string; weight?: number }>();
  for (const [name, value] of last) {
    const m = PROMPT_FIELD.exec(name);
    if (!m) continue;
    const index = canonicalIndex(m[1] ?? '0');
    const row = rows.get(index) ?? {};
    rows.set(index, row);
    if (m[2] === 'text') row.text = value;
    else if (value.trim() !== '') {
      const weight = parseV1Number(value);
      if (weight === null) {
        issues.push(
          issue(`text_prompts.${index}.weight`, `${v1PromptField(shown(index), 'weight')} must be a number`),
        );
      } else row.weight = weight;
    }
  }
  if (rows.size === 0) return null;
  return [...rows.keys()].sort(byIndex).map((index) => rows.get(index));
}

/** `text_prompts` sent as one field holding a JSON array (a generated SDK does this). */
function readPromptsJson(text: string, issues: ValidationIssue[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    issues.push(
      issue(
        'text_prompts',
        'text_prompts must be a JSON array of {"text", "weight"} or flattened text_prompts[N][text] fields',
      ),
    );
    return undefined;
  }
}

/**
 * Reads v1's flattened multipart text fields (in arrival order) into the options object validateOptions
 * takes. A repeated field: the last one wins. Prompts: `text_prompts[N][text|weight]` in index order, gaps
 * allowed, weight optional; or one `text_prompts` field holding a JSON array (used only when no flattened
 * prompt field is sent). Numbers arrive as text and must parse; an empty optional field counts as not
 * sent; `extras` must be a JSON object; `mode` is read as `init_image_mode` when that is absent (the
 * community SDK's name). Unknown fields are ignored.
 */
export function readFlattenedV1Fields(fields: Iterable<V1Field>): FlattenedV1Read {
  const last = new Map<string, string>();
  // Map.set on a name already there replaces its value: the last one wins.
  for (const [name, value] of fields) last.set(name, value);
  const issues: ValidationIssue[] = [];
  const options: Record<string, unknown> = {};

  const prompts = readPrompts(last, issues);
  const promptsJson = last.get('text_prompts');
  if (prompts) options['text_prompts'] = prompts;
  else if (promptsJson !== undefined) options['text_prompts'] = readPromptsJson(promptsJson, issues);
  else {
    issues.push(
      issue(
        'text_prompts',
        'text_prompts is required: send text_prompts[0][text] (and text_prompts[0][weight])',
      ),
    );
  }

  const present = (name: string): string | undefined => {
    const value = last.get(name);
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  for (const name of NUMBER_FIELDS) {
    const value = present(name);
    if (value === undefined) continue;
    const n = parseV1Number(value);
    if (n === null) issues.push(issue(name, `${name} must be a number`));
    else options[name] = n;
  }
  for (const name of ENUM_FIELDS) {
    const value = present(name);
    if (value !== undefined) options[name] = value.trim();
  }
  const mode = present('mode');
  if (options['init_image_mode'] === undefined && mode !== undefined)
    options['init_image_mode'] = mode.trim();

  const extras = present('extras');
  if (extras !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(extras) as unknown;
    } catch {
      parsed = undefined;
    }
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) options['extras'] = parsed;
    else issues.push(issue('extras', 'extras must be a JSON object'));
  }
  return { options, issues };
}
