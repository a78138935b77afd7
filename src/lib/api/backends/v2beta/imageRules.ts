import type { PixelSize } from './outputSize.ts';
import type { V2betaEndpoint } from './vocabulary.ts';

/** The limits one input image must meet (shared/API-v2beta.md §2.4). */
export interface ImageRule {
  /** Each side at least this many pixels. */
  sideMin: number;
  /** Each side at most this many pixels; absent = no side limit. */
  sideMax?: number;
  /** Width × height at least this. */
  pixelsMin: number;
  /** Width × height at most this; absent = none stated. */
  pixelsMax?: number;
  /** Longer side / shorter side at most this (2.5 = between 1:2.5 and 2.5:1); absent = any aspect. */
  aspectMax?: number;
}

/** 3072×3072: the edit endpoints' and conservative upscale's largest input. */
export const EDIT_PIXELS_MAX = 9_437_184;

const EDIT: ImageRule = { sideMin: 64, pixelsMin: 4096, pixelsMax: EDIT_PIXELS_MAX };
const EDIT_ASPECT: ImageRule = { ...EDIT, aspectMax: 2.5 };

/** The image fields each endpoint takes: `image`, and for inpaint and erase `mask` (the same rules). */
export interface EndpointImages {
  image?: ImageRule;
  mask?: ImageRule;
}

/**
 * §2.4 per endpoint. Core takes no image. sd3 states only a side minimum. The mask of inpaint and erase
 * follows the image's rules (the table names both) and is resized to the image when their sizes differ.
 */
export const V2BETA_IMAGE_RULES: Readonly<Record<V2betaEndpoint, EndpointImages>> = {
  'generate/ultra': { image: { sideMin: 64, sideMax: 16384, pixelsMin: 4096 } },
  'generate/core': {},
  'generate/sd3': { image: { sideMin: 64, pixelsMin: 0 } },
  'edit/inpaint': { image: EDIT, mask: EDIT },
  'edit/outpaint': { image: EDIT_ASPECT },
  'edit/erase': { image: EDIT, mask: EDIT },
  'upscale/fast': { image: { sideMin: 32, sideMax: 1536, pixelsMin: 1024, pixelsMax: 1_048_576 } },
  'upscale/conservative': { image: EDIT_ASPECT },
};

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Every way `size` breaks `rule`, as `"<field>: <problem>"` messages (sides, then pixel count, then aspect);
 * empty when it meets them all.
 */
export function checkImageSize(field: string, size: PixelSize, rule: ImageRule): string[] {
  const { width: w, height: h } = size;
  const received = `received ${w}×${h}`;
  const problems: string[] = [];
  const sideMax = rule.sideMax ?? Infinity;
  if (Math.min(w, h) < rule.sideMin || Math.max(w, h) > sideMax) {
    problems.push(
      rule.sideMax === undefined
        ? `${field}: width and height must each be at least ${rule.sideMin} pixels, ${received}`
        : `${field}: width and height must each be between ${rule.sideMin} and ${rule.sideMax} pixels, ${received}`,
    );
  }
  const pixels = w * h;
  if (pixels < rule.pixelsMin) {
    problems.push(
      `${field}: must have at least ${count(rule.pixelsMin)} pixels, ${received} (${count(pixels)})`,
    );
  }
  if (rule.pixelsMax !== undefined && pixels > rule.pixelsMax) {
    problems.push(
      `${field}: must have at most ${count(rule.pixelsMax)} pixels, ${received} (${count(pixels)})`,
    );
  }
  if (rule.aspectMax !== undefined && Math.max(w, h) > rule.aspectMax * Math.min(w, h)) {
    problems.push(
      `${field}: aspect ratio must be between 1:${rule.aspectMax} and ${rule.aspectMax}:1, ${received}`,
    );
  }
  return problems;
}
