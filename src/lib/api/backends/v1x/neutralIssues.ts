import type { ValidationIssue } from '../../validateOptions.ts';

/** Neutral field of each wire field (backend/Backend.ts lists the neutral names). */
const FIELDS: Record<string, string> = {
  '': 'form',
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
  image_strength: 'imageStrength',
  init_image_mode: 'imageStrength',
  step_schedule_end: 'stepScheduleEnd',
  mask_source: 'maskSource',
  style_preset: 'stylePreset',
  init_image: 'initImage',
  image: 'initImage',
  mask_image: 'maskImage',
};

/** How the studio names a wire field at the start of a rule's sentence ("cfg_scale must be…"). */
const LABELS: Record<string, string> = {
  cfg_scale: 'CFG scale',
  clip_guidance_preset: 'CLIP guidance',
  step_schedule_start: 'Init image strength',
  image_strength: 'Image strength',
  init_image_mode: 'Image strength mode',
  step_schedule_end: 'Step schedule end',
  mask_source: 'Mask source',
  style_preset: 'Style preset',
  sampler: 'Sampler',
  samples: 'Samples',
  seed: 'Seed',
  steps: 'Steps',
  width: 'Width',
  height: 'Height',
};

/** `text_prompts.2.weight` → `prompts.2.weight`; anything else by {@link FIELDS}, unknown ones → `form`. */
function neutralField(wire: string): string {
  const prompt = /^text_prompts\.(\d+)(?:\.(text|weight))?$/.exec(wire);
  if (prompt) return prompt[2] ? `prompts.${prompt[1]}.${prompt[2]}` : `prompts.${prompt[1]}.text`;
  return FIELDS[wire] ?? 'form';
}

/**
 * A v1x validation issue in the studio's terms: the neutral field it belongs to, and its message with the
 * wire name it starts with said as the panel labels it (`cfg_scale must be…` → `CFG scale must be…`). An
 * init image's size message loses its `init_image: ` prefix (the panel says where the rule comes from).
 */
export function neutralIssue(issue: ValidationIssue): ValidationIssue {
  const field = neutralField(issue.field);
  let message = issue.message;
  if (field === 'initImage') message = message.replace(/^init_image:\s*/, '');
  const label = Object.entries(LABELS).find(([wire]) => message.startsWith(`${wire} `));
  if (label) message = `${label[1]}${message.slice(label[0].length)}`;
  return { field, code: issue.code, message };
}
