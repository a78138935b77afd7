/**
 * Helpers for the imaging unit tests (not used by the engine): tiny rasters and pixel statistics.
 */
import type { Rgba } from './rgba.ts';

/** A width×height raster of one RGBA colour. */
export function solid(width: number, height: number, rgba: readonly [number, number, number, number]): Rgba {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
}

/** A raster whose pixel colour is computed by `f(x, y)`. */
export function paint(
  width: number,
  height: number,
  f: (x: number, y: number) => readonly [number, number, number, number],
): Rgba {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(f(x, y), (y * width + x) * 4);
  return { width, height, data };
}

/** The RGBA bytes of pixel (x, y). */
export function pixel(img: Rgba, x: number, y: number): number[] {
  const i = (y * img.width + x) * 4;
  return Array.from(img.data.subarray(i, i + 4));
}

/** Mean of each channel [R, G, B, A] over the pixels where `where(x, y)` holds (default: all). */
export function channelMeans(img: Rgba, where: (x: number, y: number) => boolean = () => true): number[] {
  const sums = [0, 0, 0, 0];
  let count = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (!where(x, y)) continue;
      const i = (y * img.width + x) * 4;
      for (let c = 0; c < 4; c++) sums[c]! += img.data[i + c]!;
      count++;
    }
  }
  return sums.map((s) => s / Math.max(1, count));
}

/** Fraction of pixels (0..1) where some RGB channel differs by more than `threshold`. */
export function fractionDifferent(a: Rgba, b: Rgba, threshold: number): number {
  let diff = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > threshold ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > threshold ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > threshold
    ) {
      diff++;
    }
  }
  return diff / (a.width * a.height);
}

/** Mean absolute RGB difference between a and b after averaging blocks of `block`² pixels (ignores grain). */
export function blockDifference(a: Rgba, b: Rgba, block: number): number {
  let total = 0;
  let count = 0;
  for (let by = 0; by + block <= a.height; by += block) {
    for (let bx = 0; bx + block <= a.width; bx += block) {
      for (let c = 0; c < 3; c++) {
        let sa = 0;
        let sb = 0;
        for (let y = by; y < by + block; y++) {
          for (let x = bx; x < bx + block; x++) {
            sa += a.data[(y * a.width + x) * 4 + c]!;
            sb += b.data[(y * b.width + x) * 4 + c]!;
          }
        }
        total += Math.abs(sa - sb) / (block * block);
        count++;
      }
    }
  }
  return total / count;
}

/** Sum of squared differences between horizontal and vertical neighbours: high-frequency energy. */
export function gradientEnergy(img: Rgba): number {
  let e = 0;
  const { width, height, data } = img;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        if (x + 1 < width) e += (data[i + c]! - data[i + 4 + c]!) ** 2;
        if (y + 1 < height) e += (data[i + c]! - data[i + width * 4 + c]!) ** 2;
      }
    }
  }
  return e;
}
