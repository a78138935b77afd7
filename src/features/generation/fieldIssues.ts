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
export function uiMessageOf(issue: ValidationIssue, field: UiField): string {
  const row = /^prompt(Weight)?\.(\d+)$/.exec(field);
  if (row) {
    const n = Number(row[2]) + 1;
    if (row[1]) return `Prompt ${n}'s weight must be a number.`;
    return /characters/.test(issue.message)
      ? `Prompt ${n} must have 1–2000 characters.`
      : `Prompt ${n}: ${issue.message}`;
  }
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}

/** Groups issues by panel field, messages de-duplicated, in the order validation found them. */
export function issuesByField(issues: readonly ValidationIssue[]): Partial<Record<UiField, string[]>> {
  const out: Partial<Record<UiField, string[]>> = {};
  for (const issue of issues) {
    const field = uiFieldOf(issue);
    const list = (out[field] ??= []);
    const message = uiMessageOf(issue, field);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
