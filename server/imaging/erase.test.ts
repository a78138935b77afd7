import { describe, expect, it } from 'vitest';
import { erase } from './erase.ts';
import { inpaint } from './inpaint.ts';
import { outpaint } from './outpaint.ts';
import { renderTextToImage } from './renderTextToImage.ts';
import type { Rgba } from './rgba.ts';
import { channelMeans, paint, pixel, solid } from './testSupport.ts';

/** Strength 1 in the rectangle [x0, x1) × [y0, y1). */
function hole(width: number, height: number, x0: number, x1: number, y0: number, y1: number): Float32Array {
  const s = new Float32Array(width * height);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) s[y * width + x] = 1;
  return s;
}

/** Standard deviation of the red channel over a region. */
function spread(img: Rgba, where: (x: number, y: number) => boolean): number {
  const values: number[] = [];
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) if (where(x, y)) values.push(img.data[(y * img.width + x) * 4]!);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

const generate = (width: number, height: number, text: string): Rgba =>
  renderTextToImage({
    prompts: [{ text, weight: 1 }],
    width,
    height,
    seed: 5,
    steps: 50,
    cfgScale: 7,
    sampler: undefined,
    clipGuidancePreset: 'NONE',
  });

describe('erase (v2beta edit/erase)', () => {
  // Red on the left, blue on the right, and a white square across the seam to be erased.
  const init = paint(96, 64, (x, y) =>
    x >= 32 && x < 64 && y >= 16 && y < 48
      ? [255, 255, 255, 255]
      : x < 48
        ? [200, 30, 30, 255]
        : [30, 30, 200, 255],
  );
  const mask = hole(96, 64, 30, 66, 14, 50);

  it('removes the masked object with the colours around it and keeps everything else exactly', () => {
    const out = erase(init, mask, 1);
    for (let y = 0; y < 64; y++)
      for (let x = 0; x < 96; x++)
        if (mask[y * 96 + x] === 0) expect(pixel(out, x, y)).toEqual(pixel(init, x, y));
    const inHole = (x: number, y: number): boolean => mask[y * 96 + x] === 1;
    // Nothing white is left: the hole takes red on its left, blue on its right, opaque.
    const left = channelMeans(out, (x, y) => inHole(x, y) && x < 40);
    const right = channelMeans(out, (x, y) => inHole(x, y) && x >= 56);
    expect(left[0]! - left[2]!).toBeGreaterThan(80);
    expect(right[2]! - right[0]!).toBeGreaterThan(80);
    expect(channelMeans(out, inHole)[1]).toBeLessThan(60);
    expect(channelMeans(out, inHole)[3]).toBe(255);
  });
  it('adds only a faint seeded grain: seeds differ by a few levels, the same seed repeats', () => {
    const a = erase(init, mask, 1);
    const b = erase(init, mask, 2);
    expect(Array.from(erase(init, mask, 1).data)).toEqual(Array.from(a.data));
    let differ = 0;
    let most = 0;
    for (let i = 0; i < a.data.length; i++) {
      const d = Math.abs(a.data[i]! - b.data[i]!);
      if (d > 0) differ++;
      most = Math.max(most, d);
    }
    expect(differ).toBeGreaterThan(500);
    expect(most).toBeLessThanOrEqual(4);
  });
  it('fills a fully erased picture with mid-grey and leaves an unmasked one alone', () => {
    const all = erase(init, new Float32Array(96 * 64).fill(1), 3);
    expect(pixel(all, 10, 10)).toEqual([128, 128, 128, 255]);
    expect(Array.from(erase(init, new Float32Array(96 * 64), 3).data)).toEqual(Array.from(init.data));
  });
});

describe('outpaint (v2beta edit/outpaint)', () => {
  const init = paint(40, 30, (x) => (x < 20 ? [220, 40, 40, 255] : [40, 40, 220, 255]));
  const e = { left: 10, right: 30, up: 5, down: 0 };

  it('places the picture at (left, up) exactly and continues its edges into the new border', () => {
    const out = outpaint(init, e, generate(80, 35, 'a grey stone wall'), 9, 0.5);
    expect([out.width, out.height]).toEqual([80, 35]);
    for (let y = 0; y < 30; y++)
      for (let x = 0; x < 40; x++) expect(pixel(out, x + 10, y + 5)).toEqual(pixel(init, x, y));
    // Right of the blue half it stays blue; left of the red half, red; everything new is opaque.
    const right = channelMeans(out, (x, y) => x >= 50 && x < 56 && y >= 5);
    const left = channelMeans(out, (x, y) => x < 10 && y >= 5);
    expect(right[2]! - right[0]!).toBeGreaterThan(100);
    expect(left[0]! - left[2]!).toBeGreaterThan(100);
    expect(channelMeans(out, (x, y) => x < 10 || y < 5 || x >= 50)[3]).toBe(255);
  });
  it('lays more generated texture into the new area as creativity rises', () => {
    const wide = paint(64, 64, () => [120, 120, 120, 255]);
    const ext = { left: 0, right: 96, up: 0, down: 0 };
    const generated = generate(160, 64, 'a colourful abstract pattern');
    const far = (x: number): boolean => x >= 120;
    const none = spread(outpaint(wide, ext, generated, 4, 0), far);
    const some = spread(outpaint(wide, ext, generated, 4, 0.5), far);
    const lots = spread(outpaint(wide, ext, generated, 4, 1), far);
    expect(none).toBeLessThan(1);
    expect(some).toBeGreaterThan(none + 2);
    expect(lots).toBeGreaterThan(some * 1.5);
    // creativity 0.5 is exactly what inpainting lays into a hole.
    const canvas = new Uint8Array(160 * 64 * 4);
    for (let y = 0; y < 64; y++) canvas.set(wide.data.subarray(y * 256, (y + 1) * 256), y * 160 * 4);
    const strength = new Float32Array(160 * 64).fill(1);
    for (let y = 0; y < 64; y++) strength.fill(0, y * 160, y * 160 + 64);
    const viaInpaint = inpaint({ width: 160, height: 64, data: canvas }, strength, generated, 4);
    expect(Array.from(outpaint(wide, ext, generated, 4, 0.5).data)).toEqual(Array.from(viaInpaint.data));
  });
  it('refuses a generated picture of the wrong size', () => {
    expect(() => outpaint(init, e, solid(40, 30, [0, 0, 0, 255]), 1, 0.5)).toThrow(RangeError);
  });
});
