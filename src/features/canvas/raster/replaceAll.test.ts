import { describe, expect, it } from 'vitest';
import { imagePoint } from '../geometry/coords';
import { MaskDocument } from './MaskDocument';

const values = (w: number, h: number, f: (x: number, y: number) => number) => {
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = f(x, y);
  return out;
};

describe('MaskDocument.replaceAll', () => {
  it('loads a mask as one undoable step, keeping the non-zero tally exact', () => {
    const doc = new MaskDocument(8, 4);
    doc.beginStroke({ point: imagePoint(1, 1), pressure: 1 }, { size: 2, hardness: 1, erase: false });
    doc.endStroke();
    const before = Uint8Array.from(doc.raster.data);
    const loaded = values(8, 4, (x) => (x < 4 ? 255 : x === 4 ? 128 : 0));
    doc.replaceAll(loaded);
    expect(Array.from(doc.raster.data)).toEqual(Array.from(loaded));
    expect(doc.raster.nonZeroCount).toBe(5 * 4);
    doc.undo();
    expect(Array.from(doc.raster.data)).toEqual(Array.from(before));
    doc.redo();
    expect(Array.from(doc.raster.data)).toEqual(Array.from(loaded));
  });

  it('restores without history when asked (a saved draft cannot be undone away)', () => {
    const doc = new MaskDocument(4, 4);
    doc.fillAll(255);
    doc.replaceAll(
      values(4, 4, (x, y) => (x === y ? 200 : 0)),
      false,
    );
    expect(doc.history.canUndo).toBe(false);
    expect(doc.raster.nonZeroCount).toBe(4);
    // Later strokes still undo back to the restored state, not to the state before it.
    doc.fillAll(0);
    doc.undo();
    expect(doc.raster.get(2, 2)).toBe(200);
    expect(doc.raster.get(1, 2)).toBe(0);
  });

  it('refuses a mask of another size', () => {
    expect(() => new MaskDocument(4, 4).replaceAll(new Uint8Array(15))).toThrow(RangeError);
  });
});
