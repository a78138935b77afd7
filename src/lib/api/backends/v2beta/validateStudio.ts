import type { GenerationRequest } from '../../backend/GenerationRequest.ts';
import { LIMITS } from '../../wire.ts';
import type { ValidationIssue } from '../../validateOptions.ts';
import { v2betaForm } from './studioForm.ts';
import { v2betaEngine } from './studioCatalogue.ts';
import { validateV2beta, type V2betaImages } from './validateV2beta.ts';

/** Largest request body the service takes (§2.2): 413 beyond. */
export const V2BETA_BODY_MAX_BYTES = 10 * 1024 * 1024;

/** Neutral field and panel label of each wire field a problem can name. */
const FIELDS: Record<string, [field: string, label: string]> = {
  prompt: ['prompts', 'Prompt'],
  negative_prompt: ['prompts', 'Negative prompt'],
  aspect_ratio: ['aspectRatio', 'Aspect ratio'],
  seed: ['seed', 'Seed'],
  style_preset: ['stylePreset', 'Style preset'],
  cfg_scale: ['cfgScale', 'CFG scale'],
  grow_mask: ['growMask', 'Grow mask'],
  creativity: ['creativity', 'Creativity'],
  model: ['engineId', 'Engine'],
};

const issue = (field: string, message: string, code: ValidationIssue['code'] = 'bad_request') => ({
  field,
  code,
  message,
});

/** A contract problem (`"<field>: <problem>"`) in the studio's terms: the neutral field and a sentence. */
function neutralIssue(problem: string): ValidationIssue {
  const [, wire = '', text = problem] = /^([a-z_]+): (.*)$/s.exec(problem) ?? [];
  // The init image's own size: the panel offers the canvas's crop/resize for it.
  if (wire === 'image') return issue('initImage', text, 'invalid_pixel_count');
  const [field, label] = FIELDS[wire] ?? ['form', wire || 'Request'];
  if (wire === 'prompt' && text === 'required') {
    return issue(field, 'Write a prompt with a weight of 0 or more: this endpoint needs one');
  }
  if (text === 'required') return issue(field, `${label} is required`);
  return issue(field, /^(must|cannot)\b/.test(text) ? `${label} ${text}` : `${label}: ${text}`);
}

/**
 * Every rule Stable Image applies, on a neutral request, before anything is sent: the studio's own rules
 * (an engine that exists and can do the mode, samples, weights, image strength, mask source, the 10 MiB
 * body), then the contract's (validateV2beta, the engine's own: required fields, ranges, the input image's
 * sides, pixel count and aspect of §2.4) on the form it would send. Fields are neutral names.
 */
export function validateV2betaStudio(request: GenerationRequest): ValidationIssue[] {
  const engine = v2betaEngine(request.engineId);
  if (!engine) {
    return [issue('engineId', `“${request.engineId}” is not a Stable Image model: choose one from the list`)];
  }
  if (!engine.modes.includes(request.mode)) {
    return [
      issue(
        'engineId',
        `${engine.name} makes pictures from text only: for image to image choose Stable Image Ultra or an SD 3.5 model`,
      ),
    ];
  }
  const p = request.params;
  const issues: ValidationIssue[] = [];
  const samples = p.samples ?? 1;
  if (!Number.isInteger(samples) || samples < 1 || samples > LIMITS.samplesMax) {
    issues.push(issue('samples', `Samples must be a whole number from 1 to ${LIMITS.samplesMax}`));
  }
  p.prompts.forEach((row, i) => {
    // An empty row would be left out of the prompt; said as the other APIs say it, so it is not a surprise.
    if (row.text.trim() === '') issues.push(issue(`prompts.${i}.text`, 'text must have 1–10000 characters'));
    if (!Number.isFinite(row.weight)) issues.push(issue(`prompts.${i}.weight`, 'weight must be a number'));
  });
  const strength = p.imageStrength;
  if (strength !== undefined && !(strength >= 0 && strength <= 1)) {
    issues.push(issue('imageStrength', 'Image strength must be between 0 and 1'));
  }
  if (p.maskSource === 'MASK_IMAGE_BLACK') {
    issues.push(
      issue('maskSource', 'Stable Image reads the mask as white = repaint, or the image’s own transparency'),
    );
  }
  const bytes = (request.initImage?.size ?? 0) + (request.maskImage?.size ?? 0);
  if (bytes > V2BETA_BODY_MAX_BYTES) {
    const mib = (bytes / 1024 / 1024).toFixed(1);
    issues.push(
      issue(
        'initImage',
        `The images come to ${mib} MiB, over the 10 MiB a request may carry: crop or resize the init image`,
        'invalid_file_size',
      ),
    );
  }
  const form = v2betaForm(request);
  if (!form) return issues;
  const fields = Object.fromEntries(form.parts.flatMap((x) => ('value' in x ? [[x.name, x.value]] : [])));
  const size = request.initImageSize;
  const sent = (name: 'image' | 'mask') => form.parts.some((x) => x.name === name);
  // The canvas exports the mask at the image's size, so the image's rule judges both.
  const images: V2betaImages = {
    ...(sent('image') ? { image: size ?? null } : {}),
    ...(sent('mask') ? { mask: size ?? null } : {}),
  };
  const result = validateV2beta(form.endpoint, fields, images);
  if (result.ok) return issues;
  // A row's own problem (an empty text) already says why the prompt is missing.
  const own = new Set(issues.map((i) => (i.field.startsWith('prompts.') ? 'prompts' : i.field)));
  for (const problem of result.errors) {
    // Checked above in the studio's own terms (strength is sent as 1 − image strength).
    if (/^(strength|mask):/.test(problem)) continue;
    const found = neutralIssue(problem);
    if (!own.has(found.field)) issues.push(found);
  }
  return issues;
}
