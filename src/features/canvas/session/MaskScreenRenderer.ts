import type { ViewTransform } from '../geometry/coords';
import type { MaskRaster } from '../raster/MaskRaster';
import {
  imageRectToScreen,
  paintMaskToScreen,
  tintFromHex,
  type MaskTint,
  type ScreenBuffer,
} from '../raster/paintMaskToScreen';
import { EMPTY_RECT, isEmptyRect, unionRect, type Rect } from '../raster/rect';

/**
 * Shows the mask on the mask layer's own canvas at device resolution. Measured on the 2-core GPU-less
 * target: having Konva draw a 2048² Konva.Image every frame cost 30–100 ms frames (the browser rescales
 * the whole bitmap), while writing just the stroke's new screen pixels with putImageData keeps frames at
 * 16.7 ms. Konva still owns the layer: its redraws (view change, resize) call `drawAll` from a Shape.
 */
export class MaskScreenRenderer {
  private img: ImageData | null = null;
  private buf: ScreenBuffer | null = null;
  private dirty: Rect = { ...EMPTY_RECT };
  /** The view, size and tint the buffer currently shows; '' = stale. */
  private shownKey = '';
  private tint: MaskTint;

  constructor(
    private readonly raster: MaskRaster,
    color: string,
    opacity: number,
  ) {
    this.tint = tintFromHex(color, opacity);
  }

  setTint(color: string, opacity: number): void {
    this.tint = tintFromHex(color, opacity);
    this.shownKey = '';
  }

  markDirty(r: Rect): void {
    this.dirty = unionRect(this.dirty, r);
  }

  get hasDirty(): boolean {
    return !isEmptyRect(this.dirty) || this.shownKey === '';
  }

  private keyFor(w: number, h: number, view: ViewTransform, pr: number): string {
    return `${w}x${h}|${view.scale},${view.x},${view.y}|${pr}|${this.tint.rgb},${this.tint.opacity}`;
  }

  private ensureBuffer(ctx: CanvasRenderingContext2D): ScreenBuffer {
    const { width, height } = ctx.canvas;
    if (!this.img || this.img.width !== width || this.img.height !== height) {
      this.img = ctx.createImageData(Math.max(1, width), Math.max(1, height));
      this.buf = {
        width: this.img.width,
        height: this.img.height,
        pixels: new Uint32Array(this.img.data.buffer),
      };
      this.shownKey = '';
    }
    return this.buf as ScreenBuffer;
  }

  /** Full redraw (Konva's layer draw): re-renders everything if the view, size or tint changed. */
  drawAll(ctx: CanvasRenderingContext2D, view: ViewTransform, pr: number): void {
    const buf = this.ensureBuffer(ctx);
    const key = this.keyFor(buf.width, buf.height, view, pr);
    if (key !== this.shownKey) {
      paintMaskToScreen(this.raster, view, pr, buf, { x: 0, y: 0, w: buf.width, h: buf.height }, this.tint);
      this.shownKey = key;
    } else if (!isEmptyRect(this.dirty)) {
      const region = imageRectToScreen(this.dirty, view, pr, buf);
      if (!isEmptyRect(region)) paintMaskToScreen(this.raster, view, pr, buf, region, this.tint);
    }
    this.dirty = { ...EMPTY_RECT };
    ctx.putImageData(this.img as ImageData, 0, 0);
  }

  /**
   * The per-frame path while painting: renders and uploads only the dirty rect's screen pixels.
   * Returns false when the buffer is stale (view or size changed) and a full layer draw is needed.
   */
  flushDirty(ctx: CanvasRenderingContext2D, view: ViewTransform, pr: number): boolean {
    const buf = this.ensureBuffer(ctx);
    if (this.keyFor(buf.width, buf.height, view, pr) !== this.shownKey) return false;
    const region = imageRectToScreen(this.dirty, view, pr, buf);
    this.dirty = { ...EMPTY_RECT };
    if (isEmptyRect(region)) return true;
    paintMaskToScreen(this.raster, view, pr, buf, region, this.tint);
    ctx.putImageData(this.img as ImageData, 0, 0, region.x, region.y, region.w, region.h);
    return true;
  }
}
