/**
 * An 8-bit RGBA raster: 4 bytes per pixel, row-major, no padding, straight (not premultiplied) alpha.
 * Every function in server/imaging takes and returns this shape.
 */
export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Throws unless `img.data` holds exactly width·height·4 bytes; guards every public entry point. */
export function assertRgba(img: Rgba, what: string): void {
  if (!Number.isInteger(img.width) || !Number.isInteger(img.height) || img.width < 1 || img.height < 1) {
    throw new RangeError(`${what}: bad size ${img.width}×${img.height}`);
  }
  if (img.data.length !== img.width * img.height * 4) {
    throw new RangeError(`${what}: expected ${img.width * img.height * 4} bytes, got ${img.data.length}`);
  }
}

/** Throws unless both rasters have the same size. */
export function assertSameSize(a: Rgba, b: Rgba, what: string): void {
  if (a.width !== b.width || a.height !== b.height) {
    throw new RangeError(`${what}: size mismatch ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  }
}
