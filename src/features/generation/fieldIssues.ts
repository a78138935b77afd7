import type { ValidationIssue } from '../../lib/api';

/**
 * Where a broken rule is shown in the panel. Prompt rows are addressed by index (`prompt.0`,
 * `promptWeight.0`); `prompts` is the list as a whole; `canvas` covers the init image and mask.
 */
export type UiField =
  | 'prompts'
  | `prompt.${number}`
  | `promptWeight.${number}`
  | 'engine'
  | 'size'
  | 'steps'
  | 'cfgScale'
  | 'sampler'
  | 'clipGuidancePreset'
  | 'samples'
  | 'seed'
  | 'imageStrength'
  | 'stepScheduleEnd'
  | 'maskSource'
  | 'canvas'
  | 'form';

const BY_WIRE_FIELD: Record<string, UiField> = {
  text_prompts: 'prompts',
  cfg_scale: 'cfgScale',
  clip_guidance_preset: 'clipGuidancePreset',
  width: 'size',
  height: 'size',
  size: 'size',
  sampler: 'sampler',
  samples: 'samples',
  seed: 'seed',
  steps: 'steps',
  step_schedule_start: 'imageStrength',
  step_schedule_end: 'stepScheduleEnd',
  mask_source: 'maskSource',
  init_image: 'canvas',
  mask_image: 'canvas',
};

/** Maps a validateOptions issue (`text_prompts.1.weight`, `cfg_scale`, `size`…) to the panel field. */
export function uiFieldOf(issue: Pick<ValidationIssue, 'field'>): UiField {
  const m =
    /^text_prompts\.(\d+)\.(text|weight)$/.exec(issue.field) ?? /^text_prompts\.(\d+)$/.exec(issue.field);
  if (m) return m[2] === 'weight' ? `promptWeight.${Number(m[1])}` : `prompt.${Number(m[1])}`;
  return BY_WIRE_FIELD[issue.field] ?? 'form';
}

/** The sentence shown next to a field, in the panel's words (e.g. "Prompt 2 is empty"). */
export function uiMessageOf(issue: ValidationIssue, field: UiField, emptyText = false): string {
  const row = /^prompt(Weight)?\.(\d+)$/.exec(field);
  if (row) {
    const n = Number(row[2]) + 1;
    if (row[1]) return `Prompt ${n}'s weight must be a number.`;
    if (!/characters/.test(issue.message)) return `Prompt ${n}: ${issue.message}`;
    return emptyText
      ? `Prompt ${n} is empty: describe what to paint.`
      : `Prompt ${n} is too long (2000 characters at most).`;
  }
  // The init image's own size breaks the engine's rule: say where to fix it (the canvas's crop/resize).
  if (issue.field === 'init_image') {
    const rule = issue.message.replace(/^init_image:\s*/, '');
    return `The init image's size does not suit this engine (${rule}). Use "Crop or resize…" on the canvas, or pick another engine.`;
  }
  // Rule texts start with the wire name ("cfg_scale must be…"); say it as the panel labels it.
  const label = Object.entries(WIRE_LABELS).find(([wire]) => issue.message.startsWith(`${wire} `));
  const text = label ? `${label[1]}${issue.message.slice(label[0].length)}` : issue.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Panel labels of wire fields, for messages. */
const WIRE_LABELS: Record<string, string> = {
  cfg_scale: 'CFG scale',
  clip_guidance_preset: 'CLIP guidance',
  step_schedule_start: 'Init image strength',
  step_schedule_end: 'Step schedule end',
  mask_source: 'Mask source',
  sampler: 'Sampler',
  samples: 'Samples',
  seed: 'Seed',
  steps: 'Steps',
  width: 'Width',
  height: 'Height',
};

/**
 * Groups issues by panel field, messages de-duplicated, in the order validation found them.
 * `promptTexts` (the rows' texts) lets a prompt's message say whether it is empty or too long.
 */
export function issuesByField(
  issues: readonly ValidationIssue[],
  promptTexts: readonly string[] = [],
): Partial<Record<UiField, string[]>> {
  const out: Partial<Record<UiField, string[]>> = {};
  for (const issue of issues) {
    const field = uiFieldOf(issue);
    const list = (out[field] ??= []);
    const row = /^prompt\.(\d+)$/.exec(field);
    const message = uiMessageOf(issue, field, row ? promptTexts[Number(row[1])] === '' : false);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
