import { describe, expect, it } from 'vitest';
import type { WireGenerationOptions } from '../../lib/api';
import { planXYGrid } from './planXYGrid';

const options: WireGenerationOptions = {
  text_prompts: [
    { text: 'a red fox, red scarf', weight: 1 },
    { text: 'red tint', weight: -1 },
  ],
  cfg_scale: 7,
  seed: 3,
};

describe('planXYGrid', () => {
  it('CFG rows × seed columns, labelled, with one request per row when seeds are consecutive', () => {
    const plan = planXYGrid({
      options,
      mode: 'text-to-image',
      seeds: [10, 11, 12],
      axis: { kind: 'cfg_scale', values: ['5', '9'] },
    });
    expect(plan.errors).toEqual([]);
    expect([plan.rows, plan.cols]).toEqual([2, 3]);
    expect(plan.rowLabels).toEqual(['CFG 5', 'CFG 9']);
    expect(plan.colLabels).toEqual(['Seed 10', 'Seed 11', 'Seed 12']);
    expect(plan.cells).toHaveLength(6);
    expect(plan.cells[4]).toMatchObject({
      row: 1,
      col: 1,
      seed: 11,
      options: { cfg_scale: 9, seed: 11, samples: 1 },
    });
    expect(
      plan.requests.map((r) => [r.row, r.cols, r.options.seed, r.options.samples, r.options.cfg_scale]),
    ).toEqual([
      [0, [0, 1, 2], 10, 3, 5],
      [1, [0, 1, 2], 10, 3, 9],
    ]);
  });

  it('splits a row into requests at seed gaps, mapping each artifact to its column', () => {
    const plan = planXYGrid({
      options,
      mode: 'text-to-image',
      seeds: [4, 5, 9],
      axis: { kind: 'steps', values: ['30'] },
    });
    expect(plan.requests.map((r) => ({ cols: r.cols, seeds: r.seeds, steps: r.options.steps }))).toEqual([
      { cols: [0, 1], seeds: [4, 5], steps: 30 },
      { cols: [2], seeds: [9], steps: 30 },
    ]);
    expect(plan.rowLabels).toEqual(['steps 30']);
  });

  it('prompt S/R: the search word is the first row; every prompt (negative too) is rewritten', () => {
    const plan = planXYGrid({
      options,
      mode: 'text-to-image',
      seeds: [1],
      axis: { kind: 'prompt_sr', values: ['red', 'blue', 'green'] },
    });
    expect(plan.errors).toEqual([]);
    expect(plan.rowLabels).toEqual(['“red”', '“blue”', '“green”']);
    expect(plan.cells.map((c) => c.options.text_prompts.map((p) => p.text))).toEqual([
      ['a red fox, red scarf', 'red tint'],
      ['a blue fox, blue scarf', 'blue tint'],
      ['a green fox, green scarf', 'green tint'],
    ]);
    expect(plan.cells[1]?.options.text_prompts[1]?.weight).toBe(-1);
  });

  it('prompt S/R reports a search word absent from the prompt', () => {
    const plan = planXYGrid({
      options,
      mode: 'text-to-image',
      seeds: [1],
      axis: { kind: 'prompt_sr', values: ['cat', 'dog'] },
    });
    expect(plan.errors).toEqual(['The search word “cat” does not appear in the prompt']);
  });

  it('image strength sets step_schedule_start = 1 − strength; sampler sets sampler', () => {
    const strength = planXYGrid({
      options,
      mode: 'image-to-image',
      seeds: [1],
      axis: { kind: 'image_strength', values: ['0.35', '0.8'] },
    });
    expect(strength.cells.map((c) => c.options.step_schedule_start)).toEqual([0.65, 0.2]);
    expect(strength.rowLabels).toEqual(['image strength 0.35', 'image strength 0.8']);
    const sampler = planXYGrid({
      options,
      mode: 'text-to-image',
      seeds: [1],
      axis: { kind: 'sampler', values: ['K_LMS'] },
    });
    expect(sampler.cells[0]?.options.sampler).toBe('K_LMS');
  });

  it('reports invalid values through validateOptions before anything runs', () => {
    const plan = planXYGrid({
      options,
      mode: 'text-to-image',
      seeds: [1, 2],
      axis: { kind: 'steps', values: ['20', '500', 'x'] },
    });
    expect(plan.errors).toEqual([
      'steps 500: steps must be an integer from 10 to 150',
      '“x” is not a number',
    ]);
  });

  it('reports problems of the whole recipe, seeds and grid size', () => {
    const plan = planXYGrid({
      options: { ...options, width: 500 },
      mode: 'text-to-image',
      seeds: [0, 2],
      axis: { kind: 'cfg_scale', values: ['7'] },
      context: { engineId: 'stable-diffusion-v1-5' },
    });
    expect(plan.errors[0]).toBe('Seed 0 is outside 1–2147483647');
    expect(plan.errors[1]).toMatch(/^CFG 7: .*increments of 64/);
    const big = planXYGrid({
      options,
      mode: 'text-to-image',
      seeds: Array.from({ length: 11 }, (_, i) => i + 1),
      axis: { kind: 'cfg_scale', values: Array.from({ length: 10 }, (_, i) => String(i)) },
    });
    expect(big.errors).toEqual(['110 cells is too many; at most 100']);
  });

  it('masking recipes are validated with their context (mask source required)', () => {
    const plan = planXYGrid({
      options,
      mode: 'masking',
      seeds: [1],
      axis: { kind: 'cfg_scale', values: ['7'] },
      context: {
        engineId: 'stable-inpainting-512-v2-0',
        initImageSize: { width: 512, height: 512 },
        hasMaskImage: true,
      },
    });
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatch(/mask_source is required/);
  });
});
