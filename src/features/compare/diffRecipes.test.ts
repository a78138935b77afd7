import { describe, expect, it } from 'vitest';
import { diffRecipes, type Recipe } from './diffRecipes';

const base: Recipe = {
  engineId: 'stable-diffusion-v1-5',
  mode: 'text-to-image',
  options: { text_prompts: [{ text: 'a red fox in snow', weight: 1 }], seed: 5 },
};
const withOptions = (o: Partial<Recipe['options']>, r: Partial<Recipe> = {}): Recipe => ({
  ...base,
  ...r,
  options: { ...base.options, ...o },
});

describe('diffRecipes', () => {
  it('says nothing when only the seed differs, and treats defaults as equal to explicit values', () => {
    expect(diffRecipes([base, withOptions({ seed: 6, cfg_scale: 7, steps: 50, samples: 3 })])).toEqual([
      [],
      [],
    ]);
  });

  it('labels CFG and steps where they differ', () => {
    const labels = diffRecipes([withOptions({ cfg_scale: 9 }), withOptions({ steps: 30 }), base]);
    expect(labels).toEqual([
      ['CFG 9', 'steps 50'],
      ['CFG 7', 'steps 30'],
      ['CFG 7', 'steps 50'],
    ]);
  });

  it('shows the prompt words that differ (a search-and-replace)', () => {
    const blue = withOptions({ text_prompts: [{ text: 'a blue fox in snow', weight: 1 }] });
    expect(diffRecipes([base, blue])).toEqual([['“red”'], ['“blue”']]);
  });

  it('says which words a cell lacks when it adds none, and separates negative prompts', () => {
    const plain = withOptions({ text_prompts: [{ text: 'a fox in snow' }, { text: 'blurry', weight: -1 }] });
    const labels = diffRecipes([base, plain]);
    expect(labels).toEqual([
      ['“red”', 'negative no “blurry”'],
      ['no “red”', 'negative “blurry”'],
    ]);
  });

  it('labels sampler, engine and image strength for image modes', () => {
    const a = withOptions({ sampler: 'K_EULER', step_schedule_start: 0.65 }, { mode: 'image-to-image' });
    const b = withOptions({}, { mode: 'image-to-image', engineId: 'stable-diffusion-512-v2-1' });
    const c = withOptions({ step_schedule_start: 0.25 }, { mode: 'image-to-image' });
    expect(diffRecipes([a, b, c])).toEqual([
      ['stable-diffusion-v1-5', 'K_EULER', 'image strength 0.35'],
      ['stable-diffusion-512-v2-1', 'engine sampler', 'image strength 0.35'],
      ['stable-diffusion-v1-5', 'engine sampler', 'image strength 0.75'],
    ]);
  });

  it('one recipe has nothing to differ from', () => {
    expect(diffRecipes([withOptions({ cfg_scale: 12 })])).toEqual([[]]);
  });
});
