import { z } from './zod.ts';
import { checkSize } from './sizeRules.ts';
import { V1ALPHA_RULES, type OptionRules } from './optionRules.ts';
import {
  CLIP_GUIDANCE_PRESETS,
  DEFAULTS,
  INIT_IMAGE_MODES,
  LIMITS,
  MASK_SOURCES,
  SAMPLERS,
  STYLE_PRESETS,
  V1_DEFAULTS,
  type AcceptMode,
  type BadRequestCode,
  type ClipGuidancePreset,
  type WireGenerationMode,
  type MaskSource,
  type Sampler,
  type StylePreset,
} from './wire.ts';

/**
 * One rule of shared/API.md, checked identically by the studio (before sending, message next to the
 * field) and by the local engine (first issue becomes the 400 body).
 */
export interface ValidationIssue {
  /** Wire field path: `cfg_scale`, `text_prompts`, `text_prompts.0.text`, `width`, `mask_image`… */
  field: string;
  code: BadRequestCode | 'bad_request';
  message: string;
}

/** Options after validation, with the contract's defaults filled in. */
export interface ResolvedOptions {
  text_prompts: Array<{ text: string; weight: number }>;
  cfg_scale: number;
  clip_guidance_preset: ClipGuidancePreset;
  height: number;
  width: number;
  /** `undefined` = the engine's choice. */
  sampler: Sampler | undefined;
  samples: number;
  /** 0 = random. */
  seed: number;
  steps: number;
  /** Image-to-image: how much is generated (v1's `image_strength` s arrives here as 1 − s). */
  step_schedule_start: number;
  step_schedule_end: number;
  mask_source: MaskSource | undefined;
  /** v1 only; always `undefined` under v1alpha's rules. */
  style_preset: StylePreset | undefined;
}

export type ValidationResult =
  { ok: true; options: ResolvedOptions } | { ok: false; issues: ValidationIssue[] };

export interface ValidationContext {
  mode: WireGenerationMode;
  engineId: string;
  accept?: AcceptMode;
  /** Image modes: the decoded init image size, which the engine's rule applies to. */
  initImageSize?: { width: number; height: number };
  /** Masking: whether a `mask_image` part is present. */
  hasMaskImage?: boolean;
  /** The API whose rules apply (seed range, v1's extra fields, defaults, size codes); v1alpha's when absent. */
  rules?: OptionRules;
}

const unit = z.number().check(z.minimum(0), z.maximum(1));

// Unknown fields are ignored (zod strips them), as the contract says.
const sharedShape = (seedMax: number) => ({
  text_prompts: z
    .array(
      z.object({
        text: z.string().check(z.minLength(LIMITS.promptTextMin), z.maxLength(LIMITS.promptTextMax)),
        weight: z.optional(z.number()),
      }),
    )
    .check(z.minLength(1)),
  cfg_scale: z.optional(z.number().check(z.minimum(LIMITS.cfgScaleMin), z.maximum(LIMITS.cfgScaleMax))),
  clip_guidance_preset: z.optional(z.enum(CLIP_GUIDANCE_PRESETS)),
  height: z.optional(z.int()),
  width: z.optional(z.int()),
  sampler: z.optional(z.enum(SAMPLERS)),
  samples: z.optional(z.int().check(z.minimum(LIMITS.samplesMin), z.maximum(LIMITS.samplesMax))),
  seed: z.optional(z.int().check(z.minimum(LIMITS.seedMin), z.maximum(seedMax))),
  steps: z.optional(z.int().check(z.minimum(LIMITS.stepsMin), z.maximum(LIMITS.stepsMax))),
  step_schedule_start: z.optional(unit),
  step_schedule_end: z.optional(unit),
  mask_source: z.optional(z.enum(MASK_SOURCES)),
});

/** Fields only v1 has (under v1alpha's rules they are unknown fields, so ignored). */
const v1Shape = {
  style_preset: z.optional(z.enum(STYLE_PRESETS)),
  extras: z.optional(z.record(z.string(), z.unknown())),
  init_image_mode: z.optional(z.enum(INIT_IMAGE_MODES)),
  image_strength: z.optional(unit),
};

const v1Schema = (seedMax: number) => z.object({ ...sharedShape(seedMax), ...v1Shape });
type ParsedOptions = z.infer<ReturnType<typeof v1Schema>>;
type OptionsSchema = z.ZodMiniType<ParsedOptions> & { shape: Record<string, z.ZodMiniType> };

const schemas = new WeakMap<OptionRules, OptionsSchema>();

