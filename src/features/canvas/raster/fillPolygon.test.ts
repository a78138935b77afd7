import { describe, expect, it } from 'vitest';
import { imagePoint } from '../geometry/coords';
import { fillPolygon } from './fillPolygon';
import { MaskRaster } from './MaskRaster';

const P = (pts: Array<[number, number]>) => pts.map(([x, y]) => imagePoint(x, y));

function rows(m: MaskRaster): string[] {
  const out: string[] = [];
  for (let y = 0; y < m.height; y++) {
    let s = '';
    for (let x = 0; x < m.width; x++) s += m.get(x, y) === 255 ? '#' : m.get(x, y) === 0 ? '.' : '?';
    out.push(s);
  }
  return out;
}

describe('fillPolygon (lasso)', () => {
  it('fills exactly the pixels whose centres are inside a rectangle', () => {
    const m = new MaskRaster(6, 5);
    const rect = fillPolygon(
      m,
      P([
        [1, 1],
        [4, 1],
        [4, 3],
        [1, 3],
      ]),
      false,
    );
    expect(rows(m)).toEqual(['......', '.###..', '.###..', '......', '......']);
    expect(m.nonZeroCount).toBe(6);
    expect(rect).toEqual({ x: 1, y: 1, w: 4, h: 3 });
  });

  it('fills a triangle by pixel centres', () => {
    const m = new MaskRaster(5, 5);
    fillPolygon(
      m,
      P([
        [0, 0],
        [5, 0],
        [0, 5],
      ]),
      false,
    );
    expect(rows(m)).toEqual(['####.', '###..', '##...', '#....', '.....']);
  });

  it('uses the even-odd rule for self-intersecting outlines', () => {
    const m = new MaskRaster(6, 3);
    // A bow-tie: two triangles touching at the centre, both filled.
    fillPolygon(
      m,
      P([
        [0, 0],
        [6, 3],
        [6, 0],
        [0, 3],
      ]),
      false,
    );
    expect(m.get(0, 1)).toBe(255);
    expect(m.get(5, 1)).toBe(255);
    expect(m.get(3, 0)).toBe(0);
  });

  it('subtract (Alt) clears the inside and leaves the outside', () => {
    const m = new MaskRaster(6, 5);
    m.fillAll(255);
    fillPolygon(
      m,
      P([
        [1, 1],
        [4, 1],
        [4, 3],
        [1, 3],
      ]),
      true,
    );
    expect(rows(m)).toEqual(['######', '#...##', '#...##', '######', '######']);
    expect(m.nonZeroCount).toBe(30 - 6);
  });

  it('ignores degenerate outlines and clips to the raster', () => {
    const m = new MaskRaster(4, 4);
    expect(
      fillPolygon(
        m,
        P([
          [0, 0],
          [3, 3],
        ]),
        false,
      ).w,
    ).toBe(0);
    fillPolygon(
      m,
      P([
        [-10, -10],
        [10, -10],
        [10, 10],
        [-10, 10],
      ]),
      false,
    );
    expect(m.nonZeroCount).toBe(16);
  });
});
