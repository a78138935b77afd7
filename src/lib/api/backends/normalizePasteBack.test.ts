import { describe, expect, it } from 'vitest';
import type { GenerationRequest } from '../backend/GenerationRequest';
import { v1Info } from './v1/info';
import { v1alphaInfo } from './v1alpha/info';
import { v2betaInfo } from './v2beta/info';

const pasteBack = {
  region: { x: 100, y: 50, width: 512, height: 512 },
  imageSize: { width: 6000, height: 4000 },
  original: new Blob(['picture']),
  mask: new Blob(['mask']),
  feather: 4,
  onlyMasked: true,
};

describe('normalize keeps the studio’s paste-back (X/Y grids normalize every cell)', () => {
  it.each([
    [v1alphaInfo, 'stable-diffusion-v1-5'],
    [v1Info, 'stable-diffusion-xl-1024-v1-0'],
    [v2betaInfo, v2betaInfo.capabilities.defaultEngineId],
  ] as const)('%#: an inpaint request keeps it, untouched', (backend, engineId) => {
    const request: GenerationRequest = {
      backend: backend.id,
      mode: 'masking',
      engineId,
      params: { prompts: [{ text: 'a fox', weight: 1 }] },
      initImage: new Blob(['crop']),
      maskImage: new Blob(['crop mask']),
      initImageSize: { width: 512, height: 512 },
      pasteBack,
    };
    expect(backend.normalize(request).pasteBack).toBe(pasteBack);
    expect(backend.normalize({ ...request, pasteBack: undefined }).pasteBack).toBeUndefined();
  });
});
