import { describe, expect, it } from 'vitest';
import type { GenerationParams, GenerationRequest } from '../../backend/GenerationRequest.ts';
import { v2betaBackend as backend } from './runtime.ts';

const params: GenerationParams = {
  prompts: [{ text: 'a lighthouse', weight: 1 }],
  aspectRatio: '1:1',
  samples: 1,
  seed: 0,
  imageStrength: 0.35,
  maskSource: 'MASK_IMAGE_WHITE',
  growMask: 5,
};
const mask = new Blob(['m']);
const image = (width = 512, height = 512, bytes = 1) => ({
  initImage: new Blob([new Uint8Array(bytes)]),
  initImageSize: { width, height },
});
const issues = (patch: Partial<GenerationRequest>, p: Partial<GenerationParams> = {}) =>
  backend.validate(
    backend.normalize({
      backend: 'v2beta',
      mode: 'text-to-image',
      engineId: 'core',
      params: { ...params, ...p },
      ...patch,
    }),
  );

describe('v2beta backend: validation before sending (the contract’s rules, in the panel’s terms)', () => {
  it('passes what the panel sends by default in every mode', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ engineId: 'sd3.5-flash', mode: 'image-to-image', ...image() })).toEqual([]);
    expect(issues({ mode: 'masking', ...image(), maskImage: mask })).toEqual([]);
    expect(issues({ mode: 'erase', ...image(), maskImage: mask })).toEqual([]);
    expect(issues({ mode: 'upscale', engineId: 'upscale-fast', ...image() })).toEqual([]);
  });

  it('names the engine for a model that is none, or cannot take an image', () => {
    expect(issues({ engineId: 'stable-diffusion-v1-5' })).toEqual([
      {
        field: 'engineId',
        code: 'bad_request',
        message: '“stable-diffusion-v1-5” is not a Stable Image model: choose one from the list',
      },
    ]);
    expect(issues({ mode: 'image-to-image', ...image() })).toEqual([
      {
        field: 'engineId',
        code: 'bad_request',
        message:
          'Stable Image Core makes pictures from text only: for image to image choose Stable Image Ultra or an SD 3.5 model',
      },
    ]);
  });

  it('checks the init image by §2.4 with a code that offers crop/resize, and the 10 MiB body', () => {
    expect(issues({ mode: 'masking', ...image(4000, 3000), maskImage: mask })).toEqual([
      {
        field: 'initImage',
        code: 'invalid_pixel_count',
        message: 'must have at most 9,437,184 pixels, received 4000×3000 (12,000,000)',
      },
    ]);
    expect(issues({ engineId: 'sd3.5-large', mode: 'image-to-image', ...image(48, 600) })).toEqual([
      {
        field: 'initImage',
        code: 'invalid_pixel_count',
        message: 'width and height must each be at least 64 pixels, received 48×600',
      },
    ]);
    expect(issues({ mode: 'upscale', engineId: 'upscale-fast', ...image(1536, 1536) })).toMatchObject([
      { field: 'initImage', message: 'must have at most 1,048,576 pixels, received 1536×1536 (2,359,296)' },
    ]);
    const big = issues({ mode: 'masking', ...image(512, 512, 11 * 1024 * 1024), maskImage: mask });
    expect(big).toEqual([
      {
        field: 'initImage',
        code: 'invalid_file_size',
        message:
          'The images come to 11.0 MiB, over the 10 MiB a request may carry: crop or resize the init image',
      },
    ]);
  });

  it('says prompts in rows: an empty row, a weight that is no number, no positive prompt at all', () => {
    expect(issues({}, { prompts: [{ text: '', weight: 1 }] })).toEqual([
      { field: 'prompts.0.text', code: 'bad_request', message: 'text must have 1–10000 characters' },
    ]);
    expect(issues({}, { prompts: [{ text: 'fox', weight: NaN }] })).toContainEqual({
      field: 'prompts.0.weight',
      code: 'bad_request',
      message: 'weight must be a number',
    });
    expect(issues({}, { prompts: [{ text: 'blurry', weight: -1 }] })).toEqual([
      {
        field: 'prompts',
        code: 'bad_request',
        message: 'Write a prompt with a weight of 0 or more: this endpoint needs one',
      },
    ]);
    // Erase takes no prompt: an empty row is no problem there.
    expect(
      issues({ mode: 'erase', ...image(), maskImage: mask }, { prompts: [{ text: '', weight: 1 }] }),
    ).toEqual([]);
  });

  it('names each option out of range as the panel labels it', () => {
    expect(issues({}, { samples: 11 })).toEqual([
      { field: 'samples', code: 'bad_request', message: 'Samples must be a whole number from 1 to 10' },
    ]);
    expect(issues({}, { aspectRatio: '7:3', seed: 4_294_967_295 })).toEqual([
      {
        field: 'aspectRatio',
        code: 'bad_request',
        message:
          "Aspect ratio: invalid enum value. Expected '21:9' | '16:9' | '3:2' | '5:4' | '1:1' | '4:5' | '2:3' | '9:16' | '9:21', received '7:3'",
      },
      {
        field: 'seed',
        code: 'bad_request',
        message: "Seed must be between 0 and 4294967294, received '4294967295'",
      },
    ]);
    expect(issues({ engineId: 'sd3.5-large' }, { cfgScale: 12 })).toEqual([
      {
        field: 'cfgScale',
        code: 'bad_request',
        message: "CFG scale must be between 1 and 10, received '12'",
      },
    ]);
    expect(issues({ mode: 'erase', ...image(), maskImage: mask }, { growMask: 30 })).toEqual([
      {
        field: 'growMask',
        code: 'bad_request',
        message: "Grow mask must be between 0 and 20, received '30'",
      },
    ]);
    expect(issues({ engineId: 'ultra', mode: 'image-to-image', ...image() }, { imageStrength: 1.5 })).toEqual(
      [{ field: 'imageStrength', code: 'bad_request', message: 'Image strength must be between 0 and 1' }],
    );
    expect(
      issues({ mode: 'masking', ...image(), maskImage: mask }, { maskSource: 'MASK_IMAGE_BLACK' }),
    ).toEqual([
      {
        field: 'maskSource',
        code: 'bad_request',
        message: 'Stable Image reads the mask as white = repaint, or the image’s own transparency',
      },
    ]);
  });
});
