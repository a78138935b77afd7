import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './codec.ts';
import { inpaint } from './inpaint.ts';
import { maskStrength } from './maskStrength.ts';
import { renderTextToImage } from './renderTextToImage.ts';
import type { Rgba } from './rgba.ts';
import { channelMeans, paint, pixel, solid } from './testSupport.ts';

const generate = (width: number, height: number, seed: number, text = 'a blue ocean at sunset'): Rgba =>
  renderTextToImage({
    prompts: [{ text, weight: 1 }],
    width,
    height,
    seed,
    steps: 50,
    cfgScale: 7,
    sampler: undefined,
    clipGuidancePreset: 'NONE',
  });

/** Strength 1 inside the circle (cx, cy, r), 0 outside. */
function disc(width: number, height: number, cx: number, cy: number, r: number, value = 1): Float32Array {
  const s = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if ((x - cx) ** 2 + (y - cy) ** 2 < r * r) s[y * width + x] = value;
  }
  return s;
}

function maxAbsDiff(a: number[], b: readonly number[]): number {
  return Math.max(...a.slice(0, 3).map((v, c) => Math.abs(v - b[c]!)));
}

describe('inpaint', () => {
  it('keeps every strength-0 pixel of the example exactly (all four bytes) and repaints the rest', async () => {
    const dir = new URL('../../tests/fixtures/stability-examples/', import.meta.url).pathname;
    const init = await decodeImage(new Uint8Array(readFileSync(dir + 'init_image.png')));
    const mask = await decodeImage(new Uint8Array(readFileSync(dir + 'mask_image_white.png')));
    const strength = maskStrength('MASK_IMAGE_WHITE', init, mask);
    const out = inpaint(init, strength, generate(512, 512, 7), 7);
    let kept = 0;
    let changed = 0;
    let holeDiff = 0;
    for (let p = 0; p < strength.length; p++) {
      const i = p * 4;
      if (strength[p] === 0) {
        for (let c = 0; c < 4; c++)
          if (out.data[i + c] !== init.data[i + c]) throw new Error(`pixel ${p} changed`);
        kept++;
      } else if (strength[p] === 1) {
        expect(out.data[i + 3]).toBe(255);
        holeDiff += Math.abs(out.data[i]! - init.data[i]!) + Math.abs(out.data[i + 2]! - init.data[i + 2]!);
        changed++;
      }
    }
    expect(kept).toBeGreaterThan(50_000);
    expect(changed).toBeGreaterThan(100_000);
    expect(holeDiff / changed).toBeGreaterThan(10);
  });

  it('continues a flat surrounding colour into the hole near its rim, and adds texture deeper in', () => {
    const flat: [number, number, number, number] = [200, 120, 40, 255];
    const init = solid(128, 128, flat);
    const strength = disc(128, 128, 64, 64, 40);
    const out = inpaint(init, strength, generate(128, 128, 3), 3);
    // Just inside the rim (1–3 px), the fill is the surrounding colour.
    for (const [x, y] of [
      [25, 64],
      [64, 26],
      [102, 64],
      [64, 102],
    ] as const) {
      expect(maxAbsDiff(pixel(out, x, y), flat)).toBeLessThanOrEqual(6);
    }
    // Deep inside, texture from the generated picture and the seed shows.
    let textured = 0;
    for (let y = 54; y < 74; y++)
      for (let x = 54; x < 74; x++) if (maxAbsDiff(pixel(out, x, y), flat) > 6) textured++;
    expect(textured).toBeGreaterThan(200);
  });

  it('carries each side’s colour into its side of the hole', () => {
    const init = paint(128, 64, (x) => (x < 64 ? [220, 30, 30, 255] : [30, 30, 220, 255]));
    const strength = new Float32Array(128 * 64);
    for (let y = 16; y < 48; y++) for (let x = 40; x < 88; x++) strength[y * 128 + x] = 1;
    const out = inpaint(init, strength, generate(128, 64, 9), 9);
    const [lr, , lb] = pixel(out, 42, 32);
    const [rr, , rb] = pixel(out, 85, 32);
    expect(lr! - lb!).toBeGreaterThan(120);
    expect(rb! - rr!).toBeGreaterThan(120);
  });

  it('differs visibly inside the hole for different seeds', () => {
    const init = solid(128, 128, [90, 140, 90, 255]);
    const strength = disc(128, 128, 64, 64, 45);
    const a = inpaint(init, strength, generate(128, 128, 1), 1);
    const b = inpaint(init, strength, generate(128, 128, 2), 2);
    // Even over the same generated picture, the seed's own texture differs.
    const c = inpaint(init, strength, generate(128, 128, 1), 2);
    let ab = 0;
    let ac = 0;
    let inside = 0;
    for (let p = 0; p < strength.length; p++) {
      if (strength[p] !== 1) continue;
      inside++;
      const i = p * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) > 6) ab++;
      if (Math.abs(a.data[i]! - c.data[i]!) + Math.abs(a.data[i + 1]! - c.data[i + 1]!) > 6) ac++;
    }
    expect(ab / inside).toBeGreaterThan(0.4);
    expect(ac / inside).toBeGreaterThan(0.2);
  });

  it('is deterministic', () => {
    const init = paint(96, 64, (x, y) => [x * 2, y * 3, 100, 255]);
    const strength = disc(96, 64, 40, 30, 20);
    const gen = generate(96, 64, 5);
    expect(Array.from(inpaint(init, strength, gen, 5).data)).toEqual(
      Array.from(inpaint(init, strength, gen, 5).data),
    );
  });

  it('blends linearly: a grey (128) mask gives init + 128/255 of the full repaint, ±1', () => {
    const init = paint(96, 96, (x, y) => [x * 2, 255 - y * 2, (x + y) % 256, 200]);
    const gen = generate(96, 96, 4);
    const full = inpaint(init, disc(96, 96, 48, 48, 30, 1), gen, 4);
    const grey = inpaint(init, disc(96, 96, 48, 48, 30, 128 / 255), gen, 4);
    for (let i = 0; i < init.data.length; i++) {
      const expected = init.data[i]! + (128 / 255) * (full.data[i]! - init.data[i]!);
      if (Math.abs(grey.data[i]! - expected) > 1)
        throw new Error(`byte ${i}: ${grey.data[i]} vs ${expected}`);
    }
    // Alpha moves towards 255 by the same share.
    const centre = (48 * 96 + 48) * 4 + 3;
    expect(full.data[centre]).toBe(255);
    expect(grey.data[centre]).toBe(Math.round(200 + (128 / 255) * 55));
  });

  it('returns init exactly when nothing is masked', () => {
    const init = paint(32, 32, (x, y) => [x, y, 7, x * 8]);
    const out = inpaint(init, new Float32Array(32 * 32), generate(32, 32, 1), 1);
    expect(Array.from(out.data)).toEqual(Array.from(init.data));
    expect(out.data).not.toBe(init.data);
  });

  it('falls back to the generated picture when everything is masked', () => {
    const init = solid(64, 64, [10, 20, 30, 0]);
    const gen = generate(64, 64, 8);
    const out = inpaint(init, new Float32Array(64 * 64).fill(1), gen, 8);
    expect(Array.from(out.data)).toEqual(Array.from(gen.data));
  });

  it('repaints transparent pixels (INIT_IMAGE_ALPHA) opaque, in the colours around them', () => {
    const init = paint(96, 96, (x, y) =>
      (x - 48) ** 2 + (y - 48) ** 2 < 30 ** 2 ? [0, 0, 0, 0] : [40, 160, 220, 255],
    );
    const out = inpaint(init, maskStrength('INIT_IMAGE_ALPHA', init, null), generate(96, 96, 2), 2);
    expect(channelMeans(out)[3]).toBe(255);
    expect(maxAbsDiff(pixel(out, 19, 48), [40, 160, 220])).toBeLessThanOrEqual(6);
    expect(maxAbsDiff(pixel(out, 48, 76), [40, 160, 220])).toBeLessThanOrEqual(6);
  });

  it('does not continue the hidden colour of fully transparent kept pixels into the hole', () => {
    const init = paint(96, 32, (x) => (x < 32 ? [0, 0, 0, 0] : [40, 200, 60, 255]));
    const strength = new Float32Array(96 * 32);
    for (let y = 0; y < 32; y++) for (let x = 32; x < 64; x++) strength[y * 96 + x] = 1;
    const out = inpaint(init, strength, generate(96, 32, 6), 6);
    expect(pixel(out, 10, 16)).toEqual([0, 0, 0, 0]);
    // Next to the transparent side the fill is still the opaque green (plus texture), not black.
    const [r, g] = channelMeans(out, (x) => x >= 32 && x < 40);
    expect(g!).toBeGreaterThan(130);
    expect(g! - r!).toBeGreaterThan(80);
    expect(pixel(out, 33, 16)[3]).toBe(255);
  });

  it('refuses mismatched inputs', () => {
    const init = solid(8, 8, [0, 0, 0, 255]);
    expect(() => inpaint(init, new Float32Array(10), init, 1)).toThrow(RangeError);
    expect(() => inpaint(init, new Float32Array(64), solid(8, 4, [0, 0, 0, 255]), 1)).toThrow(RangeError);
  });
});
