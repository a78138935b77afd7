import { blendPixel, pixelWords } from './blend';
import { crop } from './crop';
import { featherMask, type MaskEdges } from './featherMask';
import { maskBounds } from './maskBounds';
import { MaskTiles } from './maskTiles';
import { halveGrey } from './halveGrey';
import { renderPreview, type PreviewRequest, type PreviewSource } from './renderPreview';
import { resample } from './resample';
import { seamMap } from './seamMap';
import {
  assertPixels,
  containsRect,
  growRect,
  intersectRect,
  type GreyImage,
  type Rect,
  type RgbaImage,
} from './types';

/** The largest feather (px): the answer is resampled this far around the mask once, so any feather up to it re-blends without resampling again. */
export const MAX_FEATHER = 128;

export interface PasteBackInput {
  /** The full-resolution picture. Never modified. */
  original: RgbaImage;
  /** The mask at the picture's size (255 = take the answer, 0 = keep, grey = blend). Copied (its region only). */
  mask: GreyImage;
  /** The region that was sent (`planMaskedRegion`), in picture pixels. The whole picture when sent whole. */
  region: Rect;
  /** The engine's answer at any size: resampled to the region's. */
  answer: RgbaImage;
}

/** Composited pixels of a rectangle of the picture (RGBA); everything outside it is the original. */
export interface Patch {
  rect: Rect;
  data: Uint8ClampedArray;
}

/**
 * Paste-back of an "Only masked" answer into the full picture, kept ready for re-blending: the answer is
 * resampled to the region once (around the mask only); each feather's blend weights are computed on first
 * use and kept until another feather is asked for. Outside the mask — and, feathered, farther than the
 * feather from its edge — every pixel is the original's, exactly. Mask pixels outside the region are not
 * pasted (there is no answer there); a feather reaching past the region stops at it.
 */
export class PasteBackSession implements PreviewSource {
  readonly original: RgbaImage;
  readonly region: Rect;
  /** The mask inside the region (region coordinates). */
  private readonly mask: GreyImage;
  private readonly tiles: MaskTiles;
  /** Sides of the region that are the picture's borders. */
  readonly border: MaskEdges;
  /** The mask's box in region coordinates; null when the region holds no mask. */
  readonly ink: Rect | null;
  /** The answer at the region's scale, over `resultRect` (region coordinates). */
  readonly result: RgbaImage;
  readonly resultRect: Rect;
  private cached: { feather: number; rect: Rect; alpha: GreyImage } | null = null;
  /** The mask halved 0, 1, 2… times, built on first use by the preview. */
  private readonly levels: Array<{ mask: GreyImage; tiles: MaskTiles }> = [];

  constructor(input: PasteBackInput) {
    const { original, mask, region, answer } = input;
    assertPixels('paste-back original', original, 4);
    assertPixels('paste-back mask', mask, 1);
    assertPixels('paste-back answer', answer, 4);
    if (mask.width !== original.width || mask.height !== original.height) {
      throw new RangeError(
        `paste-back: the mask is ${mask.width}×${mask.height}, the picture ${original.width}×${original.height}`,
      );
    }
    const picture = { x: 0, y: 0, width: original.width, height: original.height };
    if (region.width < 1 || region.height < 1 || !containsRect(picture, region)) {
      throw new RangeError(
        `paste-back: the region ${region.width}×${region.height} at (${region.x}, ${region.y}) is not inside the ${original.width}×${original.height} picture`,
      );
    }
    this.original = original;
    this.region = { ...region };
    this.mask = crop(mask, 1, region);
    this.tiles = new MaskTiles(this.mask);
    this.levels.push({ mask: this.mask, tiles: this.tiles });
    this.border = {
      left: region.x === 0,
      top: region.y === 0,
      right: region.x + region.width === original.width,
      bottom: region.y + region.height === original.height,
    };
    this.ink = maskBounds(this.mask);
    const local = { x: 0, y: 0, width: region.width, height: region.height };
    this.resultRect = this.ink
      ? intersectRect(growRect(this.ink, MAX_FEATHER), local)
      : { x: 0, y: 0, width: 0, height: 0 };
    this.result = resample(answer, 4, region, this.resultRect);
  }

