import { describe, expect, it } from 'vitest';
import { flattenV1Options, readFlattenedV1Fields, type V1Field } from './v1Fields.ts';
import { validateOptions } from './validateOptions.ts';
import { V1_RULES } from './optionRules.ts';
import type { WireV1GenerationOptions } from './wire.ts';

const FULL: WireV1GenerationOptions = {
  text_prompts: [
    { text: 'a lighthouse on a cliff', weight: 1 },
    { text: 'fog', weight: -0.5 },
  ],
  cfg_scale: 7.5,
  clip_guidance_preset: 'FAST_BLUE',
  sampler: 'K_EULER',
  samples: 2,
  seed: 4294967295,
  steps: 40,
  style_preset: 'pixel-art',
  init_image_mode: 'STEP_SCHEDULE',
  step_schedule_start: 0.4,
  step_schedule_end: 0.1,
  extras: { a: [1, { b: 'c' }] },
};

describe('flattenV1Options', () => {
  it('writes prompts as text_prompts[N][text|weight], numbers as text, extras as JSON', () => {
    expect(flattenV1Options(FULL)).toEqual([
      ['text_prompts[0][text]', 'a lighthouse on a cliff'],
      ['text_prompts[0][weight]', '1'],
      ['text_prompts[1][text]', 'fog'],
      ['text_prompts[1][weight]', '-0.5'],
      ['cfg_scale', '7.5'],
      ['samples', '2'],
      ['seed', '4294967295'],
      ['steps', '40'],
      ['step_schedule_start', '0.4'],
      ['step_schedule_end', '0.1'],
      ['clip_guidance_preset', 'FAST_BLUE'],
      ['sampler', 'K_EULER'],
      ['style_preset', 'pixel-art'],
      ['init_image_mode', 'STEP_SCHEDULE'],
      ['extras', '{"a":[1,{"b":"c"}]}'],
    ]);
  });
  it('leaves out what is absent, weight included', () => {
    expect(flattenV1Options({ text_prompts: [{ text: 'x' }], mask_source: 'MASK_IMAGE_BLACK' })).toEqual([
      ['text_prompts[0][text]', 'x'],
      ['mask_source', 'MASK_IMAGE_BLACK'],
    ]);
  });
});

describe('readFlattenedV1Fields', () => {
  it('reads back exactly what flattenV1Options wrote', () => {
    expect(readFlattenedV1Fields(flattenV1Options(FULL))).toEqual({ options: FULL, issues: [] });
  });
  it('orders prompts by index whatever the field order, with gaps, and leaves a missing weight out', () => {
    const fields: V1Field[] = [
      ['seed', '5'],
      ['text_prompts[10][text]', 'third'],
      ['text_prompts[2][weight]', '0.5'],
      ['text_prompts[02][text]', 'second'],
      ['text_prompts[0][text]', 'first'],
    ];
    expect(readFlattenedV1Fields(fields).options).toEqual({
      text_prompts: [{ text: 'first' }, { text: 'second', weight: 0.5 }, { text: 'third' }],
      seed: 5,
    });
  });
  it('lets the last of a repeated field win', () => {
    const { options } = readFlattenedV1Fields([
      ['text_prompts[0][text]', 'old'],
      ['steps', '20'],
      ['text_prompts[0][text]', 'new'],
      ['steps', '30'],
    ]);
    expect(options).toEqual({ text_prompts: [{ text: 'new' }], steps: 30 });
  });
  it('accepts text_prompts as one JSON array field, flattened fields taking precedence', () => {
    const json = JSON.stringify([{ text: 'a', weight: 1 }]);
    expect(readFlattenedV1Fields([['text_prompts', json]]).options).toEqual({
      text_prompts: [{ text: 'a', weight: 1 }],
    });
    expect(
      readFlattenedV1Fields([
        ['text_prompts', json],
        ['text_prompts[0][text]', 'b'],
      ]).options,
    ).toEqual({ text_prompts: [{ text: 'b' }] });
  });
  it('reads mode as init_image_mode (community SDK), ignores unknown and empty optional fields', () => {
    const { options, issues } = readFlattenedV1Fields([
      ['text_prompts[0][text]', 'x'],
      ['mode', 'IMAGE_STRENGTH'],
      ['image_strength', '0.7'],
      ['extras[foo]', 'bar'],
      ['nonsense', '1'],
      ['sampler', ''],
    ]);
    expect(issues).toEqual([]);
    expect(options).toEqual({
      text_prompts: [{ text: 'x' }],
      init_image_mode: 'IMAGE_STRENGTH',
      image_strength: 0.7,
    });
  });
  it('names each field that cannot be read', () => {
    const { issues } = readFlattenedV1Fields([
      ['text_prompts[3][text]', 'x'],
      ['text_prompts[3][weight]', 'heavy'],
      ['cfg_scale', '7 and a half'],
      ['seed', '0x10'],
      ['extras', '[1,2]'],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'text_prompts[3][weight] must be a number',
      'cfg_scale must be a number',
      'seed must be a number',
      'extras must be a JSON object',
    ]);
    expect(readFlattenedV1Fields([['steps', '30']]).issues[0]?.message).toMatch(/^text_prompts is required/);
    expect(readFlattenedV1Fields([['text_prompts', 'not json']]).issues[0]?.field).toBe('text_prompts');
  });
  it('does not repeat a huge index whole in a message', () => {
    const index = '9'.repeat(5000);
    const { issues } = readFlattenedV1Fields([[`text_prompts[${index}][weight]`, 'x']]);
    expect(issues[0]?.message.length).toBeLessThan(80);
  });
  it('gives validateOptions what it needs under v1 rules', () => {
    const read = readFlattenedV1Fields(flattenV1Options(FULL));
    const res = validateOptions(read.options, {
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-6',
      rules: V1_RULES,
    });
    expect(res.ok && res.options).toMatchObject({ seed: 4294967295, style_preset: 'pixel-art', steps: 40 });
  });
});
