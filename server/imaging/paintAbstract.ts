import type { Layout } from './layout.ts';
import type { Noise } from './noise.ts';
import type { Palette } from './palette.ts';

/**
 * The abstract composition ("abstract", "pattern", "bokeh"…): a diagonal wash between palette colours,
 * softly clouded, under overlapping soft discs. Each disc only touches its bounding box.
 */
export function paintAbstract(
  buf: Float32Array,
  width: number,
  height: number,
  layout: Layout,
  palette: Palette,
  noise: Noise,
): void {
  const c0 = palette.sky(0.3);
  const c1 = palette.accent(0.75);
  const [hr, hg, hb] = palette.horizon;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = Math.min(1, Math.max(0, 0.6 * (y / height) + 0.4 * (x / width)));
      const cloud = noise.fbm2((x / height) * 1.5, (y / height) * 1.5, 3);
      const k = Math.max(0, cloud - 0.45) * 0.8;
      const o = (y * width + x) * 3;
      let r = c0[0] + (c1[0] - c0[0]) * t;
      let g = c0[1] + (c1[1] - c0[1]) * t;
      let b = c0[2] + (c1[2] - c0[2]) * t;
      r += (hr - r) * k;
      g += (hg - g) * k;
      b += (hb - b) * k;
      buf[o] = r;
      buf[o + 1] = g;
      buf[o + 2] = b;
    }
  }
  const size = Math.max(width, height);
  for (const blob of layout.blobs) {
    const [br, bg, bb] = palette.accent(blob.t);
    const cx = blob.x * width;
    const cy = blob.y * height;
    const rad = blob.r * size;
    const inv = 1 / (rad * rad);
    const x0 = Math.max(0, Math.floor(cx - rad));
    const x1 = Math.min(width - 1, Math.ceil(cx + rad));
    const y0 = Math.max(0, Math.floor(cy - rad));
    const y1 = Math.min(height - 1, Math.ceil(cy + rad));
    for (let y = y0; y <= y1; y++) {
      const dy2 = (y - cy) * (y - cy);
      for (let x = x0; x <= x1; x++) {
        const q = 1 - ((x - cx) * (x - cx) + dy2) * inv;
        if (q <= 0) continue;
        const a = q * q * blob.opacity;
        const o = (y * width + x) * 3;
        buf[o] = buf[o]! + (br - buf[o]!) * a;
        buf[o + 1] = buf[o + 1]! + (bg - buf[o + 1]!) * a;
        buf[o + 2] = buf[o + 2]! + (bb - buf[o + 2]!) * a;
      }
    }
  }
}