  /** The feather actually used for `feather` px: a whole number in 0 … MAX_FEATHER. */
  clampFeather(feather: number): number {
    return Math.min(MAX_FEATHER, Math.max(0, Math.round(Number.isFinite(feather) ? feather : 0)));
  }

  /**
   * The blend weights (255 = answer) for `feather` over the rectangle they can be non-zero in (region
   * coordinates): the mask's box grown by the feather, within the region. Kept for the next call.
   */
  alpha(feather: number): { rect: Rect; alpha: GreyImage } {
    const f = this.clampFeather(feather);
    if (this.cached?.feather === f) return this.cached;
    const rect = this.ink
      ? intersectRect(growRect(this.ink, f), this.resultRect)
      : { x: 0, y: 0, width: 0, height: 0 };
    // Past the region's sides the feather reads the picture's border as repeating, an inner side as 0.
    const alpha = featherMask(this.mask, f, rect, this.border, this.tiles);
    this.cached = { feather: f, rect, alpha };
    return this.cached;
  }

  /** The region's mask at 1 / 2^level of its size, with its tiles (built on first use, kept). */
  maskLevel(level: number): { mask: GreyImage; tiles: MaskTiles } {
    while (this.levels.length <= level) {
      const mask = halveGrey(this.levels[this.levels.length - 1]!.mask);
      this.levels.push({ mask, tiles: new MaskTiles(mask) });
    }
    return this.levels[level]!;
  }

  /** Where `patch(feather)` lies in the picture, without compositing it. */
  patchRect(feather: number): Rect {
    const { rect } = this.alpha(feather);
    return { x: this.region.x + rect.x, y: this.region.y + rect.y, width: rect.width, height: rect.height };
  }

  /** The composite where it can differ from the original (picture coordinates). */
  patch(feather: number): Patch {
    const { rect, alpha } = this.alpha(feather);
    const out = new Uint8ClampedArray(rect.width * rect.height * 4);
    const { original, result, resultRect, region } = this;
    const outWords = new Uint32Array(out.buffer);
    const originalWords = pixelWords(original.data);
    const resultWords = pixelWords(result.data);
    for (let y = 0; y < rect.height; y++) {
      const row = y * rect.width;
      // Pixel indices of this row's first pixel in the original and in the resampled answer.
      const p0 = (region.y + rect.y + y) * original.width + region.x + rect.x;
      const r0 = (rect.y + y - resultRect.y) * result.width + rect.x - resultRect.x;
      for (let x = 0; x < rect.width; x++) {
        const a = alpha.data[row + x]!;
        if (a === 0 && originalWords) outWords[row + x] = originalWords[p0 + x]!;
        else if (a === 255 && resultWords) outWords[row + x] = resultWords[r0 + x]!;
        else blendPixel(out, (row + x) * 4, original.data, (p0 + x) * 4, result.data, (r0 + x) * 4, a);
      }
    }
    return { rect: this.patchRect(feather), data: out };
  }

  /** The kept picture: a copy of the original with the patch for `feather` written in. */
  composite(feather: number): RgbaImage {
    const { width, height } = this.original;
    const data = new Uint8ClampedArray(this.original.data);
    const { rect, data: patch } = this.patch(feather);
    for (let y = 0; y < rect.height; y++) {
      data.set(
        patch.subarray(y * rect.width * 4, (y + 1) * rect.width * 4),
        ((rect.y + y) * width + rect.x) * 4,
      );
    }
    return { width, height, data };
  }

  /** The seam for `feather` (255 where result and original meet), over the patch's rectangle. */
  seam(feather: number): { rect: Rect; seam: GreyImage } {
    const { rect, alpha } = this.alpha(feather);
    const seam = seamMap(alpha, this.domainBorder(rect));
    return { rect: { ...rect, x: rect.x + this.region.x, y: rect.y + this.region.y }, seam };
  }

  /** Which sides of a region rectangle are the picture's borders. */
  domainBorder(rect: Rect): MaskEdges {
    const { region, original } = this;
    return {
      left: region.x + rect.x === 0,
      top: region.y + rect.y === 0,
      right: region.x + rect.x + rect.width === original.width,
      bottom: region.y + rect.y + rect.height === original.height,
    };
  }

  /** A screen-resolution view of the composite (and its seam), for live feather previews. */
  preview(request: PreviewRequest): Uint8ClampedArray {
    return renderPreview(this, request);
  }
}
