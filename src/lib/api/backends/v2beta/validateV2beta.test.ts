import { describe, expect, it } from 'vitest';
import { V2BETA_FIELD_RULES } from './fieldRules.ts';
import { validateV2beta, type V2betaFields, type V2betaImages } from './validateV2beta.ts';
import { V2BETA_ENDPOINTS, type V2betaEndpoint } from './vocabulary.ts';

const SQUARE = { width: 1024, height: 1024 };
const errorsOf = (endpoint: V2betaEndpoint, fields: V2betaFields, images: V2betaImages = {}): string[] => {
  const r = validateV2beta(endpoint, fields, images);
  return r.ok ? [] : r.errors;
};
const requestOf = (endpoint: V2betaEndpoint, fields: V2betaFields, images: V2betaImages = {}) => {
  const r = validateV2beta(endpoint, fields, images);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.request;
};

describe('validateV2beta: required fields', () => {
  it('names each missing required field of each endpoint', () => {
    const missing = Object.fromEntries(V2BETA_ENDPOINTS.map((e) => [e, errorsOf(e, {})]));
    expect(missing).toEqual({
      'generate/ultra': ['prompt: required'],
      'generate/core': ['prompt: required'],
      'generate/sd3': ['prompt: required'],
      'edit/inpaint': ['image: required', 'prompt: required'],
      'edit/outpaint': [
        'image: required',
        'left: at least one of left, right, up, down must be greater than 0',
      ],
      'edit/erase': ['image: required'],
      'upscale/fast': ['image: required'],
      'upscale/conservative': ['image: required', 'prompt: required'],
    });
  });
  it('needs no prompt for erase, outpaint or fast upscale, and ignores fields an endpoint does not read', () => {
    expect(errorsOf('edit/erase', { prompt: '', strength: 'x', samples: '4' }, { image: SQUARE })).toEqual(
      [],
    );
    expect(
      errorsOf('upscale/fast', { prompt: '', seed: 'nope' }, { image: { width: 512, height: 512 } }),
    ).toEqual([]);
    expect(errorsOf('generate/core', { prompt: 'a', strength: '9', mode: 'image-to-image' })).toEqual([]);
    expect(errorsOf('edit/outpaint', { prompt: '', left: '10' }, { image: SQUARE })).toEqual([]);
  });
});

describe('validateV2beta: values', () => {
  it('refuses enum values, quoting the accepted ones and the value received', () => {
    expect(errorsOf('generate/core', { prompt: 'a', aspect_ratio: '7:3' })).toEqual([
      "aspect_ratio: invalid enum value. Expected '21:9' | '16:9' | '3:2' | '5:4' | '1:1' | '4:5' | '2:3' | '9:16' | '9:21', received '7:3'",
    ]);
    expect(errorsOf('generate/ultra', { prompt: 'a', output_format: 'gif', style_preset: 'none' })).toEqual([
      "output_format: invalid enum value. Expected 'png' | 'jpeg' | 'webp', received 'gif'",
      expect.stringMatching(
        /^style_preset: invalid enum value\. Expected 'enhance' \| 'anime' .* received 'none'$/,
      ),
    ]);
    expect(errorsOf('generate/sd3', { prompt: 'a', model: 'sd4' })[0]).toBe(
      "model: invalid enum value. Expected 'sd3.5-large' | 'sd3.5-large-turbo' | 'sd3.5-medium' | 'sd3.5-flash', received 'sd4'",
    );
  });
  it('checks numbers: a number, in range, an integer where pixels or seeds are counted', () => {
    expect(errorsOf('generate/core', { prompt: 'a', seed: '4294967295' })).toEqual([
      "seed: must be between 0 and 4294967294, received '4294967295'",
    ]);
    expect(errorsOf('generate/core', { prompt: 'a', seed: '1.5' })).toEqual([
      "seed: must be an integer, received '1.5'",
    ]);
    expect(errorsOf('generate/core', { prompt: 'a', seed: 'NaN' })).toEqual([
      "seed: must be a number, received 'NaN'",
    ]);
    expect(errorsOf('generate/core', { prompt: 'a', seed: '' })).toEqual([
      "seed: must be a number, received ''",
    ]);
    expect(errorsOf('generate/sd3', { prompt: 'a', cfg_scale: '0.5' })).toEqual([
      "cfg_scale: must be between 1 and 10, received '0.5'",
    ]);
    expect(errorsOf('edit/inpaint', { prompt: 'a', grow_mask: '101' }, { image: SQUARE })).toEqual([
      "grow_mask: must be between 0 and 100, received '101'",
    ]);
    expect(errorsOf('edit/erase', { grow_mask: '21' }, { image: SQUARE })).toEqual([
      "grow_mask: must be between 0 and 20, received '21'",
    ]);
    expect(errorsOf('edit/outpaint', { left: '2001', up: '-1', down: '3.5' }, { image: SQUARE })).toEqual([
      "left: must be between 0 and 2000, received '2001'",
      "up: must be between 0 and 2000, received '-1'",
      "down: must be an integer, received '3.5'",
    ]);
    expect(errorsOf('upscale/conservative', { prompt: 'a', creativity: '0.6' }, { image: SQUARE })).toEqual([
      "creativity: must be between 0.2 and 0.5, received '0.6'",
    ]);
    expect(errorsOf('edit/outpaint', { left: '1', creativity: '1.01' }, { image: SQUARE })).toEqual([
      "creativity: must be between 0 and 1, received '1.01'",
    ]);
    expect(errorsOf('generate/ultra', { prompt: 'a', strength: '1.2' }, { image: SQUARE })).toEqual([
      "strength: must be between 0 and 1, received '1.2'",
    ]);
  });
  it('reads numbers as decimal strings, with spaces and exponents', () => {
    const r = requestOf('generate/sd3', { prompt: 'a', seed: ' 42 ', cfg_scale: '7.5' });
    expect([r.seed, r.cfgScale]).toEqual([42, 7.5]);
    expect(requestOf('generate/core', { prompt: 'a', seed: '1e3' }).seed).toBe(1000);
  });
  it('counts prompt length in characters (1..10000; outpaint may be empty)', () => {
    expect(errorsOf('generate/core', { prompt: '' })).toEqual(['prompt: cannot be empty']);
    expect(errorsOf('generate/core', { prompt: '😀'.repeat(10_000) })).toEqual([]);
    expect(
      errorsOf('generate/core', { prompt: 'a'.repeat(10_001), negative_prompt: 'b'.repeat(10_001) }),
    ).toEqual([
      'prompt: must be at most 10000 characters, received 10001',
      'negative_prompt: must be at most 10000 characters, received 10001',
    ]);
  });
  it('cuts and escapes what it repeats of a value', () => {
    const [message] = errorsOf('generate/core', { prompt: 'a', aspect_ratio: `"\n${'x'.repeat(500)}` });
    expect(message).toMatch(/received '\\"\\nx{98}…'$/);
  });
});

