import { describe, expect, it } from 'vitest';
import { maskFromRgba } from './maskFromRgba';

describe('maskFromRgba', () => {
  it('reads white as 255, black as 0 and grey as its level', () => {
    const rgba = Uint8Array.from([255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255]);
    expect(Array.from(maskFromRgba(rgba, 3))).toEqual([255, 0, 128]);
  });

  it('treats transparency as keep (scaled by alpha) and colours by their luma', () => {
    const rgba = Uint8Array.from([255, 255, 255, 0, 255, 255, 255, 128, 255, 0, 0, 255]);
    expect(Array.from(maskFromRgba(rgba, 3))).toEqual([0, 128, 76]);
  });

  it('refuses too few bytes', () => {
    expect(() => maskFromRgba(new Uint8Array(7), 2)).toThrow(RangeError);
  });
});
