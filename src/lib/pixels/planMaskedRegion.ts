import { V2BETA_IMAGE_RULES, type ImageRule } from '../api/backends/v2beta/imageRules';
import { fitImageRule } from './fitImageRule';
import { containsRect, growRect, intersectRect, type Rect, type Size } from './types';

/**
 * What sizes a backend takes for the picture sent (and answers with):
 * - `sizes`: only these exact sizes, answered at the same size (an SDXL list, or every size of an area or
 *   sides rule: `sendRuleForBackend(backend, engineId)` reads them from the selected backend).
 * - `range`: every size within an input rule, answered at the input's size (v2beta inpaint: `V2BETA_INPAINT_SEND`).
 * - `aspects`: every input within `input`, answered at the output size of the nearest listed aspect
 *   (v2beta image-to-image); the region is shaped to one of `outputs`' aspects.
 */
export type SendSizeRule =
  | { kind: 'sizes'; sizes: ReadonlyArray<readonly [width: number, height: number]> }
  | { kind: 'range'; input: ImageRule }
  | { kind: 'aspects'; outputs: readonly Size[]; input: ImageRule };

export interface MaskedRegionRequest {
  /** The full picture's size (up to 8192×8192 and beyond: nothing here allocates per pixel). */
  imageSize: Size;
  /** The mask's bounding box in the full picture (`maskBounds`), non-empty. */
  maskBounds: Rect;
  /** "Context margin": pixels of picture wanted around the mask on every side, where the picture has them. */
  margin: number;
  size: SendSizeRule;
}

export interface MaskedRegionPlan {
  /** The part of the full picture to crop: whole pixels, inside the picture, always holding the whole mask. */
  region: Rect;
  /** The size the crop (and its mask) is resampled to and sent at; the region's own size when `scale` is 1. */
  sendSize: Size;
  /** `sendSize / region` per axis: below 1 the region is shrunk to fit the model, above 1 enlarged. */
  scale: { x: number; y: number };
  /** The size the answer is expected at; paste-back resamples whatever arrives to the region's size. */
  answerSize: Size;
  /** Whether the region holds the mask plus its margin (clipped to the picture). */
  coversMargin: boolean;
}

/** v2beta inpaint: every picture of 4,096–9,437,184 pixels, each side ≥ 64, answered at its own size. */
export const V2BETA_INPAINT_SEND: SendSizeRule = {
  kind: 'range',
  input: V2BETA_IMAGE_RULES['edit/inpaint'].image as ImageRule,
};

/** Where a region of `len` starts on one axis: over the mask, centred on the margin box, inside the picture. */
function placeAxis(len: number, maskStart: number, maskLen: number, centre: number, limit: number): number {
  let lo = 0;
  let hi = limit - len;
  if (len >= maskLen) {
    lo = Math.max(lo, maskStart + maskLen - len);
    hi = Math.min(hi, maskStart);
  } else {
    centre = maskStart + maskLen / 2;
  }
  return Math.min(hi, Math.max(lo, Math.round(centre - len / 2)));
}

function place(size: Size, mask: Rect, want: Rect, image: Size): Rect {
  return {
    x: placeAxis(size.width, mask.x, mask.width, want.x + want.width / 2, image.width),
    y: placeAxis(size.height, mask.y, mask.height, want.y + want.height / 2, image.height),
    width: size.width,
    height: size.height,
  };
}

interface Candidate {
  region: Rect;
  target: Size;
  /** Resampling between the region and the target: k = region / target. */
  k: number;
}

/**
 * How much a doubling of the aspect mismatch (log units) weighs against a doubling of the area, among sizes
 * that hold the margin box unscaled: 2 keeps SDXL's 1024² for a square mask (not the smaller 1536×640) and a
 * 512-class 576×512 for a 330×300 box (not 704×640, whose aspect is exact but area 53 % larger).
 */
const ASPECT_WEIGHT = 2;

/** Lexicographic: mask held, margin held (else as much as possible), least resampling, then size and aspect. */
function score(c: Candidate, mask: Rect, want: Rect): number[] {
  const covered = intersectRect(c.region, want);
  const aspect = Math.abs(Math.log(c.target.width / c.target.height) - Math.log(want.width / want.height));
  return [
    containsRect(c.region, mask) ? 0 : 1,
    containsRect(c.region, want) ? 0 : 1,
    -(covered.width * covered.height),
    Math.abs(Math.log(c.k)),
    Math.log(c.target.width * c.target.height) + ASPECT_WEIGHT * aspect,
  ];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (Math.abs(d) > 1e-9 * Math.max(1, Math.abs(b[i]!))) return d < 0;
  }
  return false;
}

/**
 * For a target size, the region of the same aspect closest to it (k = 1: no resampling) that holds the
 * margin box and fits the picture; when the picture forbids, the largest that fits.
 */
