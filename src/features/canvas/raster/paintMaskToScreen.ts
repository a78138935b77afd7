import type { ViewTransform } from '../geometry/coords';
import type { MaskRaster } from './MaskRaster';
import { clipRect, type Rect } from './rect';

/** An RGBA buffer at the mask layer's device resolution, viewed as one 32-bit word per pixel. */
export interface ScreenBuffer {
  width: number;
  height: number;
  pixels: Uint32Array;
}

/** Tint: 0xBBGGRR (little-endian RGBA without alpha) and the overlay opacity baked into alpha. */
export interface MaskTint {
  rgb: number;
  opacity: number;
  /** Screen word for each mask value, built once per tint rather than on every painted frame. */
  lut: Uint32Array;
}

export function tintFromHex(hex: string, opacity: number): MaskTint {
  const n = Number.parseInt(hex.replace('#', ''), 16) || 0;
  const rgb = ((n & 255) << 16) | (n & 0xff00) | ((n >> 16) & 255);
  const lut = new Uint32Array(256);
  for (let a = 1; a < 256; a++) lut[a] = ((Math.round(a * opacity) << 24) | rgb) >>> 0;
  return { rgb, opacity, lut };
}

/** The device-pixel rect of the layer that shows image rect `r` at this view (clipped to the buffer). */
export function imageRectToScreen(r: Rect, view: ViewTransform, pixelRatio: number, buf: ScreenBuffer): Rect {
  const k = view.scale * pixelRatio;
  const x0 = Math.floor(r.x * k + view.x * pixelRatio);
  const y0 = Math.floor(r.y * k + view.y * pixelRatio);
  const x1 = Math.ceil((r.x + r.w) * k + view.x * pixelRatio);
  const y1 = Math.ceil((r.y + r.h) * k + view.y * pixelRatio);
  return clipRect({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, buf.width, buf.height);
}

/**
 * Renders `region` (device pixels) of the mask as seen through `view`, nearest-neighbour, into `buf`.
 * This is what makes the overlay cheap on a GPU-less machine: the browser never scales a full-resolution
 * bitmap per frame; each frame writes only the screen pixels the new stroke segment covers.
 */
export function paintMaskToScreen(
  raster: MaskRaster,
  view: ViewTransform,
  pixelRatio: number,
  buf: ScreenBuffer,
  region: Rect,
  tint: MaskTint,
): void {
  const inv = 1 / (view.scale * pixelRatio);
  const ox = view.x * pixelRatio;
  const oy = view.y * pixelRatio;
  const { width: W, height: H, data } = raster;
  // Image column of each device column in the region; -1 outside the image.
  const cols = new Int32Array(region.w);
  for (let i = 0; i < region.w; i++) {
    const ix = Math.floor((region.x + i + 0.5 - ox) * inv);
    cols[i] = ix >= 0 && ix < W ? ix : -1;
  }
  const lut = tint.lut;
  const out = buf.pixels;
  for (let j = 0; j < region.h; j++) {
    const sy = region.y + j;
    const iy = Math.floor((sy + 0.5 - oy) * inv);
    let o = sy * buf.width + region.x;
    if (iy < 0 || iy >= H) {
      out.fill(0, o, o + region.w);
      continue;
    }
    const row = iy * W;
    for (let i = 0; i < region.w; i++, o++) {
      const ix = cols[i] as number;
      out[o] = ix < 0 ? 0 : (lut[data[row + ix] as number] as number);
    }
  }
}