/** The options schema for one API's rules (built once per rules object). */
function schemaFor(rules: OptionRules): OptionsSchema {
  let schema = schemas.get(rules);
  if (!schema) {
    // A v1alpha parse yields no v1 field, so its output is a ParsedOptions with those left out.
    schema = (
      rules.v1Fields ? v1Schema(rules.seedMax) : z.object(sharedShape(rules.seedMax))
    ) as OptionsSchema;
    schemas.set(rules, schema);
  }
  return schema;
}

/** The rule text for each field; every schema issue on a field is reported with its rule. */
const RULES: Record<string, string> = {
  '': 'the options must be a JSON object',
  text_prompts: 'text_prompts must be a list of at least one prompt ({"text": string, "weight": number})',
  'text_prompts.text': `text must be a string of ${LIMITS.promptTextMin}–${LIMITS.promptTextMax} characters`,
  'text_prompts.weight': 'weight must be a finite number',
  cfg_scale: `cfg_scale must be a number from ${LIMITS.cfgScaleMin} to ${LIMITS.cfgScaleMax}`,
  clip_guidance_preset: `clip_guidance_preset must be one of ${CLIP_GUIDANCE_PRESETS.join(', ')}`,
  height: `height must be an integer multiple of ${LIMITS.sizeStep}`,
  width: `width must be an integer multiple of ${LIMITS.sizeStep}`,
  sampler: `sampler must be one of ${SAMPLERS.join(', ')}`,
  samples: `samples must be an integer from ${LIMITS.samplesMin} to ${LIMITS.samplesMax}`,
  seed: `seed must be an integer from ${LIMITS.seedMin} to ${LIMITS.seedMax} (0 means random)`,
  steps: `steps must be an integer from ${LIMITS.stepsMin} to ${LIMITS.stepsMax}`,
  step_schedule_start: 'step_schedule_start must be a number from 0 to 1',
  step_schedule_end: 'step_schedule_end must be a number from 0 to 1',
  mask_source: `mask_source must be one of ${MASK_SOURCES.join(', ')}`,
  style_preset: `style_preset must be one of ${STYLE_PRESETS.join(', ')}`,
  extras: 'extras must be a JSON object',
  init_image_mode: `init_image_mode must be one of ${INIT_IMAGE_MODES.join(', ')}`,
  image_strength: 'image_strength must be a number from 0 to 1',
};

/** The rule text of `key` under `rules` (the seed range is the one rule whose text differs by API). */
function ruleText(key: string, rules: OptionRules): string | undefined {
  if (key === 'seed' && rules.seedMax !== LIMITS.seedMax) {
    return `seed must be an integer from ${LIMITS.seedMin} to ${rules.seedMax} (0 means random)`;
  }
  return RULES[key];
}

/**
 * v1's `step_schedule_start`: `1 − image_strength` in IMAGE_STRENGTH mode (the default), the field itself
 * in STEP_SCHEDULE mode; the mode decides when both are sent. With no mode, a request that sends only
 * `step_schedule_*` means STEP_SCHEDULE (decided: what it sent is not silently replaced by 0.65).
 */
function scheduleStart(o: ParsedOptions, rules: OptionRules): number {
  if (!rules.v1Fields) return o.step_schedule_start ?? DEFAULTS.step_schedule_start;
  const onlySchedule = o.image_strength === undefined && o.step_schedule_start !== undefined;
  const mode = o.init_image_mode ?? (onlySchedule ? 'STEP_SCHEDULE' : V1_DEFAULTS.init_image_mode);
  if (mode === 'STEP_SCHEDULE') return o.step_schedule_start ?? DEFAULTS.step_schedule_start;
  return 1 - (o.image_strength ?? V1_DEFAULTS.image_strength);
}

function ruleKey(path: ReadonlyArray<PropertyKey>): string {
  return path.filter((p) => typeof p === 'string').join('.');
}

/**
 * Validates generation options (wire shape, snake_case) against every rule of shared/API.md, under the
 * rules of `ctx.rules` (v1alpha's by default; V1_RULES for v1).
 */
