import { describe, expect, it } from 'vitest';
import { backendById, engineSizes, type EngineSizes } from '../../../lib/api/studio';

/** An engine's sizes as the app hands them to the canvas (v1alpha's rules). */
const sizesOf = (engineId: string): EngineSizes =>
  engineSizes(backendById('v1alpha'), engineId, 'image-to-image')!;
const checkSize = (engineId: string, w: number, h: number) => sizesOf(engineId).problem(w, h);
import { initialCropRect, moveCropRect, nearestCropSize, nearestResizeSize, noCropReason } from './fitSize';

describe('nearest valid sizes', () => {
  it('resize keeps the aspect closest, then the area closest', () => {
    expect(nearestResizeSize(sizesOf('stable-diffusion-v1-5'), { width: 2048, height: 2048 })).toEqual({
      width: 1024,
      height: 1024,
    });
    expect(nearestResizeSize(sizesOf('stable-diffusion-v1-5'), { width: 500, height: 500 })).toEqual({
      width: 512,
      height: 512,
    });
    expect(
      nearestResizeSize(sizesOf('stable-diffusion-xl-1024-v1-0'), { width: 1920, height: 1080 }),
    ).toEqual({
      width: 1344,
      height: 768,
    });
  });

  it('crop keeps original pixels: the largest valid size inside the image', () => {
    const c = nearestCropSize(sizesOf('stable-diffusion-v1-5'), { width: 1000, height: 700 });
    expect(c).not.toBeNull();
    expect(c!.width).toBeLessThanOrEqual(1000);
    expect(c!.height).toBeLessThanOrEqual(700);
    expect(c!.width * c!.height).toBe(960 * 640);
    expect(checkSize('stable-diffusion-v1-5', c!.width, c!.height)).toBeNull();
    expect(nearestCropSize(sizesOf('stable-diffusion-xl-1024-v1-0'), { width: 2048, height: 2048 })).toEqual({
      width: 1024,
      height: 1024,
    });
  });

  it('no crop when every valid size is wider or taller than the image: Crop never scales', () => {
    // 500×375 for a 512-class engine: 448×320 is the largest multiple-of-64 region, under the 262,144 px minimum.
    expect(nearestCropSize(sizesOf('stable-diffusion-v1-5'), { width: 500, height: 375 })).toBeNull();
    expect(nearestCropSize(sizesOf('stable-diffusion-xl-1024-v1-0'), { width: 300, height: 200 })).toBeNull();
    expect(nearestCropSize(sizesOf('stable-diffusion-v1-5'), { width: 512, height: 512 })).toEqual({
      width: 512,
      height: 512,
    });
  });

  it('says why Crop is unavailable, naming the engine, the image and what Resize would do', () => {
    const reason = noCropReason(sizesOf('stable-diffusion-v1-5'), { width: 500, height: 375 });
    expect(reason).toContain('stable-diffusion-v1-5');
    expect(reason).toContain('500×375');
    expect(reason).toContain(
      `Resize scales the whole image to ${Object.values(nearestResizeSize(sizesOf('stable-diffusion-v1-5'), { width: 500, height: 375 })!).join('×')}`,
    );
    expect(noCropReason(sizesOf('stable-diffusion-v1-5'), { width: 700, height: 700 })).toBeNull();
  });

  it('the crop rect starts centred and moves only within the image', () => {
    const r = initialCropRect({ width: 1000, height: 700 }, { width: 960, height: 640 });
    expect(r).toEqual({ x: 20, y: 30, width: 960, height: 640 });
    expect(moveCropRect(r, { width: 1000, height: 700 }, 500, -500)).toEqual({
      x: 40,
      y: 0,
      width: 960,
      height: 640,
    });
    // The region is the target's own size: what Crop cuts out is sent unscaled.
    expect(initialCropRect({ width: 700, height: 700 }, { width: 640, height: 640 })).toEqual({
      x: 30,
      y: 30,
      width: 640,
      height: 640,
    });
  });
});
