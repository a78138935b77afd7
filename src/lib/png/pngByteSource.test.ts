import { describe, expect, it, vi } from 'vitest';
import { blobSource, bytesSource } from './pngByteSource';

const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31 + (i >> 8)) & 0xff);

describe('blobSource', () => {
  it('returns the same bytes as the array for reads inside, across and beyond its window', async () => {
    const blob = new Blob([bytes]);
    const source = blobSource(blob, 4096);
    const whole = bytesSource(bytes);
    expect(source.size).toBe(bytes.length);
    for (const [start, end] of [
      [0, 8],
      [8, 4000],
      [4000, 4200], // crosses the first window's end
      [50_000, 50_008],
      [10, 20_000], // larger than a window
      [99_992, 100_000],
      [5, 5],
    ] as const) {
      expect(Array.from(await source.read(start, end))).toEqual(Array.from(await whole.read(start, end)));
    }
  });

  it('serves many small sequential reads from one window instead of one file read each', async () => {
    const blob = new Blob([bytes]);
    const slice = vi.spyOn(blob, 'slice');
    const source = blobSource(blob, 64 * 1024);
    for (let pos = 0; pos + 8 <= bytes.length; pos += 12) await source.read(pos, pos + 8);
    expect(slice).toHaveBeenCalledTimes(2);
  });
});
