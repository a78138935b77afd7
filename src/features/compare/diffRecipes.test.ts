import { describe, expect, it } from 'vitest';
import { describeRecipe, diffRecipes, type Recipe } from './diffRecipes';

const base: Recipe = {
  engineId: 'stable-diffusion-v1-5',
  mode: 'text-to-image',
  params: { prompts: [{ text: 'a red fox in snow', weight: 1 }], seed: 5 },
};
const withParams = (o: Partial<Recipe['params']>, r: Partial<Recipe> = {}): Recipe => ({
  ...base,
  ...r,
  params: { ...base.params, ...o },
});

describe('diffRecipes', () => {
  it('says nothing when only the seed differs, and treats defaults as equal to explicit values', () => {
    expect(diffRecipes([base, withParams({ seed: 6, cfgScale: 7, steps: 50, samples: 3 })])).toEqual([
      [],
      [],
    ]);
  });

  it('labels CFG and steps where they differ', () => {
    const labels = diffRecipes([withParams({ cfgScale: 9 }), withParams({ steps: 30 }), base]);
    expect(labels).toEqual([
      ['CFG 9', 'steps 50'],
      ['CFG 7', 'steps 30'],
      ['CFG 7', 'steps 50'],
    ]);
  });

  it('shows the prompt words that differ (a search-and-replace)', () => {
    const blue = withParams({ prompts: [{ text: 'a blue fox in snow', weight: 1 }] });
    expect(diffRecipes([base, blue])).toEqual([['“red”'], ['“blue”']]);
  });

  it('says which words a cell lacks when it adds none, and separates negative prompts', () => {
    const plain = withParams({
      prompts: [
        { text: 'a fox in snow', weight: 1 },
        { text: 'blurry', weight: -1 },
      ],
    });
    const labels = diffRecipes([base, plain]);
    expect(labels).toEqual([
      ['“red”', 'negative no “blurry”'],
      ['no “red”', 'negative “blurry”'],
    ]);
  });

  it('labels sampler, engine and image strength for image modes', () => {
    const a = withParams({ sampler: 'K_EULER', imageStrength: 0.35 }, { mode: 'image-to-image' });
    const b = withParams({}, { mode: 'image-to-image', engineId: 'stable-diffusion-512-v2-1' });
    const c = withParams({ imageStrength: 0.75 }, { mode: 'image-to-image' });
    expect(diffRecipes([a, b, c])).toEqual([
      ['stable-diffusion-v1-5', 'K_EULER', 'image strength 0.35'],
      ['stable-diffusion-512-v2-1', 'engine sampler', 'image strength 0.35'],
      ['stable-diffusion-v1-5', 'engine sampler', 'image strength 0.75'],
    ]);
  });

  it('one recipe has nothing to differ from', () => {
    expect(diffRecipes([withParams({ cfgScale: 12 })])).toEqual([[]]);
  });
});

describe('describeRecipe', () => {
  it('labels every property that applies to the mode, defaults filled in', () => {
    expect(describeRecipe(withParams({ steps: 30, sampler: 'K_EULER' }))).toEqual([
      'stable-diffusion-v1-5',
      'text-to-image',
      '512×512',
      'CFG 7',
      'steps 30',
      'K_EULER',
      'CLIP NONE',
    ]);
  });

  it('gives an inpaint its strength, schedule and mask source, and no size it did not record', () => {
    const inpaint = withParams({ imageStrength: 0.6, maskSource: 'MASK_IMAGE_WHITE' }, { mode: 'masking' });
    expect(describeRecipe(inpaint)).toEqual([
      'stable-diffusion-v1-5',
      'masking',
      'CFG 7',
      'steps 50',
      'CLIP NONE',
      'image strength 0.6',
      'schedule end 0.01',
      'mask MASK_IMAGE_WHITE',
    ]);
  });

  it('gives an upscale only its engine and mode', () => {
    const upscale = withParams({ upscale: {} }, { mode: 'upscale', engineId: 'esrgan-v1-x2plus' });
    expect(describeRecipe(upscale)).toEqual(['esrgan-v1-x2plus', 'upscale']);
  });
});
