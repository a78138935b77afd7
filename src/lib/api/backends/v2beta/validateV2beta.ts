import { SD3_DEFAULT_MODEL, v2betaCredits } from './credits.ts';
import { V2BETA_FIELD_RULES, type FieldRule } from './fieldRules.ts';
import { checkImageSize, V2BETA_IMAGE_RULES } from './imageRules.ts';
import { sd3CfgDefault } from './models.ts';
import { v2betaOutputSize, type OutpaintExtents, type PixelSize } from './outputSize.ts';
import {
  resolveSd3Model,
  type Sd3Mode,
  type Sd3Model,
  type V2betaAspectRatio,
  type V2betaEndpoint,
  type V2betaOutputFormat,
  type V2betaStylePreset,
} from './vocabulary.ts';

/** The text fields of a request as sent: numbers as decimal strings (§2.2). */
export type V2betaFields = Readonly<Record<string, string | undefined>>;

/**
 * The image parts of a request by field: their pixel size, `null` when the part is not a readable PNG, JPEG or
 * WebP, absent when it was not sent.
 */
export type V2betaImages = Readonly<Partial<Record<'image' | 'mask', PixelSize | null>>>;

/** A request after validation: defaults filled in, aliases resolved, output size and price worked out. */
export interface V2betaRequest {
  endpoint: V2betaEndpoint;
  /** '' where the endpoint has no prompt or none was sent. */
  prompt: string;
  negativePrompt: string;
  aspectRatio: V2betaAspectRatio;
  /** 0 = the server picks one. */
  seed: number;
  outputFormat: V2betaOutputFormat;
  stylePreset?: V2betaStylePreset;
  /** generate/sd3: the current model (an old name resolved to it). */
  model?: Sd3Model;
  /** Whether an init image is used: sd3's `mode`, or Ultra with an `image`. */
  mode: Sd3Mode;
  /** Image-to-image: 0 keeps the input, 1 ignores it. */
  strength?: number;
  /** generate/sd3 only, the model's default filled in. */
  cfgScale?: number;
  /** inpaint and erase: pixels the mask grows (and feathers) by. */
  growMask?: number;
  /** outpaint (0..1) and conservative upscale (0.2..0.5). */
  creativity?: number;
  outpaint?: OutpaintExtents;
  /** The answer's pixel size (§7, outputSize.ts). */
  output: PixelSize;
  /** What a success costs (§6). */
  credits: number;
}

export type V2betaValidation = { ok: true; request: V2betaRequest } | { ok: false; errors: string[] };

/**
 * Largest outpaint result, in pixels (decided: the contract states no cap; 4096² keeps one request's memory
 * bounded, and is what the engine's decoder takes).
 */
export const OUTPAINT_MAX_OUTPUT_PIXELS = 16_777_216;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** How much of a client's value a message repeats. */
const ECHO_MAX = 100;

/** A sent value as messages show it: in single quotes, escaped, cut at ECHO_MAX characters. */
function shown(value: string): string {
  const chars = Array.from(value);
  const cut = chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : value;
  return `'${JSON.stringify(cut).slice(1, -1)}'`;
}

/** The problem with one sent value, and its kind (which decides where it is listed), or null. */
function fieldProblem(
  name: string,
  raw: string,
  rule: FieldRule,
): { kind: 'enum' | 'range'; text: string } | null {
  switch (rule.kind) {
    case 'text': {
      const length = Array.from(raw).length;
      if (length < rule.min) return { kind: 'range', text: `${name}: cannot be empty` };
      if (length > rule.max) {
        return { kind: 'range', text: `${name}: must be at most ${rule.max} characters, received ${length}` };
      }
      return null;
    }
    case 'enum':
      if (rule.accepts.includes(raw)) return null;
      return {
        kind: 'enum',
        text: `${name}: invalid enum value. Expected ${rule.values.map((v) => `'${v}'`).join(' | ')}, received ${shown(raw)}`,
      };
    case 'number': {
      const t = raw.trim();
      const n = DECIMAL.test(t) ? Number(t) : NaN;
      if (!Number.isFinite(n))
        return { kind: 'range', text: `${name}: must be a number, received ${shown(raw)}` };
      if (n < rule.min || n > rule.max) {
        return {
          kind: 'range',
          text: `${name}: must be between ${rule.min} and ${rule.max}, received ${shown(raw)}`,
        };
      }
      if (rule.integer && !Number.isInteger(n)) {
        return { kind: 'range', text: `${name}: must be an integer, received ${shown(raw)}` };
      }
      return null;
    }
    case 'file':
      return null;
  }
}

/** The rules that tie fields together, per endpoint (the last kind of problem listed). */
function crossFieldProblems(
  endpoint: V2betaEndpoint,
  fields: V2betaFields,
  images: V2betaImages,
  bad: ReadonlySet<string>,
): string[] {
  const sent = (name: string): boolean => fields[name] !== undefined;
  const hasImage = images.image !== undefined;
  const problems: string[] = [];
  if (endpoint === 'generate/ultra') {
    if (hasImage && !sent('strength')) problems.push('strength: required when image is sent');
    if (!hasImage && sent('strength')) {
      problems.push('strength: only used with image; send an image or leave strength out');
    }
  }
  // A mode that is not one of the two says nothing about what else is needed.
  if (endpoint === 'generate/sd3' && !bad.has('mode')) {
    if (fields['mode'] === 'image-to-image') {
      if (!hasImage) problems.push('image: required when mode is image-to-image');
      if (!sent('strength')) problems.push('strength: required when mode is image-to-image');
      if (sent('aspect_ratio')) {
        problems.push(
          "aspect_ratio: not used when mode is image-to-image (the output follows the image's aspect)",
        );
      }
    } else {
      if (hasImage) problems.push('image: only used when mode is image-to-image');
      if (sent('strength')) problems.push('strength: only used when mode is image-to-image');
    }
  }
  if (endpoint === 'edit/outpaint') {
    const directions = ['left', 'right', 'up', 'down'] as const;
    if (!directions.some((d) => bad.has(d)) && directions.every((d) => Number(fields[d] ?? 0) === 0)) {
      problems.push('left: at least one of left, right, up, down must be greater than 0');
    }
  }
  return problems;
}

