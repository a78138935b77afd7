import { describe, expect, it } from 'vitest';
import { STYLE_PRESETS } from '../../src/lib/api/index.ts';
import { renderTextToImage, type TextToImageParams } from './renderTextToImage.ts';
import { applyStylePreset, STYLED_PRESETS } from './stylePreset.ts';
import { blockDifference, channelMeans, fractionDifferent, pixel } from './testSupport.ts';
import type { Rgba } from './rgba.ts';

const base: TextToImageParams = {
  prompts: [{ text: 'a red fox in a green forest under a blue sky', weight: 1 }],
  width: 192,
  height: 128,
  seed: 7,
  steps: 30,
  cfgScale: 7,
  sampler: undefined,
  clipGuidancePreset: 'NONE',
};
const plain = renderTextToImage(base);
const styled = new Map(STYLE_PRESETS.map((p) => [p, renderTextToImage({ ...base, stylePreset: p })]));
const get = (p: string): Rgba => styled.get(p as (typeof STYLE_PRESETS)[number])!;
const luma = (img: Rgba): number => {
  const [r, g, b] = channelMeans(img);
  return 0.299 * r! + 0.587 * g! + 0.114 * b!;
};

describe('style presets', () => {
  it('has a treatment for exactly the 17 v1 presets', () => {
    expect([...STYLED_PRESETS].sort()).toEqual([...STYLE_PRESETS].sort());
  });
  it('changes the picture visibly for every preset, and no two presets alike', () => {
    for (const p of STYLE_PRESETS) {
      expect(fractionDifferent(plain, get(p), 12), p).toBeGreaterThan(0.25);
    }
    for (const a of STYLE_PRESETS) {
      for (const b of STYLE_PRESETS) {
        if (a < b) expect(fractionDifferent(get(a), get(b), 12), `${a} vs ${b}`).toBeGreaterThan(0.05);
      }
    }
  });
  it('is deterministic: the same request gives the same pixels', () => {
    for (const p of STYLE_PRESETS) {
      expect(
        Buffer.from(renderTextToImage({ ...base, stylePreset: p }).data).equals(Buffer.from(get(p).data)),
        p,
      ).toBe(true);
    }
  });
  it('keeps the composition: a styled picture still resembles its unstyled one at a coarse scale', () => {
    for (const p of ['enhance', 'photographic', 'digital-art'] as const) {
      expect(blockDifference(plain, get(p), 16), p).toBeLessThan(40);
    }
  });
  it('pixel-art paints flat blocks; tile-texture wraps seamlessly; cinematic has black bars', () => {
    const px = get('pixel-art');
    for (const [x, y] of [
      [0, 0],
      [40, 20],
      [100, 60],
    ] as const) {
      const cell = pixel(px, x, y);
      for (let dy = 0; dy < 4; dy++)
        for (let dx = 0; dx < 4; dx++) expect(pixel(px, x + dx, y + dy)).toEqual(cell);
    }
    const tile = get('tile-texture');
    for (let y = 0; y < tile.height; y += 7)
      expect(pixel(tile, 0, y)).toEqual(pixel(tile, tile.width - 1, y));
    for (let x = 0; x < tile.width; x += 7)
      expect(pixel(tile, x, 0)).toEqual(pixel(tile, x, tile.height - 1));
    const cine = get('cinematic');
    expect(pixel(cine, 50, 2)).toEqual([0, 0, 0, 255]);
    expect(pixel(cine, 50, cine.height - 3)).toEqual([0, 0, 0, 255]);
  });
  it('line-art is ink on white paper; neon-punk is dark and saturated; analog-film lifts the blacks', () => {
    expect(luma(get('line-art'))).toBeGreaterThan(200);
    expect(luma(get('neon-punk'))).toBeLessThan(luma(plain));
    const darkest = (img: Rgba): number => {
      let m = 255;
      for (let i = 0; i < img.data.length; i += 4)
        m = Math.min(m, img.data[i]!, img.data[i + 1]!, img.data[i + 2]!);
      return m;
    };
    // Vignette darkens the corners, so compare the centre.
    const centre = (img: Rgba): Rgba => {
      const w = 64;
      const data = new Uint8Array(w * w * 4);
      for (let y = 0; y < w; y++)
        data.set(
          img.data.subarray(((y + 32) * img.width + 64) * 4, ((y + 32) * img.width + 64 + w) * 4),
          y * w * 4,
        );
      return { width: w, height: w, data };
    };
    expect(darkest(centre(get('analog-film')))).toBeGreaterThanOrEqual(darkest(centre(plain)));
  });
  it('leaves a picture untouched without a preset and refuses an unknown one', () => {
    expect(applyStylePreset(plain, undefined, 1)).toBe(plain);
    expect(() => applyStylePreset(plain, 'watercolour', 1)).toThrow(RangeError);
  });
});
