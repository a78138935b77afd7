/** A width × height in pixels. */
export interface Size {
  width: number;
  height: number;
}

/** An axis-aligned rectangle of whole pixels: `x`, `y` its top-left corner, `width`, `height` ≥ 0. */
export interface Rect extends Size {
  x: number;
  y: number;
}

/**
 * 8-bit RGBA, row-major, not premultiplied (what `ImageData` holds). `Uint8ClampedArray` and `Uint8Array`
 * are both accepted so canvas pixels and decoded files pass without a copy.
 */
export interface RgbaImage extends Size {
  data: Uint8ClampedArray | Uint8Array;
}

/** 8-bit single channel, row-major: a mask (255 = take the result, 0 = keep the original, grey = blend). */
export interface GreyImage extends Size {
  data: Uint8Array;
}

/** Throws a RangeError when `data` does not hold `channels` bytes per pixel of `size`. */
export function assertPixels(what: string, image: Size & { data: ArrayLike<number> }, channels: 1 | 4): void {
  const { width, height } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`${what}: ${width}×${height} is not a size in whole pixels`);
  }
  if (image.data.length !== width * height * channels) {
    throw new RangeError(
      `${what}: ${image.data.length} bytes do not hold ${width}×${height} at ${channels} byte(s) per pixel`,
    );
  }
}

/** The overlap of two rectangles (width or height 0 when they do not meet). */
export function intersectRect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

/** `rect` grown by `by` pixels on every side (not clamped). */
export function growRect(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

/** Whether `outer` contains all of `inner`. */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
