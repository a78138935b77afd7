import type { EngineSizes } from '../../../lib/api/studio';

export interface Size {
  width: number;
  height: number;
}

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far apart two aspect ratios are, symmetric in portrait/landscape (log space). */
function aspectDistance(a: Size, b: Size): number {
  return Math.abs(Math.log(a.width / a.height) - Math.log(b.width / b.height));
}

function areaDistance(a: Size, b: Size): number {
  return Math.abs(Math.log((a.width * a.height) / (b.width * b.height)));
}

function toSizes(sizes: EngineSizes): Size[] {
  return sizes.all().map(([width, height]) => ({ width, height }));
}

/**
 * "Resize to W×H": the valid size closest in aspect ratio (least distortion), then closest in area
 * (least rescaling). Null only if the engine accepts no size at all.
 */
export function nearestResizeSize(sizes: EngineSizes, image: Size): Size | null {
  let best: Size | null = null;
  let bestKey = [Infinity, Infinity];
  for (const s of toSizes(sizes)) {
    const key = [round6(aspectDistance(s, image)), areaDistance(s, image)] as const;
    if (key[0] < (bestKey[0] as number) || (key[0] === bestKey[0] && key[1] < (bestKey[1] as number))) {
      best = s;
      bestKey = [key[0], key[1]];
    }
  }
  return best;
}

/**
 * "Crop to W×H": keeps original pixels when it can — the largest valid size that fits inside the image
 * (ties: nearest aspect). When the image is smaller than every valid size, falls back to the resize
 * target and the crop region is the largest area of that aspect, scaled up on export.
 */
export function nearestCropSize(sizes: EngineSizes, image: Size): Size | null {
  let best: Size | null = null;
  for (const s of toSizes(sizes)) {
    if (s.width > image.width || s.height > image.height) continue;
    const area = s.width * s.height;
    const bestArea = best ? best.width * best.height : -1;
    if (
      area > bestArea ||
      (area === bestArea && best && aspectDistance(s, image) < aspectDistance(best, image))
    ) {
      best = s;
    }
  }
  return best ?? nearestResizeSize(sizes, image);
}

/** The region of the image a crop to `target` keeps, centred: target-sized when it fits, else the largest same-aspect area. */
export function initialCropRect(image: Size, target: Size): CropRect {
  const scale = Math.min(1, image.width / target.width, image.height / target.height);
  const width = Math.min(image.width, Math.round(target.width * scale));
  const height = Math.min(image.height, Math.round(target.height * scale));
  return {
    x: Math.floor((image.width - width) / 2),
    y: Math.floor((image.height - height) / 2),
    width,
    height,
  };
}

/** Moves a crop rect by (dx, dy) image pixels, kept inside the image (the dialog's draggable preview). */
export function moveCropRect(rect: CropRect, image: Size, dx: number, dy: number): CropRect {
  return {
    ...rect,
    x: Math.round(Math.min(image.width - rect.width, Math.max(0, rect.x + dx))),
    y: Math.round(Math.min(image.height - rect.height, Math.max(0, rect.y + dy))),
  };
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
