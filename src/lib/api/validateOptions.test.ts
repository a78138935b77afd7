import { describe, expect, it } from 'vitest';
import { issueToErrorMessage, validateOptions, type ValidationContext } from './validateOptions.ts';

const t2i: ValidationContext = { mode: 'text-to-image', engineId: 'stable-diffusion-v1-5' };
const prompt = { text_prompts: [{ text: 'a lighthouse at dusk' }] };

function issuesOf(input: unknown, ctx: ValidationContext = t2i) {
  const r = validateOptions(input, ctx);
  return r.ok ? [] : r.issues;
}

describe('validateOptions: defaults', () => {
  it('fills every default of API.md', () => {
    const r = validateOptions(prompt, t2i);
    expect(r).toEqual({
      ok: true,
      options: {
        text_prompts: [{ text: 'a lighthouse at dusk', weight: 1 }],
        cfg_scale: 7,
        clip_guidance_preset: 'NONE',
        height: 512,
        width: 512,
        sampler: undefined,
        samples: 1,
        seed: 0,
        steps: 50,
        step_schedule_start: 0.65,
        step_schedule_end: 0.01,
        mask_source: undefined,
      },
    });
  });

  it('ignores unknown fields', () => {
    expect(validateOptions({ ...prompt, style_preset: 'anime', foo: { bar: 1 } }, t2i).ok).toBe(true);
  });

  it('keeps negative and fractional weights', () => {
    const r = validateOptions(
      {
        text_prompts: [
          { text: 'a', weight: 0.80305135 },
          { text: 'b', weight: -1 },
        ],
      },
      t2i,
    );
    expect(r.ok && r.options.text_prompts.map((p) => p.weight)).toEqual([0.80305135, -1]);
  });
});

describe('validateOptions: each rule names its field', () => {
  const cases: Array<[string, unknown, string]> = [
    ['options not an object', 'hello', ''],
    ['text_prompts missing', {}, 'text_prompts'],
    ['text_prompts empty', { text_prompts: [] }, 'text_prompts'],
    ['text_prompts not an array', { text_prompts: 'cat' }, 'text_prompts'],
    ['empty prompt text', { text_prompts: [{ text: '' }] }, 'text_prompts.0.text'],
    ['prompt text too long', { text_prompts: [{ text: 'x'.repeat(2001) }] }, 'text_prompts.0.text'],
    ['weight a string', { text_prompts: [{ text: 'a', weight: '1' }] }, 'text_prompts.0.weight'],
    ['cfg_scale too high', { ...prompt, cfg_scale: 35.5 }, 'cfg_scale'],
    ['cfg_scale negative', { ...prompt, cfg_scale: -1 }, 'cfg_scale'],
    ['cfg_scale a string', { ...prompt, cfg_scale: '7' }, 'cfg_scale'],
    ['unknown preset', { ...prompt, clip_guidance_preset: 'FAST_RED' }, 'clip_guidance_preset'],
    ['unknown sampler', { ...prompt, sampler: 'K_EULER_B' }, 'sampler'],
    ['samples 0', { ...prompt, samples: 0 }, 'samples'],
    ['samples 11', { ...prompt, samples: 11 }, 'samples'],
    ['samples fractional', { ...prompt, samples: 1.5 }, 'samples'],
    ['seed negative', { ...prompt, seed: -1 }, 'seed'],
    ['seed too big', { ...prompt, seed: 2147483648 }, 'seed'],
    ['steps 9', { ...prompt, steps: 9 }, 'steps'],
    ['steps 151', { ...prompt, steps: 151 }, 'steps'],
    ['step_schedule_start 1.1', { ...prompt, step_schedule_start: 1.1 }, 'step_schedule_start'],
    ['step_schedule_end -0.1', { ...prompt, step_schedule_end: -0.1 }, 'step_schedule_end'],
    ['width a string', { ...prompt, width: '512' }, 'width'],
    ['unknown mask source', { ...prompt, mask_source: 'MASK_IMAGE_GREY' }, 'mask_source'],
  ];
  it.each(cases)('%s', (_name, input, field) => {
    const issues = issuesOf(input);
    expect(issues.map((i) => i.field)).toContain(field);
    const issue = issues.find((i) => i.field === field);
    expect(issue?.code).toBe('bad_request');
    if (field) expect(issue?.message).toContain(field.split('.')[0]);
  });

  it('accepts the boundaries', () => {
    const edge = {
      ...prompt,
      cfg_scale: 35,
      samples: 10,
      seed: 2147483647,
      steps: 150,
      step_schedule_start: 0,
    };
    expect(validateOptions(edge, t2i).ok).toBe(true);
    expect(validateOptions({ ...prompt, cfg_scale: 0, steps: 10, samples: 1, seed: 0 }, t2i).ok).toBe(true);
  });

  it('reports every broken rule at once, structural and cross-field', () => {
    const issues = issuesOf({ ...prompt, cfg_scale: 99, width: 500 });
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['cfg_scale', 'bad_request'],
      ['size', 'invalid_height_or_width'],
    ]);
  });
});

