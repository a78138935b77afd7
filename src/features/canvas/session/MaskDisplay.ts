import type { MaskRaster } from '../raster/MaskRaster';
import { EMPTY_RECT, isEmptyRect, unionRect, type Rect } from '../raster/rect';

/**
 * The tinted, visible copy of the mask: an RGBA canvas at image resolution whose alpha is the mask value
 * and whose colour is the overlay colour. Only dirty rects are rewritten (one 32-bit store per pixel), so
 * a stroke's per-frame cost is its new segment, whatever the image size or stroke history.
 */
export class MaskDisplay {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private dirty: Rect = { ...EMPTY_RECT };
  private rgb = 0x6b3bff; // 0xBBGGRR, little-endian RGBA word without alpha

  constructor(private readonly raster: MaskRaster) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = raster.width;
    this.canvas.height = raster.height;
    const ctx = this.canvas.getContext('2d', { willReadFrequently: false });
    if (!ctx) throw new Error('2D canvas unavailable');
    this.ctx = ctx;
  }

  /** `#rrggbb` → the tint; repaints everything on the next flush. */
  setColor(hex: string): void {
    const n = Number.parseInt(hex.replace('#', ''), 16);
    if (!Number.isFinite(n)) return;
    const r = (n >> 16) & 255;
    const g = (n >> 8) & 255;
    const b = n & 255;
    this.rgb = (b << 16) | (g << 8) | r;
    this.markDirty(this.raster.fullRect());
  }

  markDirty(r: Rect): void {
    this.dirty = unionRect(this.dirty, r);
  }

  get hasDirty(): boolean {
    return !isEmptyRect(this.dirty);
  }

  /** Rewrites the dirty rect from the raster. Called at most once per animation frame. */
  flush(): void {
    const r = this.dirty;
    if (isEmptyRect(r)) return;
    this.dirty = { ...EMPTY_RECT };
    const img = this.ctx.createImageData(r.w, r.h);
    const out = new Uint32Array(img.data.buffer);
    const src = this.raster.data;
    const w = this.raster.width;
    const rgb = this.rgb;
    for (let y = 0; y < r.h; y++) {
      let si = (r.y + y) * w + r.x;
      let di = y * r.w;
      const end = di + r.w;
      while (di < end) out[di++] = (((src[si++] as number) << 24) | rgb) >>> 0;
    }
    this.ctx.putImageData(img, r.x, r.y);
  }
}
