import { beforeAll, describe, expect, it } from 'vitest';
import {
  LIMITS,
  loadBackendRuntime,
  type Backend,
  type GenerationParams,
  type GenerationRequest,
} from '../../lib/api/studio';
import { planXYGrid, type XYGridInput } from './planXYGrid';

const params: GenerationParams = {
  prompts: [
    { text: 'a red fox, red scarf', weight: 1 },
    { text: 'red tint', weight: -1 },
  ],
  cfgScale: 7,
  seed: 3,
};
const request: GenerationRequest = {
  backend: 'v1alpha',
  mode: 'text-to-image',
  engineId: 'stable-diffusion-v1-5',
  params,
};

let v1alpha: Backend;
beforeAll(async () => {
  v1alpha = (await loadBackendRuntime('v1alpha')).backend;
});

/** A grid of the recipe above (v1alpha's seed range, 10 per request) with the given changes. */
const plan = (input: Partial<XYGridInput> & Pick<XYGridInput, 'seeds' | 'axis'>) =>
  planXYGrid({ request, maxSamplesPerRequest: 10, seedMax: LIMITS.seedMax, ...input });

describe('planXYGrid', () => {
  it('CFG rows × seed columns, labelled, with one request per row when seeds are consecutive', () => {
    const p = plan({ seeds: [10, 11, 12], axis: { kind: 'cfgScale', values: ['5', '9'] } });
    expect(p.errors).toEqual([]);
    expect([p.rows, p.cols]).toEqual([2, 3]);
    expect(p.rowLabels).toEqual(['CFG 5', 'CFG 9']);
    expect(p.colLabels).toEqual(['Seed 10', 'Seed 11', 'Seed 12']);
    expect(p.cells).toHaveLength(6);
    expect(p.cells[4]).toMatchObject({
      row: 1,
      col: 1,
      seed: 11,
      params: { cfgScale: 9, seed: 11, samples: 1 },
    });
    expect(
      p.requests.map((r) => [r.row, r.cols, r.params.seed, r.params.samples, r.params.cfgScale]),
    ).toEqual([
      [0, [0, 1, 2], 10, 3, 5],
      [1, [0, 1, 2], 10, 3, 9],
    ]);
  });

  it('splits a row into requests at seed gaps, mapping each artifact to its column', () => {
    const p = plan({ seeds: [4, 5, 9], axis: { kind: 'steps', values: ['30'] } });
    expect(p.requests.map((r) => ({ cols: r.cols, seeds: r.seeds, steps: r.params.steps }))).toEqual([
      { cols: [0, 1], seeds: [4, 5], steps: 30 },
      { cols: [2], seeds: [9], steps: 30 },
    ]);
    expect(p.rowLabels).toEqual(['steps 30']);
  });

  it('prompt S/R: the search word is the first row; every prompt (negative too) is rewritten', () => {
    const p = plan({ seeds: [1], axis: { kind: 'promptSR', values: ['red', 'blue', 'green'] } });
    expect(p.errors).toEqual([]);
    expect(p.rowLabels).toEqual(['“red”', '“blue”', '“green”']);
    expect(p.cells.map((c) => c.params.prompts.map((x) => x.text))).toEqual([
      ['a red fox, red scarf', 'red tint'],
      ['a blue fox, blue scarf', 'blue tint'],
      ['a green fox, green scarf', 'green tint'],
    ]);
    expect(p.cells[1]?.params.prompts[1]?.weight).toBe(-1);
  });

  it('prompt S/R reports a search word absent from the prompt', () => {
    const p = plan({ seeds: [1], axis: { kind: 'promptSR', values: ['cat', 'dog'] } });
    expect(p.errors).toEqual(['The search word “cat” does not appear in the prompt']);
  });

  it('image strength and sampler set their params', () => {
    const strength = plan({
      request: { ...request, mode: 'image-to-image' },
      seeds: [1],
      axis: { kind: 'imageStrength', values: ['0.35', '0.8'] },
    });
    expect(strength.cells.map((c) => c.params.imageStrength)).toEqual([0.35, 0.8]);
    expect(strength.rowLabels).toEqual(['image strength 0.35', 'image strength 0.8']);
    const sampler = plan({ seeds: [1], axis: { kind: 'sampler', values: ['K_LMS'] } });
    expect(sampler.cells[0]?.params.sampler).toBe('K_LMS');
  });

  it('reports invalid values by the API’s own rules before anything runs', () => {
    const p = plan({
      seeds: [1, 2],
      axis: { kind: 'steps', values: ['20', '500', 'x'] },
      validate: v1alpha.validate,
    });
    expect(p.errors).toEqual(['steps 500: Steps must be an integer from 10 to 150', '“x” is not a number']);
  });

  it('reports problems of the whole recipe, seeds and grid size', () => {
    const p = plan({
      request: { ...request, params: { ...params, width: 500, height: 512 } },
      seeds: [0, 2],
      axis: { kind: 'cfgScale', values: ['7'] },
      validate: v1alpha.validate,
    });
    expect(p.errors[0]).toBe('Seed 0 is outside 1–2147483647');
    expect(p.errors[1]).toMatch(/^CFG 7: .*increments of 64/);
    const big = plan({
      seeds: Array.from({ length: 11 }, (_, i) => i + 1),
      axis: { kind: 'cfgScale', values: Array.from({ length: 10 }, (_, i) => String(i)) },
    });
    expect(big.errors).toEqual(['110 cells is too many; at most 100']);
  });

  it('masking recipes are judged as the whole request (mask source required)', () => {
    const p = plan({
      request: {
        ...request,
        mode: 'masking',
        engineId: 'stable-inpainting-512-v2-0',
        initImage: new Blob([]),
        initImageSize: { width: 512, height: 512 },
        maskImage: new Blob([]),
      },
      seeds: [1],
      axis: { kind: 'cfgScale', values: ['7'] },
      validate: v1alpha.validate,
    });
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toMatch(/Mask source is required/);
  });

  it('engine and style preset rows: each row its engine (checked by the API’s rules), its preset or none', async () => {
    const v2beta = (await loadBackendRuntime('v2beta')).backend;
    const base = v2beta.normalize({ backend: 'v2beta', mode: 'text-to-image', engineId: 'core', params });
    const models = plan({
      request: base,
      seeds: [5, 6],
      axis: { kind: 'engineId', values: ['core', 'sd3.5-flash'] },
      validate: v2beta.validate,
      maxSamplesPerRequest: 1,
      seedMax: 4_294_967_294,
    });
    expect(models.errors).toEqual([]);
    expect(models.rowLabels).toEqual(['core', 'sd3.5-flash']);
    expect(models.requests.map((r) => [r.row, r.engineId, r.seeds])).toEqual([
      [0, 'core', [5]],
      [0, 'core', [6]],
      [1, 'sd3.5-flash', [5]],
      [1, 'sd3.5-flash', [6]],
    ]);
    // An image-to-image recipe: Core takes no image, and its row says so before anything runs.
    const i2i = plan({
      request: {
        ...base,
        mode: 'image-to-image',
        engineId: 'ultra',
        initImageSize: { width: 512, height: 512 },
      },
      seeds: [5],
      axis: { kind: 'engineId', values: ['ultra', 'core'] },
      validate: v2beta.validate,
      seedMax: 4_294_967_294,
    });
    expect(i2i.errors).toEqual([
      'core: Stable Image Core makes pictures from text only: for image to image choose Stable Image Ultra or an SD 3.5 model',
    ]);
    const styles = plan({
      request: { ...base, params: { ...base.params, stylePreset: 'anime' } },
      seeds: [5],
      axis: { kind: 'stylePreset', values: ['none', 'origami'] },
      validate: v2beta.validate,
      seedMax: 4_294_967_294,
    });
    expect(styles.rowLabels).toEqual(['no style', 'origami']);
    expect(styles.cells.map((c) => c.params.stylePreset)).toEqual([undefined, 'origami']);
  });

  it('takes the API’s seed range: v1 seeds above 2147483647 are fine there', () => {
    const p = plan({
      seeds: [3_000_000_000],
      axis: { kind: 'cfgScale', values: ['7'] },
      seedMax: 4_294_967_295,
    });
    expect(p.errors).toEqual([]);
  });
});
