import type { ImagePoint } from '../geometry/coords';
import type { MaskRaster } from './MaskRaster';
import { clipRect, EMPTY_RECT, type Rect } from './rect';

/**
 * Fills a closed polygon (the lasso) with the even-odd rule, sampling at pixel centres: a pixel is inside
 * when its centre is. Scanline over the polygon's bounding rows only. `subtract` clears instead of paints.
 * Returns the dirty rect (the clipped bounding box).
 */
export function fillPolygon(raster: MaskRaster, points: readonly ImagePoint[], subtract: boolean): Rect {
  const n = points.length;
  if (n < 3) return { ...EMPTY_RECT };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const bounds = clipRect(
    {
      x: Math.floor(minX),
      y: Math.floor(minY),
      w: Math.ceil(maxX) - Math.floor(minX) + 1,
      h: Math.ceil(maxY) - Math.floor(minY) + 1,
    },
    raster.width,
    raster.height,
  );
  if (bounds.w === 0 || bounds.h === 0) return bounds;
  const value = subtract ? 0 : 255;
  const xs: number[] = [];
  for (let y = bounds.y; y < bounds.y + bounds.h; y++) {
    const sy = y + 0.5;
    xs.length = 0;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = points[i] as ImagePoint;
      const b = points[j] as ImagePoint;
      // Half-open rule (a.y <= sy < b.y or vice versa) counts each vertex once.
      if (a.y <= sy !== b.y <= sy) xs.push(a.x + ((sy - a.y) * (b.x - a.x)) / (b.y - a.y));
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      // Pixel x is inside when x + 0.5 lies in [xs[k], xs[k+1]).
      const x0 = Math.max(0, Math.ceil((xs[k] as number) - 0.5));
      const x1 = Math.min(raster.width, Math.ceil((xs[k + 1] as number) - 0.5));
      if (x1 <= x0) continue;
      raster.fillSpan(x0, y, x1 - x0, value);
    }
  }
  return bounds;
}
