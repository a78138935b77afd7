import { describe, expect, it } from 'vitest';
import { exactSizeProblem, maskSizeProblem } from './maskFit';

describe('maskSizeProblem', () => {
  it('accepts a mask of the image’s own size', () => {
    expect(maskSizeProblem({ width: 512, height: 512 }, { width: 512, height: 512 })).toBeNull();
    expect(maskSizeProblem({ width: 640, height: 448 }, { width: 640, height: 448 })).toBeNull();
  });

  it('accepts the same shape at another resolution (it is scaled), within 1 % of the aspect ratio', () => {
    expect(maskSizeProblem({ width: 256, height: 256 }, { width: 512, height: 512 })).toBeNull();
    expect(maskSizeProblem({ width: 1920, height: 1080 }, { width: 1344, height: 756 })).toBeNull();
    // 1000×563 is 0.06 % off 16:9 (a rounded side), still the same picture.
    expect(maskSizeProblem({ width: 1000, height: 563 }, { width: 1344, height: 756 })).toBeNull();
  });

  it('refuses another shape, naming both sizes', () => {
    expect(maskSizeProblem({ width: 300, height: 200 }, { width: 512, height: 512 })).toBe(
      "The mask is 300×200 but the init image is 512×512; a mask must have the image's size (or its shape, to be scaled), so it cannot be lined up with it.",
    );
    // Transposed: the same numbers, the wrong way round.
    expect(maskSizeProblem({ width: 448, height: 640 }, { width: 640, height: 448 })).toMatch(
      /^The mask is 448×640 but the init image is 640×448;/,
    );
    // Just past the tolerance.
    expect(maskSizeProblem({ width: 520, height: 512 }, { width: 512, height: 512 })).not.toBeNull();
  });
});

describe('exactSizeProblem', () => {
  it('takes a mask of exactly the image size', () => {
    expect(exactSizeProblem({ width: 512, height: 512 }, { width: 512, height: 512 }, 'seed 7')).toBeNull();
  });

  it('refuses any other size, even the same shape, naming the owner, both sizes and Reuse all', () => {
    const problem = exactSizeProblem({ width: 512, height: 512 }, { width: 1024, height: 1024 }, 'seed 7');
    expect(problem).toContain('seed 7');
    expect(problem).toContain('512×512');
    expect(problem).toContain('1024×1024');
    expect(problem).toContain('Reuse all');
  });
});
