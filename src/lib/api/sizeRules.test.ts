import { describe, expect, it } from 'vitest';
import { checkSize, ENGINE_CATALOGUE, sizeRuleFor, validSizes } from './sizeRules.ts';

describe('checkSize', () => {
  it('accepts 512×512 on every 512-class engine', () => {
    for (const id of ['stable-diffusion-v1-5', 'stable-diffusion-512-v2-1', 'stable-inpainting-512-v2-0']) {
      expect(checkSize(id, 512, 512)).toBeNull();
    }
  });

  it('refuses sides that are not multiples of 64 with invalid_height_or_width', () => {
    expect(checkSize('stable-diffusion-v1-5', 500, 512)?.code).toBe('invalid_height_or_width');
    expect(checkSize('stable-diffusion-v1-5', 512, 520)?.code).toBe('invalid_height_or_width');
    expect(checkSize('stable-diffusion-v1-5', 512.5, 512)?.code).toBe('invalid_height_or_width');
  });

  it('refuses a side under 128 with invalid_height_or_width even when the area fits', () => {
    expect(checkSize('stable-diffusion-v1-5', 64, 4096)?.code).toBe('invalid_height_or_width');
  });

  it('applies the area bounds with invalid_pixel_count', () => {
    expect(checkSize('stable-diffusion-v1-5', 448, 512)?.code).toBe('invalid_pixel_count'); // 229,376 < 262,144
    expect(checkSize('stable-diffusion-v1-5', 1024, 1024)).toBeNull(); // exactly the max
    expect(checkSize('stable-diffusion-v1-5', 1024, 1088)?.code).toBe('invalid_pixel_count');
    expect(checkSize('stable-diffusion-v1-5', 128, 2048)).toBeNull(); // 262,144
  });

  it('raises the minimum area for the 768 engine', () => {
    expect(checkSize('stable-diffusion-768-v2-1', 512, 512)?.code).toBe('invalid_pixel_count');
    expect(checkSize('stable-diffusion-768-v2-1', 768, 768)).toBeNull();
  });

  it('accepts only the listed sizes on XL', () => {
    expect(checkSize('stable-diffusion-xl-1024-v1-0', 1024, 1024)).toBeNull();
    expect(checkSize('stable-diffusion-xl-1024-v1-0', 640, 1536)).toBeNull();
    expect(checkSize('stable-diffusion-xl-1024-v1-0', 512, 512)?.code).toBe('invalid_pixel_count');
    expect(checkSize('stable-diffusion-xl-1024-v1-0', 1000, 1000)?.code).toBe('invalid_height_or_width');
  });

  it('checks unknown engines with the generic 512-class rule', () => {
    expect(sizeRuleFor('some-future-engine')).toEqual(sizeRuleFor('stable-diffusion-v1-5'));
    expect(checkSize('some-future-engine', 512, 512)).toBeNull();
  });

  it('says the numbers it refused', () => {
    expect(checkSize('stable-diffusion-v1-5', 500, 512)?.message).toContain('500×512');
  });
});

describe('validSizes', () => {
  it('lists only sizes checkSize accepts, for every engine', () => {
    for (const engine of ENGINE_CATALOGUE) {
      const sizes = validSizes(engine.id);
      expect(sizes.length).toBeGreaterThan(0);
      for (const [w, h] of sizes) expect(checkSize(engine.id, w, h)).toBeNull();
    }
  });

  it('includes the extremes of the 512 rule', () => {
    const sizes = validSizes('stable-diffusion-v1-5').map(([w, h]) => `${w}x${h}`);
    expect(sizes).toContain('512x512');
    expect(sizes).toContain('128x2048');
    expect(sizes).toContain('1024x1024');
    expect(sizes).not.toContain('448x512');
  });

  it('is exactly the nine XL sizes', () => {
    expect(validSizes('stable-diffusion-xl-1024-v1-0')).toHaveLength(9);
  });
});
