import { describe, expect, it } from 'vitest';
import {
  IDENTITY_CAMERA,
  MAX_ZOOM,
  MIN_ZOOM,
  cameraTransform,
  cellPoint,
  cellToPicture,
  panBy,
  wheelZoomFactor,
  zoomAt,
} from './camera';

describe('camera', () => {
  it('zooming keeps the picture point under the pointer in place', () => {
    const start = { zoom: 1.5, x: -20, y: 10 };
    const anchor = cellPoint(120, 80);
    const before = cellToPicture(start, anchor);
    const after = zoomAt(start, 2, anchor);
    expect(after.zoom).toBe(3);
    const p = cellToPicture(after, anchor);
    expect(p.x).toBeCloseTo(before.x, 10);
    expect(p.y).toBeCloseTo(before.y, 10);
  });

  it('zooming 2× at the origin from identity only scales', () => {
    expect(zoomAt(IDENTITY_CAMERA, 2, cellPoint(0, 0))).toEqual({ zoom: 2, x: 0, y: 0 });
    expect(zoomAt(IDENTITY_CAMERA, 2, cellPoint(100, 50))).toEqual({ zoom: 2, x: -100, y: -50 });
  });

  it('clamps zoom and keeps the anchor fixed at the clamp', () => {
    const huge = zoomAt({ zoom: 20, x: 0, y: 0 }, 10, cellPoint(10, 10));
    expect(huge.zoom).toBe(MAX_ZOOM);
    expect(cellToPicture(huge, cellPoint(10, 10)).x).toBeCloseTo(0.5, 10);
    expect(zoomAt(IDENTITY_CAMERA, 0.001, cellPoint(0, 0)).zoom).toBe(MIN_ZOOM);
  });

  it('wheel up zooms in, wheel down zooms out, symmetric', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(-100) * wheelZoomFactor(100)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(0)).toBe(1);
  });

  it('pans in screen pixels whatever the zoom', () => {
    expect(panBy({ zoom: 4, x: 1, y: 2 }, 10, -5)).toEqual({ zoom: 4, x: 11, y: -3 });
  });

  it('writes the CSS transform', () => {
    expect(cameraTransform({ zoom: 2, x: 3, y: -4 })).toBe('translate(3px, -4px) scale(2)');
  });
});
