import { describe, expect, it } from 'vitest';
import { canvasChange, centreView } from './centreView';

describe('centreView: what the centre of the studio shows', () => {
  it('is the canvas (the empty drop zone, or the image) while there is no result to show', () => {
    expect(centreView({ choice: 'stage', hasResult: false, canvasHasImage: false })).toBe('canvas');
    expect(centreView({ choice: null, hasResult: false, canvasHasImage: true })).toBe('canvas');
  });

  it('before any choice: the image being edited beats the stage, the stage beats the empty drop zone', () => {
    expect(centreView({ choice: null, hasResult: true, canvasHasImage: true })).toBe('canvas');
    expect(centreView({ choice: null, hasResult: true, canvasHasImage: false })).toBe('stage');
  });

  it('follows the last choice once there is a result', () => {
    expect(centreView({ choice: 'stage', hasResult: true, canvasHasImage: true })).toBe('stage');
    expect(centreView({ choice: 'canvas', hasResult: true, canvasHasImage: false })).toBe('canvas');
  });
});

describe('canvasChange', () => {
  const none = { hasInitImage: false, width: 0, height: 0 };
  const square = { hasInitImage: true, width: 512, height: 512 };
  it('tells an opened image (a first one, or one of another size) from a removed one', () => {
    expect(canvasChange(none, square)).toBe('opened');
    expect(canvasChange(square, { ...square, width: 768 })).toBe('opened');
    expect(canvasChange(square, none)).toBe('cleared');
  });

  it('says nothing when the image stays (mask strokes) or there never was one', () => {
    expect(canvasChange(square, { ...square })).toBeNull();
    expect(canvasChange(none, none)).toBeNull();
  });
});
