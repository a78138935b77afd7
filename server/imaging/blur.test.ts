import { describe, expect, it } from 'vitest';
import { softenForContentFilter } from './blur.ts';
import { renderTextToImage } from './renderTextToImage.ts';
import { channelMeans, gradientEnergy, paint, solid } from './testSupport.ts';

describe('softenForContentFilter', () => {
  it('removes most high-frequency energy from a checkerboard and keeps its mean colour', () => {
    const board = paint(128, 128, (x, y) =>
      ((x >> 2) + (y >> 2)) % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255],
    );
    const soft = softenForContentFilter(board);
    expect(gradientEnergy(soft)).toBeLessThan(gradientEnergy(board) * 0.01);
    const [r, g, b, a] = channelMeans(soft);
    expect(Math.abs(r! - 127.5)).toBeLessThan(3);
    expect(Math.abs(g! - 127.5)).toBeLessThan(3);
    expect(Math.abs(b! - 127.5)).toBeLessThan(3);
    expect(a).toBe(255);
  });

  it('visibly blurs a generated picture: far less edge energy, same size, still opaque', () => {
    const img = renderTextToImage({
      prompts: [{ text: 'misty forest at night', weight: 1 }],
      width: 256,
      height: 192,
      seed: 11,
      steps: 50,
      cfgScale: 7,
      sampler: undefined,
      clipGuidancePreset: 'NONE',
    });
    const soft = softenForContentFilter(img);
    expect([soft.width, soft.height]).toEqual([256, 192]);
    expect(gradientEnergy(soft)).toBeLessThan(gradientEnergy(img) * 0.1);
    expect(channelMeans(soft)[3]).toBe(255);
  });

  it('leaves a flat picture flat and does not bleed hidden colour out of transparent pixels', () => {
    const flat = softenForContentFilter(solid(40, 30, [12, 200, 99, 255]));
    expect(channelMeans(flat)).toEqual([12, 200, 99, 255]);
    // Left half opaque red, right half fully transparent green: the blurred colour stays red.
    const half = paint(64, 16, (x) => (x < 32 ? [255, 0, 0, 255] : [0, 255, 0, 0]));
    const soft = softenForContentFilter(half);
    const i = (8 * 64 + 33) * 4;
    expect(soft.data[i]).toBe(255);
    expect(soft.data[i + 1]).toBe(0);
    expect(soft.data[i + 3]!).toBeGreaterThan(0);
    expect(soft.data[i + 3]!).toBeLessThan(255);
  });
});
