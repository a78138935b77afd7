import { describe, expect, it } from 'vitest';
import { backendById } from '../../lib/api/studio';
import { availableAxes, parseAxisValues as parseWith, type AxisKind } from './parseAxisValues';

/** The axis values against v1alpha's fields for an image-to-image recipe (every axis exists there). */
const fields = backendById('v1alpha').fields('stable-diffusion-v1-5', 'image-to-image');
const parseAxisValues = (kind: AxisKind, text: string) => parseWith(kind, text, fields);

describe('parseAxisValues', () => {
  it('parses CFG numbers and ranges with steps', () => {
    expect(parseAxisValues('cfgScale', '5, 7.5, 9-12 (+1.5)')).toEqual({
      values: ['5', '7.5', '9', '10.5', '12'],
    });
    expect(parseAxisValues('cfgScale', '0-0.3 (+0.1)')).toEqual({ values: ['0', '0.1', '0.2', '0.3'] });
  });

  it('checks the ranges of the API’s fields', () => {
    expect(parseAxisValues('cfgScale', '30, 36')).toEqual({
      error: 'CFG scale 36 is out of range: a number from 0 to 35',
    });
    expect(parseAxisValues('steps', '20, 25.5')).toEqual({
      error: 'Steps 25.5 is out of range: an integer from 10 to 150',
    });
    expect(parseAxisValues('steps', '5')).toHaveProperty('error');
    expect(parseAxisValues('steps', '10-30 (+10)')).toEqual({ values: ['10', '20', '30'] });
    expect(parseAxisValues('imageStrength', '0.2, 0.5, 1.2')).toHaveProperty('error');
    expect(parseAxisValues('imageStrength', '.25, 0.75')).toEqual({ values: ['0.25', '0.75'] });
  });

  it('rejects words, backwards ranges, zero steps, oversized ranges and empty input', () => {
    expect(parseAxisValues('cfgScale', '7, lots')).toEqual({
      error: '“lots” is not a number or a range like 5-9 (+2)',
    });
    expect(parseAxisValues('cfgScale', '9-5')).toEqual({ error: 'The range “9-5” runs backwards' });
    expect(parseAxisValues('cfgScale', '5-9 (+0)')).toHaveProperty('error');
    expect(parseAxisValues('steps', '10-150')).toHaveProperty('error');
    expect(parseAxisValues('steps', ' , ')).toEqual({ error: 'Type at least one value' });
  });

  it('accepts samplers in any case and names the unknown one', () => {
    expect(parseAxisValues('sampler', 'k_euler, DDIM')).toEqual({ values: ['K_EULER', 'DDIM'] });
    expect(parseAxisValues('sampler', 'K_EULER, Euler a')).toMatchObject({
      error: expect.stringContaining('Unknown sampler “Euler a”'),
    });
  });

  it('prompt S/R needs the search word and a replacement; duplicates collapse', () => {
    expect(parseAxisValues('promptSR', 'red, blue, dark green, blue')).toEqual({
      values: ['red', 'blue', 'dark green'],
    });
    expect(parseAxisValues('promptSR', 'red')).toHaveProperty('error');
  });
});

describe('availableAxes', () => {
  it('offers only what the recipe’s API has for its engine and mode', () => {
    expect(availableAxes(fields)).toEqual(['cfgScale', 'steps', 'sampler', 'imageStrength', 'promptSR']);
    const t2i = backendById('v1').fields('stable-diffusion-v1-6', 'text-to-image');
    // v1 has style presets: they can vary too.
    expect(availableAxes(t2i)).toEqual(['cfgScale', 'steps', 'sampler', 'stylePreset', 'promptSR']);
    expect(availableAxes(backendById('v1').fields('esrgan-v1-x2plus', 'upscale'))).toEqual(['promptSR']);
    // Stable Image: models and style presets; CFG only for SD 3.5; no steps or sampler.
    const v2 = backendById('v2beta');
    expect(availableAxes(v2.fields('core', 'text-to-image'), ['ultra', 'core'])).toEqual([
      'stylePreset',
      'engineId',
      'promptSR',
    ]);
    expect(availableAxes(v2.fields('sd3.5-large', 'image-to-image'), ['ultra', 'sd3.5-large'])).toEqual([
      'cfgScale',
      'stylePreset',
      'imageStrength',
      'engineId',
      'promptSR',
    ]);
    // Inpainting runs on one endpoint: no engine to vary.
    expect(availableAxes(v2.fields('inpaint', 'masking'), ['inpaint'])).toEqual(['stylePreset', 'promptSR']);
  });
});

describe('parseAxisValues: engines and style presets', () => {
  const v2 = backendById('v2beta').fields('core', 'text-to-image');
  const engines = ['ultra', 'core', 'sd3.5-flash'];
  it('takes engines among those of the mode, style presets or "none" among the API’s, in any case', () => {
    expect(parseWith('engineId', 'Core, sd3.5-FLASH', v2, engines)).toEqual({
      values: ['core', 'sd3.5-flash'],
    });
    expect(parseWith('engineId', 'core, dall-e', v2, engines)).toEqual({
      error: 'Unknown engine “dall-e”; use one of ultra, core, sd3.5-flash',
    });
    expect(parseWith('stylePreset', 'None, ANIME, origami', v2)).toEqual({
      values: ['none', 'anime', 'origami'],
    });
    expect(parseWith('stylePreset', 'watercolour', v2)).toMatchObject({
      error: expect.stringMatching(
        /^Unknown style preset “watercolour”; use one of none, 3d-model, analog-film, anime/,
      ),
    });
  });
});
