import { describe, expect, it } from 'vitest';
import { PasteBackSession } from './PasteBackSession';
import { SEAM_RGB, tintChannel } from './renderPreview';
import { noisePicture, pixelAt } from './testSupport';
import type { GreyImage, RgbaImage } from './types';

describe('PasteBackSession — seam and preview', () => {
  const original = noisePicture(120, 100, 3);
  const mask: GreyImage = { width: 120, height: 100, data: new Uint8Array(120 * 100) };
  for (let y = 40; y < 60; y++) mask.data.fill(255, y * 120 + 50, y * 120 + 70);
  const region = { x: 30, y: 20, width: 60, height: 60 };
  const session = new PasteBackSession({ original, mask, region, answer: noisePicture(60, 60, 4) });

  it('feather 0: the seam is the mask’s own one-pixel rim', () => {
    const { rect, seam } = session.seam(0);
    expect(rect).toEqual({ x: 50, y: 40, width: 20, height: 20 });
    const on = [...seam.data].filter(Boolean).length;
    expect(on).toBe(20 * 4 - 4);
    expect(seam.data[0]).toBe(255);
    expect(seam.data[5 * 20 + 5]).toBe(0);
  });

  it('feather 6: the seam is the band of partial blend', () => {
    const { alpha } = session.alpha(6);
    const { seam } = session.seam(6);
    for (let i = 0; i < alpha.data.length; i++) {
      const a = alpha.data[i]!;
      expect(seam.data[i]).toBe(a > 0 && a < 255 ? 255 : 0);
    }
  });

  it('a preview at 1:1 is the composite; with the seam shown only seam pixels change', () => {
    const view = { x: 10, y: 5, width: 100, height: 90 };
    const kept = session.composite(6);
    const plain = session.preview({ view, width: 100, height: 90, feather: 6 });
    for (let y = 0; y < 90; y++)
      for (let x = 0; x < 100; x++) {
        const o = (y * 100 + x) * 4;
        expect([...plain.subarray(o, o + 4)]).toEqual(pixelAt(kept, x + 10, y + 5));
      }
    const tinted = session.preview({ view, width: 100, height: 90, feather: 6, showSeam: true });
    const { rect, seam } = session.seam(6);
    const problems: string[] = [];
    let seamPixels = 0;
    for (let y = 0; y < 90; y++)
      for (let x = 0; x < 100; x++) {
        const o = (y * 100 + x) * 4;
        const sx = x + 10 - rect.x;
        const sy = y + 5 - rect.y;
        const onSeam =
          sx >= 0 &&
          sy >= 0 &&
          sx < rect.width &&
          sy < rect.height &&
          seam.data[sy * rect.width + sx] === 255;
        const want = onSeam
          ? [...SEAM_RGB.map((t, c) => tintChannel(plain[o + c]!, t)), 255]
          : [...plain.subarray(o, o + 4)];
        if ([...tinted.subarray(o, o + 4)].join() !== want.join()) problems.push(`${x}, ${y}`);
        if (onSeam) seamPixels++;
      }
    expect(problems).toEqual([]);
    expect(seamPixels).toBeGreaterThan(100);
  });

  it('a zoomed-out preview shows the original away from the mask and the blend on it', () => {
    const big = noisePicture(2000, 1600, 5);
    const m: GreyImage = { width: 2000, height: 1600, data: new Uint8Array(2000 * 1600) };
    for (let y = 600; y < 1000; y++) m.data.fill(255, y * 2000 + 800, y * 2000 + 1200);
    const answer: RgbaImage = {
      width: 600,
      height: 600,
      data: new Uint8ClampedArray(600 * 600 * 4).fill(255),
    };
    const s = new PasteBackSession({
      original: big,
      mask: m,
      region: { x: 700, y: 500, width: 600, height: 600 },
      answer,
    });
    const out = s.preview({
      view: { x: 0, y: 0, width: 2000, height: 1600 },
      width: 250,
      height: 200,
      feather: 24,
    });
    // Screen pixel (x, y) shows picture pixel (8x + 4, 8y + 4).
    expect([...out.subarray(0, 4)]).toEqual(pixelAt(big, 4, 4));
    const centre = (100 * 250 + 125) * 4;
    expect([...out.subarray(centre, centre + 4)]).toEqual([255, 255, 255, 255]);
    const far = (20 * 250 + 200) * 4;
    expect([...out.subarray(far, far + 4)]).toEqual(pixelAt(big, 1604, 164));
    // Outside the picture: transparent.
    const beyond = s.preview({
      view: { x: 1900, y: 0, width: 200, height: 100 },
      width: 20,
      height: 10,
      feather: 0,
    });
    expect([...beyond.subarray((0 * 20 + 15) * 4, (0 * 20 + 15) * 4 + 4)]).toEqual([0, 0, 0, 0]);
  });
});
