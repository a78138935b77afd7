import { describe, expect, it } from 'vitest';
import { extendedSize, marginProblems, parseRatio, presetMargins } from './extendMargins';

describe('presetMargins', () => {
  it('widens a square to 16:9 by whole steps, centred', () => {
    // 512 · 16/9 = 910.2: +384 (896, 1.75) is nearer than +448 (960, 1.875).
    expect(presetMargins({ width: 512, height: 512 }, 16 / 9, 64)).toEqual({
      left: 192,
      right: 192,
      top: 0,
      bottom: 0,
    });
  });

  it('puts the odd step on the right or bottom', () => {
    // 3:2 from 512² wants +256 wide → 128 + 128; 5:4 wants +128 → 64 + 64; 2:3 wants +256 high.
    expect(presetMargins({ width: 512, height: 512 }, 5 / 4, 64)).toEqual({
      left: 64,
      right: 64,
      top: 0,
      bottom: 0,
    });
    expect(presetMargins({ width: 512, height: 512 }, 4 / 3, 64)).toEqual({
      left: 64,
      right: 128,
      top: 0,
      bottom: 0,
    });
    expect(presetMargins({ width: 512, height: 512 }, 2 / 3, 64)).toEqual({
      left: 0,
      right: 0,
      top: 128,
      bottom: 128,
    });
  });

  it('grows the height of a picture wider than the ratio, never crops', () => {
    expect(presetMargins({ width: 768, height: 512 }, 1, 64)).toEqual({
      left: 0,
      right: 0,
      top: 128,
      bottom: 128,
    });
  });

  it('reaches the exact shape with a step of 1', () => {
    const m = presetMargins({ width: 1000, height: 600 }, 16 / 9, 1);
    expect(m).toEqual({ left: 33, right: 34, top: 0, bottom: 0 });
    const size = extendedSize({ width: 1000, height: 600 }, m);
    expect(size).toEqual({ width: 1067, height: 600 });
  });

  it('adds nothing when the picture already has the shape', () => {
    expect(presetMargins({ width: 512, height: 512 }, 1, 64)).toEqual({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0,
    });
  });
});

describe('marginProblems', () => {
  it('accepts multiples of the step', () => {
    expect(marginProblems({ left: 0, right: 256, top: 64, bottom: 0 }, 64)).toEqual({ sides: {}, all: null });
  });

  it('names the side, the step and the two nearest values', () => {
    expect(marginProblems({ left: 0, right: 100, top: 0, bottom: 0 }, 64).sides).toEqual({
      right: 'Right must be a multiple of 64 px (this engine takes sizes in steps of 64): try 64 or 128.',
    });
  });

  it('refuses empty, negative and fractional sides', () => {
    const { sides } = marginProblems({ left: Number.NaN, right: -64, top: 1.5, bottom: 0 }, 1);
    expect(sides).toEqual({
      left: 'Left: enter a number of pixels (0 for none).',
      right: 'Right must be a whole number of pixels, 0 or more.',
      top: 'Top must be a whole number of pixels, 0 or more.',
    });
  });

  it('asks for at least one side', () => {
    expect(marginProblems({ left: 0, right: 0, top: 0, bottom: 0 }, 64)).toEqual({
      sides: {},
      all: 'Add pixels on at least one side.',
    });
  });
});

describe('parseRatio', () => {
  it('reads "w:h"', () => {
    expect(parseRatio('16:9')).toBeCloseTo(16 / 9);
    expect(parseRatio('1:1')).toBe(1);
    expect(parseRatio('x')).toBeNull();
    expect(parseRatio('0:1')).toBeNull();
  });
});
