import { describe, expect, it } from 'vitest';
import {
  actualSizeView,
  fitView,
  imagePoint,
  imageToScreen,
  panBy,
  screenPoint,
  screenToImage,
  zoomAt,
  type ViewTransform,
} from './coords';

describe('view transforms', () => {
  const views: ViewTransform[] = [
    { scale: 0.25, x: 0, y: 0 },
    { scale: 1, x: 0, y: 0 },
    { scale: 3.7, x: -123.5, y: 48.25 },
  ];

  it.each(views)('screen→image→screen round-trips at scale $scale', (view) => {
    for (const [x, y] of [
      [0, 0],
      [10, 20],
      [799.5, 601.25],
    ] as const) {
      const back = imageToScreen(view, screenToImage(view, screenPoint(x, y)));
      expect(back.x).toBeCloseTo(x, 9);
      expect(back.y).toBeCloseTo(y, 9);
    }
  });

  it('maps known points exactly', () => {
    expect(screenToImage({ scale: 0.25, x: 0, y: 0 }, screenPoint(100, 50))).toEqual({ x: 400, y: 200 });
    expect(screenToImage({ scale: 1, x: 0, y: 0 }, screenPoint(7, 9))).toEqual({ x: 7, y: 9 });
    const p = screenToImage({ scale: 3.7, x: -123.5, y: 48.25 }, screenPoint(246.5, 418.25));
    expect(p.x).toBeCloseTo(100, 9);
    expect(p.y).toBeCloseTo(100, 9);
    expect(imageToScreen({ scale: 3.7, x: -123.5, y: 48.25 }, imagePoint(10, 0))).toEqual({
      x: -86.5,
      y: 48.25,
    });
  });

  it('zoomAt keeps the image point under the anchor fixed', () => {
    const view: ViewTransform = { scale: 1, x: 30, y: -10 };
    const anchor = screenPoint(200, 150);
    const before = screenToImage(view, anchor);
    for (const s of [0.25, 3.7, 12]) {
      const after = screenToImage(zoomAt(view, anchor, s), anchor);
      expect(after.x).toBeCloseTo(before.x, 9);
      expect(after.y).toBeCloseTo(before.y, 9);
    }
  });

  it('pans in screen pixels whatever the zoom', () => {
    expect(panBy({ scale: 3.7, x: 1, y: 2 }, 10, -5)).toEqual({ scale: 3.7, x: 11, y: -3 });
  });

  it('fit shows the whole image centred, 100 % is one pixel per pixel', () => {
    const fit = fitView({ width: 1000, height: 600 }, { width: 2048, height: 2048 }, 0);
    expect(fit.scale).toBeCloseTo(600 / 2048, 12);
    expect(fit.y).toBeCloseTo(0, 9);
    expect(fit.x).toBeCloseTo(200, 9);
    expect(actualSizeView({ width: 1000, height: 600 }, { width: 512, height: 512 })).toEqual({
      scale: 1,
      x: 244,
      y: 44,
    });
  });
});