const numberOr = (raw: string | undefined, fallback: number): number =>
  raw === undefined ? fallback : Number(raw.trim());

/** The validated request, every field known good. */
function resolve(endpoint: V2betaEndpoint, fields: V2betaFields, images: V2betaImages): V2betaRequest {
  const f = (name: string): string | undefined => fields[name];
  const image = images.image ?? undefined;
  const isSd3 = endpoint === 'generate/sd3';
  const model = isSd3 ? (resolveSd3Model(f('model') ?? SD3_DEFAULT_MODEL) ?? SD3_DEFAULT_MODEL) : undefined;
  const rules = V2BETA_FIELD_RULES[endpoint];
  const defaultOf = (name: string): number => {
    const rule = rules[name];
    return rule?.kind === 'number' ? (rule.default ?? 0) : 0;
  };
  const request: V2betaRequest = {
    endpoint,
    prompt: f('prompt') ?? '',
    negativePrompt: rules['negative_prompt'] ? (f('negative_prompt') ?? '') : '',
    aspectRatio:
      ((rules['aspect_ratio'] ? f('aspect_ratio') : undefined) as V2betaAspectRatio | undefined) ?? '1:1',
    seed: numberOr(f('seed'), 0),
    outputFormat: (f('output_format') as V2betaOutputFormat | undefined) ?? 'png',
    mode: image && endpoint.startsWith('generate/') ? 'image-to-image' : 'text-to-image',
    output: { width: 0, height: 0 },
    credits: v2betaCredits(endpoint, model),
  };
  if (rules['style_preset'] && f('style_preset') !== undefined) {
    request.stylePreset = f('style_preset') as V2betaStylePreset;
  }
  if (model) {
    request.model = model;
    request.cfgScale = numberOr(f('cfg_scale'), sd3CfgDefault(model));
  }
  if (request.mode === 'image-to-image') request.strength = numberOr(f('strength'), 0);
  if (rules['grow_mask']) request.growMask = numberOr(f('grow_mask'), defaultOf('grow_mask'));
  if (rules['creativity']) request.creativity = numberOr(f('creativity'), defaultOf('creativity'));
  if (endpoint === 'edit/outpaint') {
    request.outpaint = {
      left: numberOr(f('left'), 0),
      right: numberOr(f('right'), 0),
      up: numberOr(f('up'), 0),
      down: numberOr(f('down'), 0),
    };
  }
  const size = v2betaOutputSize(endpoint, {
    aspectRatio: request.aspectRatio,
    image,
    outpaint: request.outpaint,
  });
  if (size) request.output = size;
  return request;
}

/**
 * Every rule the Stable Image API applies to one request's fields and images (shared/API-v2beta.md §2–§4),
 * for the studio (before sending) and the local engine (its 400 body) alike. Returns **all** problems as
 * `"<field>: <problem>"`, listed in the order §10.4 gives: missing required fields, then enum values, then
 * ranges (numbers, text lengths), then images (readable, sides, pixel count, aspect), then the rules tying
 * fields together; within each kind, in the endpoint's field order. Fields an endpoint does not read are
 * ignored, as the service ignores them.
 */
export function validateV2beta(
  endpoint: V2betaEndpoint,
  fields: V2betaFields,
  images: V2betaImages,
): V2betaValidation {
  const required: string[] = [];
  const enums: string[] = [];
  const ranges: string[] = [];
  const imageProblems: string[] = [];
  /** Fields sent with a problem of their own: the rules between fields leave them out. */
  const bad = new Set<string>();
  const rules = V2BETA_FIELD_RULES[endpoint];
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.kind === 'file') {
      const size = images[name as 'image' | 'mask'];
      const imageRule = V2BETA_IMAGE_RULES[endpoint][name as 'image' | 'mask'];
      if (size === undefined) {
        if (rule.required) required.push(`${name}: required`);
      } else {
        const problems =
          size === null
            ? [`${name}: must be a PNG, JPEG or WebP image`]
            : imageRule
              ? checkImageSize(name, size, imageRule)
              : [];
        if (problems.length > 0) bad.add(name);
        imageProblems.push(...problems);
      }
      continue;
    }
    const raw = fields[name];
    if (raw === undefined) {
      if (rule.required) required.push(`${name}: required`);
      continue;
    }
    const problem = fieldProblem(name, raw, rule);
    if (!problem) continue;
    bad.add(name);
    (problem.kind === 'enum' ? enums : ranges).push(problem.text);
  }
  const errors = [
    ...required,
    ...enums,
    ...ranges,
    ...imageProblems,
    ...crossFieldProblems(endpoint, fields, images, bad),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const request = resolve(endpoint, fields, images);
  const { width, height } = request.output;
  const pixels = width * height;
  if (endpoint === 'edit/outpaint' && pixels > OUTPAINT_MAX_OUTPUT_PIXELS) {
    const count = (n: number): string => n.toLocaleString('en-US');
    return {
      ok: false,
      errors: [
        `image: with these extensions the result would be ${width}×${height} (${count(pixels)} pixels); at most ${count(OUTPAINT_MAX_OUTPUT_PIXELS)}`,
      ],
    };
  }
  return { ok: true, request };
}
