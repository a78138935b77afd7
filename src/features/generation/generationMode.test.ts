import { describe, expect, it } from 'vitest';
import { deriveMode, modeProblems, sendsPaintedMask, type CanvasModeState } from './generationMode';

const state = (over: Partial<CanvasModeState> = {}): CanvasModeState => ({
  hasInitImage: true,
  maskPainted: false,
  initHasAlpha: false,
  ...over,
});

describe('deriveMode', () => {
  it('is text-to-image without an init image, whatever else is set', () => {
    expect(deriveMode(state({ hasInitImage: false }), 'MASK_IMAGE_WHITE')).toBe('text-to-image');
    expect(
      deriveMode(state({ hasInitImage: false, maskPainted: true, initHasAlpha: true }), 'INIT_IMAGE_ALPHA'),
    ).toBe('text-to-image');
  });

  it('is image-to-image with an image and an empty mask', () => {
    expect(deriveMode(state(), 'MASK_IMAGE_WHITE')).toBe('image-to-image');
    // Alpha as the mask source means nothing when the image is opaque.
    expect(deriveMode(state(), 'INIT_IMAGE_ALPHA')).toBe('image-to-image');
  });

  it('is erase instead of inpainting when Erase is chosen (and the API has it)', () => {
    const painted = { hasInitImage: true, maskPainted: true, initHasAlpha: false };
    expect(deriveMode(painted, 'MASK_IMAGE_WHITE', true)).toBe('erase');
    expect(deriveMode({ ...painted, maskPainted: false, initHasAlpha: true }, 'INIT_IMAGE_ALPHA', true)).toBe(
      'erase',
    );
    expect(deriveMode({ ...painted, maskPainted: false }, 'MASK_IMAGE_WHITE', true)).toBe('image-to-image');
    expect(sendsPaintedMask('erase', 'MASK_IMAGE_WHITE')).toBe(true);
    expect(sendsPaintedMask('erase', 'INIT_IMAGE_ALPHA')).toBe(false);
  });

  it('is inpainting with a painted mask, or with a transparent image whose alpha is the mask', () => {
    expect(deriveMode(state({ maskPainted: true }), 'MASK_IMAGE_WHITE')).toBe('masking');
    expect(deriveMode(state({ initHasAlpha: true }), 'INIT_IMAGE_ALPHA')).toBe('masking');
    expect(deriveMode(state({ initHasAlpha: true }), 'MASK_IMAGE_WHITE')).toBe('image-to-image');
  });
});

describe('modeProblems', () => {
  it('has nothing to say about the ordinary states', () => {
    expect(modeProblems(state({ hasInitImage: false }), 'MASK_IMAGE_WHITE')).toEqual([]);
    expect(modeProblems(state(), 'MASK_IMAGE_WHITE')).toEqual([]);
    expect(modeProblems(state({ maskPainted: true }), 'MASK_IMAGE_WHITE')).toEqual([]);
    expect(modeProblems(state({ initHasAlpha: true }), 'INIT_IMAGE_ALPHA')).toEqual([]);
  });

  it('explains alpha as the mask of an opaque image', () => {
    expect(modeProblems(state({ maskPainted: true }), 'INIT_IMAGE_ALPHA')[0]).toMatch(/fully opaque/);
  });

  it('takes the black-mask source: the painted mask is sent inverted, so it is no problem', () => {
    expect(modeProblems(state({ maskPainted: true }), 'MASK_IMAGE_BLACK')).toEqual([]);
    expect(sendsPaintedMask('masking', 'MASK_IMAGE_BLACK')).toBe(true);
  });
});

describe('sendsPaintedMask', () => {
  it('sends the painted mask only when inpainting from it', () => {
    expect(sendsPaintedMask('masking', 'MASK_IMAGE_WHITE')).toBe(true);
    expect(sendsPaintedMask('masking', 'INIT_IMAGE_ALPHA')).toBe(false);
    expect(sendsPaintedMask('image-to-image', 'MASK_IMAGE_WHITE')).toBe(false);
  });
});
