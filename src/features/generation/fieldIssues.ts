import type { ValidationIssue } from '../../lib/api/studio';

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
  | 'stylePreset'
  | 'samples'
  | 'seed'
  | 'imageStrength'
  | 'stepScheduleEnd'
  | 'maskSource'
  | 'growMask'
  | 'canvas'
  | 'form';

/** Panel field of each neutral issue field (backend/Backend.ts names them). */
const BY_FIELD: Record<string, UiField> = {
  prompts: 'prompts',
  engineId: 'engine',
  size: 'size',
  aspectRatio: 'size',
  steps: 'steps',
  cfgScale: 'cfgScale',
  sampler: 'sampler',
  clipGuidancePreset: 'clipGuidancePreset',
  stylePreset: 'stylePreset',
  samples: 'samples',
  seed: 'seed',
  imageStrength: 'imageStrength',
  stepScheduleEnd: 'stepScheduleEnd',
  maskSource: 'maskSource',
  growMask: 'growMask',
  initImage: 'canvas',
  maskImage: 'canvas',
};

/** Maps a backend's issue (`prompts.1.weight`, `cfgScale`, `size`…) to the panel field showing it. */
export function uiFieldOf(issue: Pick<ValidationIssue, 'field'>): UiField {
  const m = /^prompts\.(\d+)\.(text|weight)$/.exec(issue.field);
  if (m) return m[2] === 'weight' ? `promptWeight.${Number(m[1])}` : `prompt.${Number(m[1])}`;
  return BY_FIELD[issue.field] ?? 'form';
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
  if (issue.field === 'initImage' && issue.code !== 'bad_request') {
    return `The init image's size does not suit this engine (${issue.message}). Use "Crop or resize…" on the canvas, or pick another engine.`;
  }
  // The backend already says its rules in the panel's words; a sentence starts with a capital.
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}

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
