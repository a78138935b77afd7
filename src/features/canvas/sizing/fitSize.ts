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
 * "Crop to W×H": the largest valid size that fits inside the image (ties: nearest aspect), so a crop keeps
 * original pixels and never scales. Null when every valid size is wider or taller than the image: then no
 * crop exists and only Resize can make the image fit (see `noCropReason`).
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
  return best;
}

/**
 * Why Crop cannot be offered for `image` (shown beside the disabled button), or null when a crop fits.
 * Names the size Resize would pick, since that is the way out.
 */
export function noCropReason(sizes: EngineSizes, image: Size): string | null {
  if (nearestCropSize(sizes, image)) return null;
  const resize = nearestResizeSize(sizes, image);
  const way = resize ? ` Resize scales the whole image to ${resize.width}×${resize.height} instead.` : '';
  return `Nothing to crop: every size ${sizes.engineId} accepts is wider or taller than ${image.width}×${image.height}, so no region of it has a valid size.${way}`;
}

/** The region of the image a crop to `target` keeps, centred (`target` fits inside `image`: nearestCropSize). */
export function initialCropRect(image: Size, target: Size): CropRect {
  const width = Math.min(image.width, target.width);
  const height = Math.min(image.height, target.height);
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