describe('validateV2beta: images', () => {
  it('refuses unreadable images and sizes outside §2.4, for image and mask', () => {
    expect(
      errorsOf('edit/inpaint', { prompt: 'a' }, { image: null, mask: { width: 4000, height: 4000 } }),
    ).toEqual([
      'image: must be a PNG, JPEG or WebP image',
      'mask: must have at most 9,437,184 pixels, received 4000×4000 (16,000,000)',
    ]);
    expect(errorsOf('edit/outpaint', { left: '8' }, { image: { width: 3000, height: 1000 } })).toEqual([
      'image: aspect ratio must be between 1:2.5 and 2.5:1, received 3000×1000',
    ]);
    expect(
      errorsOf('generate/ultra', { prompt: 'a', strength: '0.5' }, { image: { width: 60, height: 60 } }),
    ).toEqual([
      'image: width and height must each be between 64 and 16384 pixels, received 60×60',
      'image: must have at least 4,096 pixels, received 60×60 (3,600)',
    ]);
  });
  it('takes a mask of another size than the image (the engine resizes it)', () => {
    expect(errorsOf('edit/erase', {}, { image: SQUARE, mask: { width: 512, height: 512 } })).toEqual([]);
  });
});

describe('validateV2beta: rules between fields', () => {
  it('wants strength exactly when Ultra gets an image', () => {
    expect(errorsOf('generate/ultra', { prompt: 'a' }, { image: SQUARE })).toEqual([
      'strength: required when image is sent',
    ]);
    expect(errorsOf('generate/ultra', { prompt: 'a', strength: '0.5' })).toEqual([
      'strength: only used with image; send an image or leave strength out',
    ]);
  });
  it('follows sd3 mode: image and strength for image-to-image, neither (and no aspect ratio there) otherwise', () => {
    expect(errorsOf('generate/sd3', { prompt: 'a', mode: 'image-to-image', aspect_ratio: '16:9' })).toEqual([
      'image: required when mode is image-to-image',
      'strength: required when mode is image-to-image',
      "aspect_ratio: not used when mode is image-to-image (the output follows the image's aspect)",
    ]);
    expect(errorsOf('generate/sd3', { prompt: 'a', strength: '0.4' }, { image: SQUARE })).toEqual([
      'image: only used when mode is image-to-image',
      'strength: only used when mode is image-to-image',
    ]);
    expect(errorsOf('generate/sd3', { prompt: 'a', mode: 'i2i' }, { image: SQUARE })).toEqual([
      "mode: invalid enum value. Expected 'text-to-image' | 'image-to-image', received 'i2i'",
    ]);
  });
  it('wants one outpaint direction above 0 and caps the result at 16 MP', () => {
    expect(errorsOf('edit/outpaint', { left: '0', right: '0' }, { image: SQUARE })).toEqual([
      'left: at least one of left, right, up, down must be greater than 0',
    ]);
    expect(errorsOf('edit/outpaint', { left: 'x' }, { image: SQUARE })).toEqual([
      "left: must be a number, received 'x'",
    ]);
    expect(
      errorsOf('edit/outpaint', { left: '2000', right: '2000', up: '2000', down: '2000' }, { image: SQUARE }),
    ).toEqual([
      'image: with these extensions the result would be 5024×5024 (25,240,576 pixels); at most 16,777,216',
    ]);
  });
});

