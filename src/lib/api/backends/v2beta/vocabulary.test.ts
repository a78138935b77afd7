import { describe, expect, it } from 'vitest';
import { STYLE_PRESETS } from '../../wire.ts';
import { SD3_MODEL_CREDITS, V2BETA_ENDPOINT_CREDITS, v2betaCredits } from './credits.ts';
import { sd3CfgDefault, V2BETA_MODELS, v2betaModel } from './models.ts';
import { inlineWeight, splitPromptWeights } from './promptWeights.ts';
import {
  resolveSd3Model,
  SD3_MODEL_VALUES,
  V2BETA_ASPECT_RATIOS,
  V2BETA_ENDPOINTS,
  V2BETA_STYLE_PRESETS,
  v2betaMediaType,
  v2betaPath,
} from './vocabulary.ts';

describe('v2beta vocabulary', () => {
  it('names every endpoint under /v2beta/stable-image', () => {
    expect(V2BETA_ENDPOINTS.map(v2betaPath)).toEqual([
      '/v2beta/stable-image/generate/ultra',
      '/v2beta/stable-image/generate/core',
      '/v2beta/stable-image/generate/sd3',
      '/v2beta/stable-image/edit/inpaint',
      '/v2beta/stable-image/edit/outpaint',
      '/v2beta/stable-image/edit/erase',
      '/v2beta/stable-image/upscale/fast',
      '/v2beta/stable-image/upscale/conservative',
    ]);
  });
  it('has the nine aspect ratios and the 17 style presets, the same ones v1 draws', () => {
    expect(V2BETA_ASPECT_RATIOS).toHaveLength(9);
    expect(V2BETA_STYLE_PRESETS).toHaveLength(17);
    expect([...V2BETA_STYLE_PRESETS].sort()).toEqual([...STYLE_PRESETS].sort());
  });
  it('resolves current sd3 models and every old name, and nothing else', () => {
    expect(resolveSd3Model('sd3.5-flash')).toBe('sd3.5-flash');
    expect(resolveSd3Model('sd3')).toBe('sd3.5-large');
    expect(resolveSd3Model('sd3-large')).toBe('sd3.5-large');
    expect(resolveSd3Model('sd3-turbo')).toBe('sd3.5-large-turbo');
    expect(resolveSd3Model('sd3-large-turbo')).toBe('sd3.5-large-turbo');
    expect(resolveSd3Model('sd3-medium')).toBe('sd3.5-medium');
    expect(resolveSd3Model('sd3.5-huge')).toBeNull();
    expect(resolveSd3Model('constructor')).toBeNull();
    expect(SD3_MODEL_VALUES).toHaveLength(9);
  });
  it('maps output formats to media types', () => {
    expect(v2betaMediaType('webp')).toBe('image/webp');
  });
});

describe('v2beta credits (2026-09 list prices)', () => {
  it('prices every endpoint and model', () => {
    expect(V2BETA_ENDPOINT_CREDITS).toEqual({
      'generate/ultra': 8,
      'generate/core': 3,
      'edit/inpaint': 5,
      'edit/outpaint': 4,
      'edit/erase': 5,
      'upscale/fast': 2,
      'upscale/conservative': 40,
    });
    expect(SD3_MODEL_CREDITS).toEqual({
      'sd3.5-large': 6.5,
      'sd3.5-large-turbo': 4,
      'sd3.5-medium': 3.5,
      'sd3.5-flash': 2.5,
    });
    expect(v2betaCredits('generate/sd3')).toBe(6.5);
    expect(v2betaCredits('generate/sd3', 'sd3.5-flash')).toBe(2.5);
    expect(v2betaCredits('edit/erase', 'sd3.5-flash')).toBe(5);
  });
  it('lists six models with their endpoint, price and cfg default', () => {
    expect(V2BETA_MODELS.map((m) => [m.id, m.endpoint, m.credits])).toEqual([
      ['ultra', 'generate/ultra', 8],
      ['core', 'generate/core', 3],
      ['sd3.5-large', 'generate/sd3', 6.5],
      ['sd3.5-large-turbo', 'generate/sd3', 4],
      ['sd3.5-medium', 'generate/sd3', 3.5],
      ['sd3.5-flash', 'generate/sd3', 2.5],
    ]);
    expect(v2betaModel('core')?.imageToImage).toBe(false);
    expect([
      sd3CfgDefault('sd3.5-large'),
      sd3CfgDefault('sd3.5-large-turbo'),
      sd3CfgDefault('sd3.5-flash'),
    ]).toEqual([4, 1, 1]);
  });
});

describe('prompt weights (§2.5)', () => {
  it('splits inline groups from the plain text', () => {
    expect(splitPromptWeights('a (red:0.3) and (blue:0.8) sky')).toEqual([
      { text: 'a and sky', weight: 1 },
      { text: 'red', weight: 0.3 },
      { text: 'blue', weight: 0.8 },
    ]);
    expect(splitPromptWeights('(fog:.5)')).toEqual([{ text: 'fog', weight: 0.5 }]);
  });
  it('leaves look-alikes as plain text', () => {
    expect(splitPromptWeights('a (nested (x:0.2)) f(x:y) (:0.4) ratio 3:2')).toEqual([
      { text: 'a (nested ) f(x:y) (:0.4) ratio 3:2', weight: 1 },
      { text: 'x', weight: 0.2 },
    ]);
    expect(splitPromptWeights('   ')).toEqual([]);
  });
  it('writes the inline form back', () => {
    expect(inlineWeight('red', 1)).toBe('red');
    expect(inlineWeight('red', 0.3)).toBe('(red:0.3)');
    expect(splitPromptWeights(`sky ${inlineWeight('red', 0.3)}`)).toEqual([
      { text: 'sky', weight: 1 },
      { text: 'red', weight: 0.3 },
    ]);
  });
});
