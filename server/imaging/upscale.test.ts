import { describe, expect, it } from 'vitest';
import { paint, pixel, solid } from './testSupport.ts';
import { upscaleImage } from './upscale.ts';

describe('upscaleImage', () => {
  it('gives the requested size, keeps a flat colour flat and is deterministic', async () => {
    const flat = await upscaleImage(solid(30, 20, [200, 40, 90, 255]), 60, 40);
    expect([flat.width, flat.height]).toEqual([60, 40]);
    for (const [x, y] of [
      [0, 0],
      [59, 39],
      [31, 17],
    ] as const)
      expect(pixel(flat, x, y)).toEqual([200, 40, 90, 255]);
    const ramp = paint(64, 64, (x, y) => [x * 4, y * 4, 128, 255]);
    const a = await upscaleImage(ramp, 128, 96);
    const b = await upscaleImage(ramp, 128, 96);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });
  it('resamples smoothly: a ramp stays a ramp, not nearest-neighbour steps', async () => {
    const ramp = paint(32, 8, (x) => [x * 8, 0, 0, 255]);
    const up = await upscaleImage(ramp, 64, 16);
    const row = Array.from({ length: 64 }, (_, x) => pixel(up, x, 8)[0]!);
    // Nearest neighbour would repeat each value twice; Lanczos gives in-between values.
    const pairsEqual = row.filter((v, x) => x % 2 === 0 && v === row[x + 1]).length;
    expect(pairsEqual).toBeLessThan(8);
    for (let x = 4; x < 60; x++) expect(row[x + 1]!).toBeGreaterThanOrEqual(row[x]! - 1);
  });
  it('keeps a sharp edge sharp (a Lanczos overshoot at most, no wide blur)', async () => {
    const edge = paint(16, 4, (x) => (x < 8 ? [0, 0, 0, 255] : [255, 255, 255, 255]));
    const up = await upscaleImage(edge, 32, 8);
    expect(pixel(up, 12, 4)[0]).toBeLessThan(10);
    expect(pixel(up, 19, 4)[0]).toBeGreaterThan(245);
  });
});