describe('validateOptions: size, samples, masks', () => {
  it('uses the engine rule for text-to-image sizes', () => {
    expect(issuesOf({ ...prompt, width: 448, height: 512 })[0]?.code).toBe('invalid_pixel_count');
    expect(issuesOf({ ...prompt, width: 520, height: 512 })[0]?.code).toBe('invalid_height_or_width');
    const xl = { mode: 'text-to-image', engineId: 'stable-diffusion-xl-1024-v1-0' } as const;
    expect(issuesOf(prompt, xl)[0]?.code).toBe('invalid_pixel_count'); // default 512×512 is not an XL size
  });

  it('refuses samples > 1 with Accept image/png as invalid_samples', () => {
    const [issue] = issuesOf({ ...prompt, samples: 2 }, { ...t2i, accept: 'image/png' });
    expect(issue?.code).toBe('invalid_samples');
    expect(issueToErrorMessage(issue!)).toMatch(/^invalid_samples: /);
    expect(validateOptions({ ...prompt, samples: 2 }, { ...t2i, accept: 'application/json' }).ok).toBe(true);
  });

  it('checks the init image size against the engine and against width/height', () => {
    const i2i: ValidationContext = {
      mode: 'image-to-image',
      engineId: 'stable-diffusion-v1-5',
      initImageSize: { width: 512, height: 512 },
    };
    expect(validateOptions(prompt, i2i)).toMatchObject({ ok: true, options: { width: 512, height: 512 } });
    expect(issuesOf({ ...prompt, width: 768 }, i2i)[0]).toMatchObject({
      field: 'width',
      code: 'invalid_height_or_width',
    });
    expect(issuesOf({ ...prompt, height: 576 }, i2i)[0]).toMatchObject({
      field: 'height',
      code: 'invalid_height_or_width',
    });
    const small = { ...i2i, initImageSize: { width: 320, height: 320 } };
    expect(issuesOf(prompt, small)[0]).toMatchObject({ field: 'init_image', code: 'invalid_pixel_count' });
    const odd = { ...i2i, initImageSize: { width: 500, height: 512 } };
    expect(issuesOf(prompt, odd)[0]).toMatchObject({ field: 'init_image', code: 'invalid_height_or_width' });
  });

  it('requires mask_source for masking and a mask image for the white/black sources', () => {
    const masking: ValidationContext = {
      mode: 'masking',
      engineId: 'stable-inpainting-512-v2-0',
      initImageSize: { width: 512, height: 512 },
      hasMaskImage: false,
    };
    expect(issuesOf(prompt, masking)[0]).toMatchObject({ field: 'mask_source', code: 'bad_request' });
    for (const src of ['MASK_IMAGE_WHITE', 'MASK_IMAGE_BLACK']) {
      expect(issuesOf({ ...prompt, mask_source: src }, masking)[0]).toMatchObject({
        code: 'invalid_mask_image',
      });
      expect(validateOptions({ ...prompt, mask_source: src }, { ...masking, hasMaskImage: true }).ok).toBe(
        true,
      );
    }
    expect(validateOptions({ ...prompt, mask_source: 'INIT_IMAGE_ALPHA' }, masking).ok).toBe(true);
  });
});
