import { describe, expect, it } from 'vitest';
import { maskBounds } from './maskBounds';
import { seededRandom } from './testSupport';
import type { GreyImage } from './types';

/** The bounding box by brute force: every pixel looked at. */
function slowBounds(mask: GreyImage) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if (mask.data[y * mask.width + x]) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

describe('maskBounds', () => {
  it('is null for an empty mask and the whole picture for a full one', () => {
    expect(maskBounds({ width: 7, height: 5, data: new Uint8Array(35) })).toBeNull();
    expect(maskBounds({ width: 7, height: 5, data: new Uint8Array(35).fill(1) })).toEqual({
      x: 0,
      y: 0,
      width: 7,
      height: 5,
    });
  });

  it('finds a 200×200 square in a 6000×4000 mask', () => {
    const mask = { width: 6000, height: 4000, data: new Uint8Array(24_000_000) };
    for (let y = 1900; y < 2100; y++) mask.data.fill(255, y * 6000 + 2900, y * 6000 + 3100);
    expect(maskBounds(mask)).toEqual({ x: 2900, y: 1900, width: 200, height: 200 });
  });

  it('equals a brute-force scan for random sparse masks, odd widths and unaligned buffers', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 200; i++) {
      const width = random.int(1, 70);
      const height = random.int(1, 40);
      // An offset of 1–3 bytes makes the Uint32 fast path unusable: both paths must agree.
      const offset = random.int(0, 3);
      const data = new Uint8Array(new ArrayBuffer(width * height + offset), offset, width * height);
      const dots = random.int(0, 4);
      for (let d = 0; d < dots; d++) data[random.int(0, width * height - 1)] = random.int(1, 255);
      const mask = { width, height, data };
      expect(maskBounds(mask)).toEqual(slowBounds(mask));
    }
  });
});