function candidateFor(target: Size, want: Rect, image: Size, mask: Rect): Candidate {
  const kMin = Math.max(want.width / target.width, want.height / target.height);
  const kMax = Math.min(image.width / target.width, image.height / target.height);
  const k = kMin <= kMax ? Math.min(kMax, Math.max(kMin, 1)) : kMax;
  const size = {
    width: Math.min(image.width, Math.max(1, Math.round(k * target.width))),
    height: Math.min(image.height, Math.max(1, Math.round(k * target.height))),
  };
  return { region: place(size, mask, want, image), target, k };
}

/** The margin box itself, sent at the target of the nearest aspect (resampled unevenly). */
function stretched(targets: readonly Size[], want: Rect): Candidate {
  const aspect = Math.log(want.width / want.height);
  let target = targets[0]!;
  for (const t of targets) {
    const d = Math.abs(Math.log(t.width / t.height) - aspect);
    if (d < Math.abs(Math.log(target.width / target.height) - aspect)) target = t;
  }
  return { region: want, target, k: want.width / target.width };
}

/** The region for `any`: the margin box, grown (inside the picture) to the rule's smallest sides and aspect. */
function anyRegion(want: Rect, image: Size, mask: Rect, rule: ImageRule): Rect {
  let { width, height } = want;
  const grow = (len: number, to: number, limit: number) => Math.min(limit, Math.max(len, Math.ceil(to)));
  width = grow(width, rule.sideMin, image.width);
  height = grow(height, rule.sideMin, image.height);
  if (width * height < rule.pixelsMin) {
    const f = Math.sqrt(rule.pixelsMin / (width * height));
    width = grow(width, width * f, image.width);
    height = grow(height, rule.pixelsMin / width, image.height);
  }
  if (rule.aspectMax !== undefined) {
    if (width > rule.aspectMax * height) height = grow(height, width / rule.aspectMax, image.height);
    if (height > rule.aspectMax * width) width = grow(width, height / rule.aspectMax, image.width);
  }
  return place({ width, height }, mask, want, image);
}

/**
 * Plans an "Only masked" request: the region of the full picture to send — the mask's box plus `margin`
 * (clipped to the picture), grown to the backend's nearest valid size and aspect — and how it is resampled
 * to be sent. Prefers, in order: holding the whole mask, holding the margin, no resampling (a valid size
 * the picture can hold around the margin box is used as is), then the smallest size of the nearest aspect
 * (`ASPECT_WEIGHT` trades one against the other).
 * When the margin box is larger than any valid size the region is shrunk to fit (`scale` < 1); when the
 * picture is smaller than the smallest, enlarged (`scale` > 1).
 */
export function planMaskedRegion(request: MaskedRegionRequest): MaskedRegionPlan {
  const { imageSize: image, maskBounds: mask, size: rule } = request;
  const whole = { x: 0, y: 0, width: image.width, height: image.height };
  if (mask.width <= 0 || mask.height <= 0 || !containsRect(whole, mask)) {
    throw new RangeError(
      `planMaskedRegion: the mask box ${mask.width}×${mask.height} at (${mask.x}, ${mask.y}) is empty or outside the ${image.width}×${image.height} picture`,
    );
  }
  const want = intersectRect(growRect(mask, Math.max(0, Math.floor(request.margin))), whole);

  let region: Rect;
  let sendSize: Size;
  let answerSize: Size;
  if (rule.kind === 'range') {
    region = anyRegion(want, image, mask, rule.input);
    sendSize = fitImageRule(region, rule.input);
    answerSize = sendSize;
  } else {
    const targets =
      rule.kind === 'sizes' ? rule.sizes.map(([width, height]) => ({ width, height })) : rule.outputs;
    if (targets.length === 0) throw new RangeError('planMaskedRegion: the backend lists no sizes');
    let best: Candidate | null = null;
    let bestScore: number[] = [];
    for (const target of targets) {
      const c = candidateFor(target, want, image, mask);
      const s = score(c, mask, want);
      if (!best || better(s, bestScore)) {
        best = c;
        bestScore = s;
      }
    }
    let chosen = best as Candidate;
    // No listed aspect fits around the mask inside this picture (a panorama strip masked end to end): send
    // the margin box stretched to the nearest aspect; paste-back stretches the answer back.
    if (!containsRect(chosen.region, mask)) chosen = stretched(targets, want);
    region = chosen.region;
    answerSize = { width: chosen.target.width, height: chosen.target.height };
    sendSize = rule.kind === 'sizes' ? answerSize : fitImageRule(region, rule.input);
  }
  return {
    region,
    sendSize,
    scale: { x: sendSize.width / region.width, y: sendSize.height / region.height },
    answerSize,
    coversMargin: containsRect(region, want),
  };
}
