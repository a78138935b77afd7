import { describe, expect, it } from 'vitest';
import { checkImageSize, V2BETA_IMAGE_RULES } from './imageRules.ts';
import {
  conservativeUpscaleSize,
  fastUpscaleSize,
  imageToImageSize,
  V2BETA_TEXT_TO_IMAGE_SIZES,
  v2betaOutputSize,
} from './outputSize.ts';
import { V2BETA_ASPECT_RATIOS } from './vocabulary.ts';

const sizes = (endpoint: keyof typeof V2BETA_TEXT_TO_IMAGE_SIZES) =>
  V2BETA_ASPECT_RATIOS.map((r) => {
    const s = V2BETA_TEXT_TO_IMAGE_SIZES[endpoint][r];
    return `${r} ${s.width}×${s.height}`;
  });

describe('v2beta output sizes (§7)', () => {
  it('gives Ultra and sd3 the 1 MP ladder, with the observed 1:1 and 16:9', () => {
    const ladder = [
      '21:9 1536×640',
      '16:9 1344×768',
      '3:2 1216×832',
      '5:4 1152×896',
      '1:1 1024×1024',
      '4:5 896×1152',
      '2:3 832×1216',
      '9:16 768×1344',
      '9:21 640×1536',
    ];
    expect(sizes('generate/ultra')).toEqual(ladder);
    expect(sizes('generate/sd3')).toEqual(ladder);
    expect(V2BETA_TEXT_TO_IMAGE_SIZES['generate/sd3']['16:9'].source).toBe('observed');
    expect(V2BETA_TEXT_TO_IMAGE_SIZES['generate/ultra']['3:2'].source).toBe('stand-in');
  });
  it('gives Core 1536×1536 at 1:1 (observed) and 1.5× the ladder elsewhere (stand-in)', () => {
    expect(sizes('generate/core')).toEqual([
      '21:9 2304×960',
      '16:9 2016×1152',
      '3:2 1824×1248',
      '5:4 1728×1344',
      '1:1 1536×1536',
      '4:5 1344×1728',
      '2:3 1248×1824',
      '9:16 1152×2016',
      '9:21 960×2304',
    ]);
    expect(V2BETA_TEXT_TO_IMAGE_SIZES['generate/core']['1:1'].source).toBe('observed');
    expect(V2BETA_TEXT_TO_IMAGE_SIZES['generate/core']['16:9'].source).toBe('stand-in');
  });
  it('keeps every ladder entry within ~1 MP (±15 %) and a multiple of 64', () => {
    for (const r of V2BETA_ASPECT_RATIOS) {
      const { width, height } = V2BETA_TEXT_TO_IMAGE_SIZES['generate/sd3'][r];
      expect(width % 64 === 0 && height % 64 === 0).toBe(true);
      expect(Math.abs((width * height) / 1_048_576 - 1)).toBeLessThan(0.15);
    }
  });
  it('picks the ladder entry nearest the input aspect for image-to-image', () => {
    expect(imageToImageSize({ width: 1536, height: 1536 })).toEqual({ width: 1024, height: 1024 });
    expect(imageToImageSize({ width: 1920, height: 1080 })).toEqual({ width: 1344, height: 768 });
    expect(imageToImageSize({ width: 300, height: 1000 })).toEqual({ width: 640, height: 1536 });
    expect(imageToImageSize({ width: 1100, height: 1000 })).toEqual({ width: 1024, height: 1024 });
    expect(imageToImageSize({ width: 1200, height: 1000 })).toEqual({ width: 1152, height: 896 });
  });
  it('sizes edits and upscales from the input', () => {
    const image = { width: 1536, height: 1536 };
    expect(v2betaOutputSize('edit/inpaint', { image })).toEqual(image);
    expect(v2betaOutputSize('edit/erase', { image })).toEqual(image);
    expect(
      v2betaOutputSize('edit/outpaint', { image, outpaint: { left: 256, right: 256, up: 0, down: 10 } }),
    ).toEqual({ width: 2048, height: 1546 });
    expect(v2betaOutputSize('upscale/fast', { image: { width: 512, height: 512 } })).toEqual({
      width: 2048,
      height: 2048,
    });
    expect(fastUpscaleSize({ width: 1024, height: 1024 })).toEqual({ width: 4096, height: 4096 });
    expect(fastUpscaleSize({ width: 1536, height: 1536 })).toEqual({ width: 4096, height: 4096 });
    expect(conservativeUpscaleSize({ width: 512, height: 512 })).toEqual({ width: 2048, height: 2048 });
    expect(conservativeUpscaleSize({ width: 1000, height: 500 })).toEqual({ width: 2896, height: 1448 });
    expect(conservativeUpscaleSize({ width: 3000, height: 3000 })).toEqual({ width: 3000, height: 3000 });
    expect(v2betaOutputSize('edit/inpaint', {})).toBeNull();
    expect(v2betaOutputSize('generate/core', { image, aspectRatio: '16:9' })).toEqual({
      width: 2016,
      height: 1152,
    });
    expect(v2betaOutputSize('generate/ultra', { image })).toEqual({ width: 1024, height: 1024 });
    expect(v2betaOutputSize('generate/ultra', {})).toEqual({ width: 1024, height: 1024 });
  });
});

