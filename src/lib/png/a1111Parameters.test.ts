import { describe, expect, it } from 'vitest';
import { SAMPLERS } from '../api/wire';
import { formatA1111Parameters } from './formatA1111Parameters';
import { parseA1111Parameters, splitA1111Params } from './parseA1111Parameters';
import type { NeutralRecipe } from './recipe';

const A1111_SAMPLE = [
  'masterpiece, (best quality:1.2), a cat',
  'in a hat',
  'Negative prompt: lowres, bad anatomy',
  'Steps: 20, Sampler: DPM++ 2M Karras, CFG scale: 7.5, Seed: 3640863245, Size: 512x768, Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Lora hashes: "add_detail: 7c6bad76eb54, other: 123", Version: v1.6.0',
].join('\n');

const recipe = (overrides: Partial<NeutralRecipe> = {}): NeutralRecipe => ({
  prompts: [
    { text: 'a lighthouse at dusk, oil painting', weight: 1 },
    { text: 'blurry, watermark', weight: -1 },
  ],
  seed: 123456,
  steps: 50,
  cfgScale: 7,
  sampler: 'K_EULER_ANCESTRAL',
  width: 512,
  height: 768,
  engineId: 'stable-diffusion-v1-5',
  ...overrides,
});

describe('formatA1111Parameters', () => {
  it('writes prompt, negative prompt and the settings line in A1111 order and names', () => {
    expect(formatA1111Parameters(recipe())).toBe(
      [
        'a lighthouse at dusk, oil painting',
        'Negative prompt: blurry, watermark',
        'Steps: 50, Sampler: Euler a, CFG scale: 7, Seed: 123456, Size: 512x768, Model: stable-diffusion-v1-5',
      ].join('\n'),
    );
  });

  it('leaves out absent fields and the negative line when there is no negative prompt', () => {
    expect(
      formatA1111Parameters({
        prompts: [{ text: 'just this', weight: 1 }],
        steps: 30,
        seed: 5,
        cfgScale: 6.5,
      }),
    ).toBe('just this\nSteps: 30, CFG scale: 6.5, Seed: 5');
  });

  it('joins several prompts and writes weights other than ±1 as emphasis', () => {
    const text = formatA1111Parameters(
      recipe({
        prompts: [
          { text: 'castle', weight: 1 },
          { text: 'fog', weight: 0.5 },
          { text: 'people', weight: -1 },
          { text: 'text', weight: -0.8 },
        ],
      }),
    );
    expect(text.split('\n').slice(0, 2)).toEqual([
      'castle, (fog:0.5)',
      'Negative prompt: people, (text:0.8)',
    ]);
  });
});

describe('parseA1111Parameters', () => {
  it('reads a real A1111 block: multi-line prompt, emphasis kept, quoted commas, unknown keys listed', () => {
    expect(parseA1111Parameters(A1111_SAMPLE)).toEqual({
      source: 'a1111',
      prompts: [
        { text: 'masterpiece, (best quality:1.2), a cat\nin a hat', weight: 1 },
        { text: 'lowres, bad anatomy', weight: -1 },
      ],
      steps: 20,
      sampler: 'K_DPMPP_2M',
      cfgScale: 7.5,
      seed: 3640863245,
      width: 512,
      height: 768,
      unknownFields: ['Model hash', 'Model', 'Lora hashes', 'Version'],
    });
  });

  it('splits quoted values with commas and escaped quotes', () => {
    expect(splitA1111Params('Steps: 20, Note: "a, \\"b\\", c", Seed: 1, Empty: , Last: x')).toEqual([
      ['Steps', '20'],
      ['Note', 'a, "b", c'],
      ['Seed', '1'],
      ['Empty', ''],
      ['Last', 'x'],
    ]);
  });

  it('quotes a value with commas or quotes so it reads back whole', () => {
    const text = formatA1111Parameters(recipe({ engineId: 'odd, "engine"' }));
    expect(text.split('\n').at(-1)).toContain('Model: "odd, \\"engine\\""');
    expect(splitA1111Params(text.split('\n').at(-1)!).at(-1)).toEqual(['Model', 'odd, "engine"']);
    expect(parseA1111Parameters(text)).toMatchObject({ unknownFields: ['Model'], seed: 123456 });
  });

  it('treats a last line with fewer than three settings as prompt text', () => {
    expect(parseA1111Parameters('a photo\nstyle: noir, mood: dark')).toMatchObject({
      prompts: [{ text: 'a photo\nstyle: noir, mood: dark', weight: 1 }],
      unknownFields: [],
    });
  });

  it('reads a prompt with no settings and a negative-only block', () => {
    expect(parseA1111Parameters('only a prompt').prompts).toEqual([{ text: 'only a prompt', weight: 1 }]);
    expect(parseA1111Parameters('Negative prompt: ugly\nSteps: 10, Seed: 2, CFG scale: 3').prompts).toEqual([
      { text: 'ugly', weight: -1 },
    ]);
  });

  it('lists unusable values instead of guessing', () => {
    const r = parseA1111Parameters('x\nSteps: many, Sampler: Restart, CFG scale: -1, Seed: -1, Size: big');
    expect(r).toMatchObject({
      prompts: [{ text: 'x', weight: 1 }],
      unknownFields: ['Steps', 'Sampler', 'CFG scale', 'Seed', 'Size'],
    });
    expect(r.steps).toBeUndefined();
    expect(r.seed).toBeUndefined();
  });

  it('keeps script text verbatim as prompt text', () => {
    const text = '<script>alert(document.cookie)</script> <img src=x onerror=alert(1)>';
    expect(parseA1111Parameters(`${text}\nSteps: 20, Seed: 1, CFG scale: 7`).prompts[0]?.text).toBe(text);
  });

  it('reads a 1 MiB settings line without a colon', () => {
    const r = parseA1111Parameters(`prompt\nSteps: 1, Seed: 2, CFG scale: 3, ${'a'.repeat(1 << 20)}`);
    expect(r.seed).toBe(2);
  });

  it('reads every v1alpha sampler name both ways', () => {
    const names = SAMPLERS.map((s) => {
      const text = formatA1111Parameters(recipe({ sampler: s }));
      return [s, /Sampler: ([^,]+)/.exec(text)?.[1], parseA1111Parameters(text).sampler];
    });
    expect(names).toEqual([
      ['DDIM', 'DDIM', 'DDIM'],
      ['DDPM', 'DDPM', 'DDPM'],
      ['K_DPMPP_2M', 'DPM++ 2M', 'K_DPMPP_2M'],
      ['K_DPMPP_2S_ANCESTRAL', 'DPM++ 2S a', 'K_DPMPP_2S_ANCESTRAL'],
      ['K_DPM_2', 'DPM2', 'K_DPM_2'],
      ['K_DPM_2_ANCESTRAL', 'DPM2 a', 'K_DPM_2_ANCESTRAL'],
      ['K_EULER', 'Euler', 'K_EULER'],
      ['K_EULER_ANCESTRAL', 'Euler a', 'K_EULER_ANCESTRAL'],
      ['K_HEUN', 'Heun', 'K_HEUN'],
      ['K_LMS', 'LMS', 'K_LMS'],
    ]);
  });
});