export function validateOptions(input: unknown, ctx: ValidationContext): ValidationResult {
  const rules = ctx.rules ?? V1ALPHA_RULES;
  const schema = schemaFor(rules);
  const parsed = schema.safeParse(input);
  const issues: ValidationIssue[] = [];
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      if (seen.has(field)) continue;
      seen.add(field);
      const key = ruleKey(issue.path);
      const textPromptRule =
        key === 'text_prompts' && issue.path.length > 1 ? RULES['text_prompts'] : undefined;
      const rule = textPromptRule ?? ruleText(key, rules);
      // Per-prompt rules name the exact row: `text_prompts[2].text must be …`.
      const message =
        rule === undefined
          ? `${field} is invalid`
          : key.startsWith('text_prompts.')
            ? `text_prompts[${String(issue.path[1])}].${rule}`
            : rule;
      issues.push({ field, code: 'bad_request', message });
    }
  }
  // Keep checking what can be checked so the studio can show every broken rule at once.
  const o: ParsedOptions = parsed.success ? parsed.data : salvage(input, schema);
  const img = ctx.mode === 'text-to-image' ? undefined : ctx.initImageSize;
  // v1 takes an image mode's size from init_image alone; v1alpha lets width/height say it (and checks them).
  const sent = rules.sizeFromInitImage && img ? {} : { width: o.width, height: o.height };
  const fallback = rules.defaultSize(ctx.engineId);
  const options: ResolvedOptions = {
    text_prompts: o.text_prompts.map((p) => ({ text: p.text, weight: p.weight ?? DEFAULTS.weight })),
    cfg_scale: o.cfg_scale ?? DEFAULTS.cfg_scale,
    clip_guidance_preset: o.clip_guidance_preset ?? DEFAULTS.clip_guidance_preset,
    height: sent.height ?? ctx.initImageSize?.height ?? fallback.height,
    width: sent.width ?? ctx.initImageSize?.width ?? fallback.width,
    sampler: o.sampler,
    samples: o.samples ?? DEFAULTS.samples,
    seed: o.seed ?? DEFAULTS.seed,
    steps: o.steps ?? rules.defaultSteps(ctx.engineId),
    step_schedule_start: scheduleStart(o, rules),
    step_schedule_end: o.step_schedule_end ?? DEFAULTS.step_schedule_end,
    mask_source: o.mask_source,
    style_preset: o.style_preset,
  };

  if (ctx.mode === 'text-to-image' || !img) {
    const size = checkSize(ctx.engineId, options.width, options.height, rules.sizeCodes);
    if (size) issues.push({ field: 'size', code: size.code, message: size.message });
  } else {
    const size = checkSize(ctx.engineId, img.width, img.height, rules.sizeCodes);
    if (size) {
      issues.push({ field: 'init_image', code: size.code, message: `init_image: ${size.message}` });
    } else if (sent.width !== undefined && sent.width !== img.width) {
      issues.push({
        field: 'width',
        code: 'invalid_height_or_width',
        message: `width ${sent.width} does not match the init image's width ${img.width}`,
      });
    } else if (sent.height !== undefined && sent.height !== img.height) {
      issues.push({
        field: 'height',
        code: 'invalid_height_or_width',
        message: `height ${sent.height} does not match the init image's height ${img.height}`,
      });
    }
  }

  if (ctx.mode === 'masking') {
    if (!options.mask_source) {
      issues.push({
        field: 'mask_source',
        code: 'bad_request',
        message: `mask_source is required: ${RULES['mask_source']}`,
      });
    } else if (options.mask_source !== 'INIT_IMAGE_ALPHA' && ctx.hasMaskImage === false) {
      issues.push({
        field: 'mask_image',
        code: 'invalid_mask_image',
        message: `mask_source ${options.mask_source} needs a mask_image, and none was provided`,
      });
    }
  }

  if (ctx.accept === 'image/png' && options.samples > 1) {
    issues.push({
      field: 'samples',
      code: 'invalid_samples',
      message: 'Sample count may only be greater than 1 when the accept header is application/json',
    });
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, options };
}

/** The fields of a failed parse that are individually valid, so cross-field rules can still run. */
function salvage(input: unknown, schema: OptionsSchema): ParsedOptions {
  const out: ParsedOptions = { text_prompts: [] };
  if (typeof input !== 'object' || input === null) return out;
  const shape = schema.shape;
  for (const key of Object.keys(shape)) {
    if (key === 'text_prompts') continue;
    const field = shape[key]?.safeParse((input as Record<string, unknown>)[key]);
    if (field?.success && field.data !== undefined) Object.assign(out, { [key]: field.data });
  }
  return out;
}

/** The 400 message the engine sends for an issue: `code: message` when a specific code applies. */
export function issueToErrorMessage(issue: ValidationIssue): string {
  return issue.code === 'bad_request' ? issue.message : `${issue.code}: ${issue.message}`;
}
