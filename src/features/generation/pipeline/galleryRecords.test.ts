import { describe, expect, it } from 'vitest';
import type { GenerationRequest } from '../../../lib/api/studio';
import { newResultsOf } from './galleryRecords';

const crop = new Blob(['crop']);
const cropMask = new Blob(['crop mask']);
const whole = new Blob(['whole picture']);
const wholeMask = new Blob(['whole mask']);
const request: GenerationRequest = {
  backend: 'v1',
  mode: 'masking',
  engineId: 'stable-diffusion-xl-1024-v1-0',
  params: { prompts: [{ text: 'a fox', weight: 1 }], seed: 0 },
  initImage: crop,
  maskImage: cropMask,
  initImageSize: { width: 1024, height: 1024 },
};
const image = { png: new Blob(['answer']), seed: 42, finishReason: 'SUCCESS' as const };

describe('newResultsOf', () => {
  it('"Only masked": keeps the whole picture and mask, the region and the feather with the answer', () => {
    const region = { x: 2488, y: 1488, width: 1024, height: 1024 };
    const pasteBack = {
      region,
      imageSize: { width: 6000, height: 4000 },
      original: whole,
      mask: wholeMask,
      feather: 8,
      onlyMasked: true,
    };
    const [result] = newResultsOf({ ...request, pasteBack }, [image], {}, 1);
    expect(result?.png).toBe(image.png);
    expect(result?.initImage).toBe(whole);
    expect(result?.maskImage).toBe(wholeMask);
    expect(result?.recipe.pasteBack).toEqual({ region, feather: 8, onlyMasked: true });
    expect(result?.recipe.params.seed).toBe(42);
  });

  it('without a paste-back: the request’s own images, no paste-back in the recipe', () => {
    const [result] = newResultsOf(request, [image], {}, 1);
    expect(result?.initImage).toBe(crop);
    expect(result?.maskImage).toBe(cropMask);
    expect(result?.recipe.pasteBack).toBeUndefined();
  });
});
