import { PROFILE_STEPS } from './brushProfile';
import { EMPTY_RECT, type Rect } from './rect';
import { applyXorRuns } from './xorRuns';

/**
 * The inpainting mask at the init image's resolution: one byte per pixel, 0 = keep, 255 = repaint,
 * in between = partial. DOM-free so every pixel operation is unit-testable; the display canvas is
 * derived from it (never the other way round) and export reads it directly, so zoom never matters.
 */
export class MaskRaster {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  /** Pixels ≠ 0, kept exact by every operation so "is the mask empty?" is O(1). */
  private nonZero = 0;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.data = new Uint8Array(width * height);
  }

  get nonZeroCount(): number {
    return this.nonZero;
  }

  isEmpty(): boolean {
    return this.nonZero === 0;
  }

  get(x: number, y: number): number {
    return this.data[y * this.width + x] ?? 0;
  }

  /**
   * Stamps one round dab centred at (cx, cy) (pixel centres at +0.5). Paint takes the max of old and dab
   * coverage, erase the min with its complement: overlapping dabs never build up beyond the brush's own
   * profile, so a soft stroke stays soft. Returns the touched rect.
   */
  stamp(cx: number, cy: number, radius: number, profile: Uint8Array, erase: boolean): Rect {
    const r = Math.max(0.5, radius);
    const x0 = Math.max(0, Math.floor(cx - r));
    const y0 = Math.max(0, Math.floor(cy - r));
    const x1 = Math.min(this.width, Math.ceil(cx + r));
    const y1 = Math.min(this.height, Math.ceil(cy + r));
    if (x1 <= x0 || y1 <= y0) return { ...EMPTY_RECT };
    const k = PROFILE_STEPS / (r * r);
    const data = this.data;
    const w = this.width;
    let nz = this.nonZero;
    for (let y = y0; y < y1; y++) {
      const dy = y + 0.5 - cy;
      const dy2 = dy * dy;
      const row = y * w;
      for (let x = x0; x < x1; x++) {
        const dx = x + 0.5 - cx;
        const idx = ((dx * dx + dy2) * k) | 0;
        if (idx >= PROFILE_STEPS) continue;
        const a = profile[idx] as number;
        if (a === 0) continue;
        const i = row + x;
        const old = data[i] as number;
        if (erase) {
          const v = 255 - a;
          if (v < old) {
            data[i] = v;
            if (v === 0) nz--;
          }
        } else if (a > old) {
          data[i] = a;
          if (old === 0) nz++;
        }
      }
    }
    this.nonZero = nz;
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }

  /** Sets `len` pixels of row `y` from `x` to `value` (lasso spans), keeping the tally exact. */
  fillSpan(x: number, y: number, len: number, value: number): void {
    const d = this.data;
    const start = y * this.width + x;
    let nz = this.nonZero;
    for (let i = start; i < start + len; i++) {
      const old = d[i] as number;
      if (old === value) continue;
      if (old === 0) nz++;
      else if (value === 0) nz--;
      d[i] = value;
    }
    this.nonZero = nz;
  }

  /** Sets every pixel to `value` (Clear = 0, Fill = 255). */
  fillAll(value: number): Rect {
    this.data.fill(value);
    this.nonZero = value === 0 ? 0 : this.data.length;
    return this.fullRect();
  }

  invert(): Rect {
    const d = this.data;
    let nz = 0;
    for (let i = 0; i < d.length; i++) {
      const v = 255 - (d[i] as number);
      d[i] = v;
      if (v !== 0) nz++;
    }
    this.nonZero = nz;
    return this.fullRect();
  }

  fullRect(): Rect {
    return { x: 0, y: 0, w: this.width, h: this.height };
  }

  /** Copies a rect out (row-major, rect-sized). */
  readRect(r: Rect, out = new Uint8Array(r.w * r.h)): Uint8Array {
    const { data, width } = this;
    for (let y = 0; y < r.h; y++) {
      const src = (r.y + y) * width + r.x;
      out.set(data.subarray(src, src + r.w), y * r.w);
    }
    return out;
  }

  /** Writes a rect back, keeping the non-zero count exact. */
  writeRect(r: Rect, bytes: Uint8Array): void {
    const { data, width } = this;
    let nz = this.nonZero;
    for (let y = 0; y < r.h; y++) {
      const dst = (r.y + y) * width + r.x;
      const srcRow = y * r.w;
      for (let x = 0; x < r.w; x++) {
        const old = data[dst + x] as number;
        const v = bytes[srcRow + x] as number;
        if (old === 0 && v !== 0) nz++;
        else if (old !== 0 && v === 0) nz--;
        data[dst + x] = v;
      }
    }
    this.nonZero = nz;
  }

  /** Applies an undo patch's run-coded XOR (xorRuns.ts) to `r`, keeping the tally exact. */
  applyXor(r: Rect, code: Uint8Array): void {
    this.nonZero += applyXorRuns(code, this.data, this.width, r);
  }

  /** Recounts from scratch; used by tests and after bulk writes of unknown content. */
  recount(): number {
    let nz = 0;
    for (let i = 0; i < this.data.length; i++) if (this.data[i] !== 0) nz++;
    this.nonZero = nz;
    return nz;
  }
}
