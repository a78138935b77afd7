import { blendPixel, pixelWords } from './blend';
import { featherMask, type MaskEdges } from './featherMask';
import type { MaskTiles } from './maskTiles';
import { seamMap } from './seamMap';
import { growRect, intersectRect, type GreyImage, type Rect, type RgbaImage } from './types';

export interface PreviewRequest {
  /** The part of the picture shown, in picture pixels (fractions allowed: a zoomed view). */
  view: Rect;
  /** The preview's size in screen pixels. */
  width: number;
  height: number;
  /** Feather in picture pixels. */
  feather: number;
  /** Tint the seam (where result and original meet). */
  showSeam?: boolean;
}

/** What the preview reads from a paste-back session. */
export interface PreviewSource {
  original: RgbaImage;
  region: Rect;
  border: MaskEdges;
  /** The answer at the region's scale over `resultRect` (region coordinates). */
  result: RgbaImage;
  resultRect: Rect;
  /** The mask's box in region coordinates. */
  ink: Rect | null;
  /** The feather's clamp (whole px, 0 … the maximum). */
  clampFeather(feather: number): number;
  /** Full-resolution weights over the feather's whole rectangle (region coordinates, cached). */
  alpha(feather: number): { rect: Rect; alpha: GreyImage };
  /** The region's mask at 1 / 2^level of its size, with its tiles (level 0 = the mask itself; cached). */
  maskLevel(level: number): { mask: GreyImage; tiles: MaskTiles };
}

/** The seam tint: 60 % magenta, visible on skin, sky and foliage alike. */
export const SEAM_RGB = [255, 0, 255] as const;
const SEAM_WEIGHT = 154;

/** One channel of a seam pixel: the picture's value mixed with the tint's, rounded. */
export function tintChannel(value: number, tint: number): number {
  return Math.floor((value * (255 - SEAM_WEIGHT) + tint * SEAM_WEIGHT + 127) / 255);
}

/** Weights for the preview: a rectangle of a mask level (level px = 2^level picture px). */
interface Weights {
  level: number;
  rect: Rect;
  alpha: GreyImage;
}

/**
 * The weights the preview needs: full resolution when zoomed in (only the visible part of a large mask),
 * else feathered on a mask level no finer than the screen, so a frame costs about the screen's pixels
 * whatever the picture's size.
 */
function weightsFor(
  source: PreviewSource,
  feather: number,
  visible: Rect,
  pxPerScreen: number,
): Weights | null {
  if (!source.ink || visible.width <= 0 || visible.height <= 0) return null;
  const f = source.clampFeather(feather);
  const level = pxPerScreen >= 2 ? Math.floor(Math.log2(pxPerScreen)) : 0;
  const domain = intersectRect(growRect(source.ink, f), source.resultRect);
  if (level === 0) {
    const shown = intersectRect(domain, visible);
    // Dragging "Feather" asks a new feather every frame: weighting more than is shown would be wasted
    // (a 3000 px mask's 10 MP of weights at 1:1 on a 2 MP screen), unless the view shows nearly all of it.
    if (domain.width * domain.height <= 1.25 * shown.width * shown.height)
      return { level, ...source.alpha(f) };
    const { mask, tiles } = source.maskLevel(0);
    return { level, rect: shown, alpha: featherMask(mask, f, shown, source.border, tiles) };
  }
  const k = 2 ** level;
  const { mask, tiles } = source.maskLevel(level);
  const scaled = (r: Rect): Rect => {
    const x = Math.floor(r.x / k);
    const y = Math.floor(r.y / k);
    return { x, y, width: Math.ceil((r.x + r.width) / k) - x, height: Math.ceil((r.y + r.height) / k) - y };
  };
  const rect = intersectRect(
    scaled(domain),
    intersectRect(scaled(visible), { x: 0, y: 0, width: mask.width, height: mask.height }),
  );
  return { level, rect, alpha: featherMask(mask, Math.round(f / k), rect, source.border, tiles) };
}

/** For each output index, the picture pixel shown there (nearest), or −1 outside the picture. */
function sampleIndex(start: number, step: number, count: number, limit: number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const p = Math.floor(start + (i + 0.5) * step);
    out[i] = p >= 0 && p < limit ? p : -1;
  }
  return out;
}

/**
 * The composite seen through `view` at `width × height` screen pixels (nearest-pixel sampling, RGBA;
 * outside the picture transparent), the seam tinted when asked. Meant for live feather changes: the blend
 * is done only where the mask is, on weights no finer than the screen.
 */
