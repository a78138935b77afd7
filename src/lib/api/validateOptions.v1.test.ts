import { describe, expect, it } from 'vitest';
import { V1_RULES, V1ALPHA_RULES } from './optionRules.ts';
import { checkSize, defaultSizeFor, validSizes } from './sizeRules.ts';
import { resolveUpscale } from './upscaleRules.ts';
import { validateOptions, type ValidationContext } from './validateOptions.ts';

const P = { text_prompts: [{ text: 'a fox' }] };
const v1 = (
  engineId = 'stable-diffusion-v1-6',
  more: Partial<ValidationContext> = {},
): ValidationContext => ({
  mode: 'text-to-image',
  engineId,
  rules: V1_RULES,
  ...more,
});

function resolved(input: unknown, ctx: ValidationContext) {
  const res = validateOptions(input, ctx);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.options;
}
function firstIssue(input: unknown, ctx: ValidationContext) {
  const res = validateOptions(input, ctx);
  if (res.ok) throw new Error('expected an issue');
  return res.issues[0];
}

describe('validateOptions under v1 rules', () => {
  it('takes seeds up to 4294967295, where v1alpha stops at 2147483647', () => {
    expect(resolved({ ...P, seed: 4294967295 }, v1()).seed).toBe(4294967295);
    expect(firstIssue({ ...P, seed: 4294967296 }, v1())?.message).toBe(
      'seed must be an integer from 0 to 4294967295 (0 means random)',
    );
    expect(
      firstIssue({ ...P, seed: 2147483648 }, { mode: 'text-to-image', engineId: 'stable-diffusion-v1-5' })
        ?.message,
    ).toBe('seed must be an integer from 0 to 2147483647 (0 means random)');
  });
  it('validates style_preset and extras, which v1alpha ignores as unknown fields', () => {
    expect(resolved({ ...P, style_preset: 'anime', extras: { x: 1 } }, v1()).style_preset).toBe('anime');
    expect(firstIssue({ ...P, style_preset: 'watercolour' }, v1())).toMatchObject({
      field: 'style_preset',
      message: expect.stringMatching(/^style_preset must be one of 3d-model, analog-film, .* tile-texture$/),
    });
    expect(firstIssue({ ...P, extras: 'x' }, v1())?.message).toBe('extras must be a JSON object');
    const alpha = resolved(
      { ...P, style_preset: 'watercolour', extras: 'x' },
      { mode: 'text-to-image', engineId: 'x' },
    );
    expect(alpha.style_preset).toBeUndefined();
  });
  it('defaults steps to 30 for SDXL and 50 otherwise; SDXL size to 1024×1024', () => {
    const xl = resolved(P, v1('stable-diffusion-xl-1024-v1-0'));
    expect([xl.steps, xl.width, xl.height]).toEqual([30, 1024, 1024]);
    const v16 = resolved(P, v1());
    expect([v16.steps, v16.width, v16.height]).toEqual([50, 512, 512]);
    const alpha = validateOptions(P, { mode: 'text-to-image', engineId: 'stable-diffusion-xl-1024-v1-0' });
    expect(alpha.ok).toBe(false);
  });
  it("uses v1's size codes: invalid_sdxl_v1_dimensions for SDXL, invalid_height_or_width otherwise", () => {
    expect(firstIssue({ ...P, width: 512, height: 512 }, v1('stable-diffusion-xl-1024-v1-0'))?.code).toBe(
      'invalid_sdxl_v1_dimensions',
    );
    expect(
      firstIssue({ ...P, width: 1000, height: 1024 }, v1('stable-diffusion-xl-1024-v1-0')),
    ).toMatchObject({
      code: 'invalid_sdxl_v1_dimensions',
      message: expect.stringMatching(/^stable-diffusion-xl-1024-v1-0 accepts only 1024×1024/),
    });
    expect(firstIssue({ ...P, width: 256, height: 512 }, v1())).toMatchObject({
      code: 'invalid_height_or_width',
      message: 'stable-diffusion-v1-6 needs each side from 320 to 1536 (got 256×512)',
    });
    expect(firstIssue({ ...P, width: 2048, height: 2048 }, v1('stable-diffusion-v1-5'))?.code).toBe(
      'invalid_height_or_width',
    );
    expect(checkSize('stable-diffusion-v1-5', 2048, 2048)?.code).toBe('invalid_pixel_count');
  });
  it('accepts stable-diffusion-v1-6 sizes by side, whatever the area', () => {
    expect(checkSize('stable-diffusion-v1-6', 1536, 1536, 'v1')).toBeNull();
    expect(checkSize('stable-diffusion-v1-6', 320, 320, 'v1')).toBeNull();
    expect(checkSize('stable-diffusion-v1-6', 1600, 320, 'v1')?.code).toBe('invalid_height_or_width');
    expect(validSizes('stable-diffusion-v1-6')).toHaveLength(20 * 20);
    expect(defaultSizeFor('stable-diffusion-v1-6')).toEqual({ width: 512, height: 512 });
  });
  it('reads IMAGE_STRENGTH (default, 0.35) and STEP_SCHEDULE; the mode decides when both are sent', () => {
    const i2i = (o: object) =>
      resolved(
        { ...P, ...o },
        v1(undefined, { mode: 'image-to-image', initImageSize: { width: 512, height: 512 } }),
      );
    expect(i2i({}).step_schedule_start).toBe(0.65);
    expect(i2i({ image_strength: 0.8 }).step_schedule_start).toBeCloseTo(0.2, 12);
    expect(i2i({ init_image_mode: 'STEP_SCHEDULE', step_schedule_start: 0.3 }).step_schedule_start).toBe(0.3);
    expect(i2i({ image_strength: 0.35, step_schedule_start: 0.1 }).step_schedule_start).toBe(0.65);
    expect(
      i2i({ init_image_mode: 'STEP_SCHEDULE', image_strength: 0.9, step_schedule_start: 0.1 })
        .step_schedule_start,
    ).toBe(0.1);
    expect(i2i({ step_schedule_start: 0.2 }).step_schedule_start).toBe(0.2);
    expect(i2i({ init_image_mode: 'IMAGE_STRENGTH', step_schedule_start: 0.2 }).step_schedule_start).toBe(
      0.65,
    );
  });
  it('takes an image mode size from the init image and ignores width/height (v1alpha checks them)', () => {
    const ctx = { mode: 'image-to-image' as const, initImageSize: { width: 640, height: 384 } };
    const o = resolved({ ...P, width: 512, height: 512 }, v1(undefined, ctx));
    expect([o.width, o.height]).toEqual([640, 384]);
    expect(
      validateOptions(
        { ...P, width: 512 },
        { ...ctx, engineId: 'stable-diffusion-v1-5', rules: V1ALPHA_RULES },
      ).ok,
    ).toBe(false);
  });
});