describe('v2beta input image rules (§2.4)', () => {
  const rule = (e: keyof typeof V2BETA_IMAGE_RULES) => V2BETA_IMAGE_RULES[e].image!;
  it('accepts sizes at every limit', () => {
    expect(checkImageSize('image', { width: 64, height: 64 }, rule('edit/inpaint'))).toEqual([]);
    expect(checkImageSize('image', { width: 3072, height: 3072 }, rule('edit/inpaint'))).toEqual([]);
    expect(checkImageSize('image', { width: 160, height: 64 }, rule('edit/outpaint'))).toEqual([]);
    expect(checkImageSize('image', { width: 32, height: 32 }, rule('upscale/fast'))).toEqual([]);
    expect(checkImageSize('image', { width: 1024, height: 1024 }, rule('upscale/fast'))).toEqual([]);
    expect(checkImageSize('image', { width: 16384, height: 64 }, rule('generate/ultra'))).toEqual([]);
    expect(checkImageSize('image', { width: 64, height: 5000 }, rule('generate/sd3'))).toEqual([]);
  });
  it('names each limit crossed, one message each', () => {
    expect(checkImageSize('image', { width: 63, height: 64 }, rule('edit/erase'))).toEqual([
      'image: width and height must each be at least 64 pixels, received 63×64',
      'image: must have at least 4,096 pixels, received 63×64 (4,032)',
    ]);
    expect(
      checkImageSize('mask', { width: 3073, height: 3072 }, V2BETA_IMAGE_RULES['edit/inpaint'].mask!),
    ).toEqual(['mask: must have at most 9,437,184 pixels, received 3073×3072 (9,440,256)']);
    expect(checkImageSize('image', { width: 161, height: 64 }, rule('upscale/conservative'))).toEqual([
      'image: aspect ratio must be between 1:2.5 and 2.5:1, received 161×64',
    ]);
    expect(checkImageSize('image', { width: 1537, height: 31 }, rule('upscale/fast'))).toEqual([
      'image: width and height must each be between 32 and 1536 pixels, received 1537×31',
    ]);
    expect(checkImageSize('image', { width: 20, height: 40 }, rule('upscale/fast'))).toEqual([
      'image: width and height must each be between 32 and 1536 pixels, received 20×40',
      'image: must have at least 1,024 pixels, received 20×40 (800)',
    ]);
    expect(checkImageSize('image', { width: 1025, height: 1024 }, rule('upscale/fast'))).toEqual([
      'image: must have at most 1,048,576 pixels, received 1025×1024 (1,049,600)',
    ]);
    expect(checkImageSize('image', { width: 16385, height: 64 }, rule('generate/ultra'))).toEqual([
      'image: width and height must each be between 64 and 16384 pixels, received 16385×64',
    ]);
    expect(V2BETA_IMAGE_RULES['generate/core']).toEqual({});
  });
});
