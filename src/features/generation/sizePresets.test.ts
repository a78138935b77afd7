import { describe, expect, it } from 'vitest';
import { backendById, engineSizes, type EngineSizes } from '../../lib/api/studio';

/** The v1alpha engine's sizes, as the panel reads them. */
const sizesOf = (engineId: string): EngineSizes => engineSizes(backendById('v1alpha'), engineId)!;
const problem = (engineId: string, w: number, h: number) => sizesOf(engineId).problem(w, h);
import { nearestValidSize, sizePresets } from './sizePresets';

const ENGINES = [
  'stable-diffusion-v1-5',
  'stable-diffusion-768-v2-1',
  'stable-diffusion-xl-1024-v1-0',
  'some-unknown-engine',
];

describe('sizePresets', () => {
  it.each(ENGINES)('offers only sizes %s accepts, without duplicates', (engineId) => {
    const presets = sizePresets(sizesOf(engineId));
    expect(presets.length).toBeGreaterThanOrEqual(3);
    for (const p of presets) expect(problem(engineId, p.width, p.height)).toBeNull();
    const keys = presets.map((p) => `${p.width}x${p.height}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('aims at each engine’s native size for 1:1', () => {
    expect(sizePresets(sizesOf('stable-diffusion-v1-5'))[0]).toEqual({
      label: '1:1',
      width: 512,
      height: 512,
    });
    expect(sizePresets(sizesOf('stable-diffusion-768-v2-1'))[0]).toEqual({
      label: '1:1',
      width: 768,
      height: 768,
    });
    expect(sizePresets(sizesOf('stable-diffusion-xl-1024-v1-0'))[0]).toEqual({
      label: '1:1',
      width: 1024,
      height: 1024,
    });
  });

  it('offers portrait and landscape of the same ratio as swapped sizes', () => {
    const p = sizePresets(sizesOf('stable-diffusion-v1-5'));
    const land = p.find((x) => x.label === '3:2');
    const port = p.find((x) => x.label === '2:3');
    expect(land && port).toBeTruthy();
    expect([port?.width, port?.height]).toEqual([land?.height, land?.width]);
  });
});

describe('nearestValidSize', () => {
  it('keeps a valid size', () => {
    expect(nearestValidSize(sizesOf('stable-diffusion-v1-5'), 640, 512)).toEqual({ width: 640, height: 512 });
  });

  it('snaps to the XL list keeping the shape', () => {
    expect(nearestValidSize(sizesOf('stable-diffusion-xl-1024-v1-0'), 512, 512)).toEqual({
      width: 1024,
      height: 1024,
    });
    expect(nearestValidSize(sizesOf('stable-diffusion-xl-1024-v1-0'), 768, 512)).toEqual({
      width: 1216,
      height: 832,
    });
  });

  it('grows a too-small size for the 768 engine', () => {
    const s = nearestValidSize(sizesOf('stable-diffusion-768-v2-1'), 512, 512);
    expect(problem('stable-diffusion-768-v2-1', s.width, s.height)).toBeNull();
    expect(s.width).toBe(s.height);
  });

  it('recovers from empty fields', () => {
    const s = nearestValidSize(sizesOf('stable-diffusion-v1-5'), Number.NaN, 512);
    expect(problem('stable-diffusion-v1-5', s.width, s.height)).toBeNull();
  });
});