describe('resolveUpscale', () => {
  const input = { width: 512, height: 384 };
  it('doubles by default, or follows one given side keeping the aspect', () => {
    expect(resolveUpscale({}, input)).toEqual({ ok: true, width: 1024, height: 768 });
    expect(resolveUpscale({ width: 1000 }, input)).toEqual({ ok: true, width: 1000, height: 750 });
    expect(resolveUpscale({ height: 1000 }, input)).toEqual({ ok: true, width: 1333, height: 1000 });
  });
  it('refuses both sides, small or fractional sides, a shrink, and too many pixels in or out', () => {
    const msg = (r: ReturnType<typeof resolveUpscale>) =>
      r.ok ? 'ok' : `${r.issues[0]?.code}: ${r.issues[0]?.message}`;
    expect(msg(resolveUpscale({ width: 1024, height: 768 }, input))).toMatch(
      /^bad_request: send at most one of width and height/,
    );
    expect(msg(resolveUpscale({ width: 500 }, { width: 256, height: 256 }))).toBe(
      'bad_request: width must be an integer of at least 512',
    );
    expect(msg(resolveUpscale({ width: 600.5 }, input))).toBe(
      'bad_request: width must be an integer of at least 512',
    );
    expect(msg(resolveUpscale({ width: 600 }, { width: 800, height: 600 }))).toMatch(
      /smaller than the image's width 800/,
    );
    expect(msg(resolveUpscale({}, { width: 1024, height: 1025 }))).toMatch(
      /^invalid_pixel_count: the image is 1024×1025 = 1,049,600 pixels/,
    );
    expect(msg(resolveUpscale({ width: 4096 }, input))).toMatch(
      /^invalid_pixel_count: the result would be 4096×3072/,
    );
    expect(resolveUpscale({}, { width: 1024, height: 1024 })).toEqual({
      ok: true,
      width: 2048,
      height: 2048,
    });
  });
});
