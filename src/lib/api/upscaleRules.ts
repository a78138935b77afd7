import type { ValidationIssue } from './validateOptions.ts';
import { UPSCALE_LIMITS } from './wire.ts';

/** An upscale request's size fields as sent (at most one of them). */
export interface UpscaleRequest {
  width?: number;
  height?: number;
}

export type UpscaleResult =
  { ok: true; width: number; height: number } | { ok: false; issues: ValidationIssue[] };

const fmt = (n: number): string => n.toLocaleString('en-US');

function sideIssue(field: 'width' | 'height', value: number, inputSide: number): ValidationIssue | null {
  if (!Number.isInteger(value) || value < UPSCALE_LIMITS.targetSideMin) {
    return {
      field,
      code: 'bad_request',
      message: `${field} must be an integer of at least ${UPSCALE_LIMITS.targetSideMin}`,
    };
  }
  if (value < inputSide) {
    return {
      field,
      code: 'bad_request',
      message: `${field} ${value} is smaller than the image's ${field} ${inputSide}: an upscale only enlarges`,
    };
  }
  return null;
}

/**
 * The output size of a v1 upscale (shared/API.md §v1, "Engines"), or why there is none: the input may have
 * at most 1,048,576 pixels; with neither `width` nor `height` the image doubles, with one of them the other
 * follows the aspect ratio (rounded); the result may have at most 4,194,304 pixels. One rule set for the
 * studio (before sending) and the engine (first issue → the 400).
 */
export function resolveUpscale(
  request: UpscaleRequest,
  input: { width: number; height: number },
): UpscaleResult {
  const fail = (i: ValidationIssue): UpscaleResult => ({ ok: false, issues: [i] });
  const inPixels = input.width * input.height;
  if (inPixels > UPSCALE_LIMITS.maxInputPixels) {
    return fail({
      field: 'image',
      code: 'invalid_pixel_count',
      message: `the image is ${input.width}×${input.height} = ${fmt(inPixels)} pixels; upscale takes at most ${fmt(UPSCALE_LIMITS.maxInputPixels)} (e.g. 1024×1024)`,
    });
  }
  const { width, height } = request;
  if (width !== undefined && height !== undefined) {
    return fail({
      field: 'width',
      code: 'bad_request',
      message: 'send at most one of width and height: the other follows the image’s aspect ratio',
    });
  }
  let out: { width: number; height: number };
  if (width !== undefined) {
    const bad = sideIssue('width', width, input.width);
    if (bad) return fail(bad);
    out = { width, height: Math.max(1, Math.round((input.height * width) / input.width)) };
  } else if (height !== undefined) {
    const bad = sideIssue('height', height, input.height);
    if (bad) return fail(bad);
    out = { width: Math.max(1, Math.round((input.width * height) / input.height)), height };
  } else {
    out = { width: input.width * UPSCALE_LIMITS.factor, height: input.height * UPSCALE_LIMITS.factor };
  }
  const outPixels = out.width * out.height;
  if (outPixels > UPSCALE_LIMITS.maxOutputPixels) {
    return fail({
      field: width !== undefined ? 'width' : height !== undefined ? 'height' : 'image',
      code: 'invalid_pixel_count',
      message: `the result would be ${out.width}×${out.height} = ${fmt(outPixels)} pixels; at most ${fmt(UPSCALE_LIMITS.maxOutputPixels)} (e.g. 2048×2048)`,
    });
  }
  return { ok: true, ...out };
}