export function renderPreview(source: PreviewSource, request: PreviewRequest): Uint8ClampedArray {
  const { view, width, height } = request;
  const { original, region } = source;
  const out = new Uint8ClampedArray(width * height * 4);
  if (width <= 0 || height <= 0 || view.width <= 0 || view.height <= 0) return out;
  const sx = view.width / width;
  const sy = view.height / height;
  const cols = sampleIndex(view.x, sx, width, original.width);
  const rows = sampleIndex(view.y, sy, height, original.height);
  const src = original.data;
  const outWords = new Uint32Array(out.buffer);
  const srcWords = pixelWords(src);
  for (let oy = 0; oy < height; oy++) {
    const py = rows[oy]!;
    if (py < 0) continue;
    for (let ox = 0; ox < width; ox++) {
      const px = cols[ox]!;
      if (px < 0) continue;
      const p = py * original.width + px;
      const o = oy * width + ox;
      if (srcWords) outWords[o] = srcWords[p]!;
      else for (let c = 0; c < 4; c++) out[o * 4 + c] = src[p * 4 + c]!;
    }
  }
  const visible = intersectRect(
    {
      x: Math.floor(view.x) - region.x,
      y: Math.floor(view.y) - region.y,
      width: Math.ceil(view.x + view.width) - Math.floor(view.x),
      height: Math.ceil(view.y + view.height) - Math.floor(view.y),
    },
    { x: 0, y: 0, width: region.width, height: region.height },
  );
  const weights = weightsFor(source, request.feather, visible, Math.min(sx, sy));
  if (!weights) return out;
  const seam = request.showSeam ? seamMap(weights.alpha, borderOf(source, weights)).data : null;
  overlay(source, weights, cols, rows, out, width, seam);
  return out;
}

/** Which sides of a weights rectangle are the picture's borders (no neighbour past them). */
function borderOf(source: PreviewSource, w: Weights): MaskEdges {
  const k = 2 ** w.level;
  const { region, original } = source;
  return {
    left: source.border.left && w.rect.x === 0,
    top: source.border.top && w.rect.y === 0,
    right: source.border.right && region.x + (w.rect.x + w.rect.width) * k >= original.width,
    bottom: source.border.bottom && region.y + (w.rect.y + w.rect.height) * k >= original.height,
  };
}

/** Blends the result over the output where the weights are non-zero, and tints the seam. */
function overlay(
  source: PreviewSource,
  w: Weights,
  cols: Int32Array,
  rows: Int32Array,
  out: Uint8ClampedArray,
  width: number,
  seam: Uint8Array | null,
): void {
  const { original, region, result, resultRect } = source;
  const k = 2 ** w.level;
  const outWords = new Uint32Array(out.buffer, out.byteOffset, out.length >> 2);
  const resultWords = pixelWords(result.data);
  // Per screen column, the weights' column it shows (−1: none); the same for every row.
  const weightCol = new Int32Array(cols.length).fill(-1);
  for (let ox = 0; ox < cols.length; ox++) {
    const px = cols[ox]!;
    const wx = px < 0 ? -1 : Math.floor((px - region.x) / k) - w.rect.x;
    if (wx >= 0 && wx < w.rect.width) weightCol[ox] = wx;
  }
  for (let oy = 0; oy < rows.length; oy++) {
    const py = rows[oy]!;
    if (py < 0) continue;
    const wy = Math.floor((py - region.y) / k) - w.rect.y;
    if (wy < 0 || wy >= w.rect.height) continue;
    const ry = py - region.y - resultRect.y;
    const rowHasResult = ry >= 0 && ry < resultRect.height;
    for (let ox = 0; ox < cols.length; ox++) {
      const wx = weightCol[ox]!;
      if (wx < 0) continue;
      const px = cols[ox]!;
      const a = w.alpha.data[wy * w.rect.width + wx]!;
      const o = oy * width + ox;
      const rx = px - region.x - resultRect.x;
      if (a > 0 && rowHasResult && rx >= 0 && rx < resultRect.width) {
        const r = ry * result.width + rx;
        // The original is already there: only the answer's pixels are written.
        if (a === 255 && resultWords) outWords[o] = resultWords[r]!;
        else blendPixel(out, o * 4, original.data, (py * original.width + px) * 4, result.data, r * 4, a);
      }
      if (seam?.[wy * w.rect.width + wx]) {
        for (let c = 0; c < 3; c++) out[o * 4 + c] = tintChannel(out[o * 4 + c]!, SEAM_RGB[c]!);
        out[o * 4 + 3] = 255;
      }
    }
  }
}