describe('A1111 round trips', () => {
  it.each(SAMPLERS)('format → parse restores a Gesso recipe exactly (sampler %s)', (sampler) => {
    const r = recipe({ sampler });
    const { source, unknownFields, ...parsed } = parseA1111Parameters(formatA1111Parameters(r));
    expect(source).toBe('a1111');
    expect(unknownFields).toEqual([]);
    expect(parsed).toEqual(r);
  });

  it.each([
    [
      'several weighted prompts',
      recipe({
        prompts: [
          { text: 'a', weight: 1 },
          { text: 'b', weight: 0.7 },
          { text: 'c', weight: -1 },
          { text: 'd', weight: -2 },
        ],
      }),
    ],
    ['no negative prompt', recipe({ prompts: [{ text: 'solo', weight: 1 }] })],
    ['only a negative prompt', recipe({ prompts: [{ text: 'nope', weight: -1 }] })],
    [
      'multi-line and emphasis',
      recipe({
        prompts: [
          { text: 'line one\nline (two:1.3)', weight: 1 },
          { text: 'x\ny', weight: -1 },
        ],
      }),
    ],
    ['a non-catalogue engine', recipe({ engineId: 'stable-diffusion-xl-beta-v2-2-2' })],
    ['no settings at all', { prompts: [{ text: 'bare', weight: 1 }] }],
  ])('format → parse → format is stable with %s', (_label, r) => {
    const once = formatA1111Parameters(r);
    expect(formatA1111Parameters(parseA1111Parameters(once))).toBe(once);
  });
});

describe('A1111 image-mode fields', () => {
  it('writes image strength as Denoising strength (1 − strength) and reads it back', () => {
    const r = recipe({ mode: 'image-to-image', imageStrength: 0.35 });
    const text = formatA1111Parameters(r);
    expect(text.split('\n').at(-1)).toBe(
      'Steps: 50, Sampler: Euler a, CFG scale: 7, Seed: 123456, Size: 512x768, Model: stable-diffusion-v1-5, Denoising strength: 0.65',
    );
    const { source: _s, unknownFields, ...back } = parseA1111Parameters(text);
    expect(unknownFields).toEqual([]);
    // The mode is Gesso's own word: A1111's text does not carry it.
    const { mode: _m, ...expected } = r;
    expect(back).toEqual(expected);
  });

  it.each([
    ['MASK_IMAGE_WHITE', 'Inpaint masked'],
    ['MASK_IMAGE_BLACK', 'Inpaint not masked'],
  ] as const)(
    'writes an inpaint with %s as Mask blur: 0, Mask mode: %s, and reads the source back',
    (source, mode) => {
      const text = formatA1111Parameters(recipe({ mode: 'masking', maskSource: source }));
      expect(text.split('\n').at(-1)).toMatch(new RegExp(`, Mask blur: 0, Mask mode: ${mode}$`));
      expect(text).not.toContain('Denoising strength');
      const back = parseA1111Parameters(text);
      expect(back.maskSource).toBe(source);
      expect(back.unknownFields).toEqual([]);
    },
  );

  it('says nothing of the mask for the init image’s transparency, which A1111 has no word for', () => {
    const text = formatA1111Parameters(recipe({ mode: 'masking', maskSource: 'INIT_IMAGE_ALPHA' }));
    expect(text).not.toMatch(/Mask/);
  });

  it('lists what Gesso cannot do: a blurred mask, an unknown mask mode, a strength out of range', () => {
    const r = parseA1111Parameters(
      'x\nSteps: 20, Seed: 1, Denoising strength: 1.5, Mask blur: 4, Mask mode: Inpaint sideways',
    );
    expect(r.unknownFields).toEqual(['Denoising strength', 'Mask blur', 'Mask mode']);
    expect([r.imageStrength, r.maskSource]).toEqual([undefined, undefined]);
    expect(parseA1111Parameters('x\nSteps: 20, Seed: 1, Denoising strength: 0.75').imageStrength).toBe(0.25);
  });
});