describe('validateV2beta: the order of problems and all of them at once', () => {
  it('lists required, then enums, then ranges, then images, then rules between fields', () => {
    expect(
      errorsOf(
        'generate/sd3',
        { seed: '-4', output_format: 'bmp', mode: 'image-to-image', cfg_scale: '11', model: 'x' },
        { image: { width: 32, height: 64 } },
      ),
    ).toEqual([
      'prompt: required',
      "model: invalid enum value. Expected 'sd3.5-large' | 'sd3.5-large-turbo' | 'sd3.5-medium' | 'sd3.5-flash', received 'x'",
      "output_format: invalid enum value. Expected 'png' | 'jpeg' | 'webp', received 'bmp'",
      "seed: must be between 0 and 4294967294, received '-4'",
      "cfg_scale: must be between 1 and 10, received '11'",
      'image: width and height must each be at least 64 pixels, received 32×64',
      'strength: required when mode is image-to-image',
    ]);
  });
  it('declares every endpoint’s fields in the contract’s table order', () => {
    expect(Object.keys(V2BETA_FIELD_RULES['edit/inpaint'])).toEqual([
      'image',
      'prompt',
      'mask',
      'negative_prompt',
      'grow_mask',
      'seed',
      'output_format',
      'style_preset',
    ]);
  });
});

describe('validateV2beta: the resolved request', () => {
  it('fills the defaults and works out size and price', () => {
    expect(requestOf('generate/core', { prompt: 'a fox' })).toEqual({
      endpoint: 'generate/core',
      prompt: 'a fox',
      negativePrompt: '',
      aspectRatio: '1:1',
      seed: 0,
      outputFormat: 'png',
      mode: 'text-to-image',
      output: { width: 1536, height: 1536 },
      credits: 3,
    });
    const sd3 = requestOf('generate/sd3', { prompt: 'a', model: 'sd3-turbo', aspect_ratio: '9:16' });
    expect([sd3.model, sd3.cfgScale, sd3.credits, sd3.output]).toEqual([
      'sd3.5-large-turbo',
      1,
      4,
      { width: 768, height: 1344 },
    ]);
    expect(requestOf('generate/sd3', { prompt: 'a' })).toMatchObject({
      model: 'sd3.5-large',
      cfgScale: 4,
      credits: 6.5,
    });
  });
  it('resolves image-to-image for Ultra and sd3', () => {
    const image = { width: 1920, height: 1080 };
    expect(requestOf('generate/ultra', { prompt: 'a', strength: '0.3' }, { image })).toMatchObject({
      mode: 'image-to-image',
      strength: 0.3,
      output: { width: 1344, height: 768 },
      credits: 8,
    });
    expect(
      requestOf(
        'generate/sd3',
        { prompt: 'a', mode: 'image-to-image', strength: '0', model: 'sd3.5-flash' },
        { image },
      ),
    ).toMatchObject({ mode: 'image-to-image', strength: 0, credits: 2.5 });
  });
  it('resolves the edit and upscale options', () => {
    expect(
      requestOf('edit/inpaint', { prompt: 'a', style_preset: 'anime' }, { image: SQUARE }),
    ).toMatchObject({
      growMask: 5,
      stylePreset: 'anime',
      output: SQUARE,
      credits: 5,
    });
    expect(
      requestOf('edit/erase', { grow_mask: '0', output_format: 'webp' }, { image: SQUARE }),
    ).toMatchObject({
      growMask: 0,
      outputFormat: 'webp',
      credits: 5,
    });
    expect(requestOf('edit/outpaint', { right: '100' }, { image: SQUARE })).toMatchObject({
      outpaint: { left: 0, right: 100, up: 0, down: 0 },
      creativity: 0.5,
      output: { width: 1124, height: 1024 },
      credits: 4,
    });
    expect(
      requestOf('upscale/conservative', { prompt: 'a' }, { image: { width: 512, height: 512 } }),
    ).toMatchObject({
      creativity: 0.35,
      output: { width: 2048, height: 2048 },
      credits: 40,
    });
    expect(
      requestOf('upscale/fast', { output_format: 'jpeg' }, { image: { width: 100, height: 50 } }),
    ).toMatchObject({
      outputFormat: 'jpeg',
      output: { width: 400, height: 200 },
      credits: 2,
    });
  });
});
