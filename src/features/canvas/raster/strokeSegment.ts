import type { ImagePoint } from '../geometry/coords';
import type { MaskRaster } from './MaskRaster';
import { EMPTY_RECT, unionRect, type Rect } from './rect';

/** One brush sample in image space. `pressure` ∈ (0, 1]; 1 for mice. */
export interface BrushSample {
  point: ImagePoint;
  pressure: number;
}

export interface BrushSettings {
  /** Diameter in image pixels at full pressure. */
  size: number;
  /** Radial coverage table from `brushProfile(hardness)`. */
  profile: Uint8Array;
  erase: boolean;
}

/**
 * Dab spacing as a fraction of the radius. A quarter radius hides the scalloping of soft and hard
 * edges alike while keeping a long stroke to a few dabs per pixel of travel.
 */
export const SPACING_RATIO = 0.25;

/** Smallest radius pressure can shrink a dab to, so a feather-light pen touch still marks. */
const MIN_RADIUS = 0.5;

/** Per-stroke state: where the last dab went and how far along the path the next one is due. */
export interface StrokeCursor {
  last: BrushSample | null;
  /** Distance travelled since the last dab. */
  carry: number;
}

export function newStrokeCursor(): StrokeCursor {
  return { last: null, carry: 0 };
}

function radiusOf(s: BrushSettings, pressure: number): number {
  return Math.max(MIN_RADIUS, (s.size / 2) * pressure);
}

/**
 * Stamps the segment from the cursor's last sample to `to` (the first sample of a stroke gets a single
 * dab). Only this new segment is touched: cost is proportional to the travelled distance, never to the
 * stroke's or the mask's history. Returns the dirty rect.
 */
export function stampSegment(
  raster: MaskRaster,
  cursor: StrokeCursor,
  to: BrushSample,
  s: BrushSettings,
): Rect {
  const from = cursor.last;
  cursor.last = to;
  if (!from) {
    cursor.carry = 0;
    return raster.stamp(to.point.x, to.point.y, radiusOf(s, to.pressure), s.profile, s.erase);
  }
  const dx = to.point.x - from.point.x;
  const dy = to.point.y - from.point.y;
  const len = Math.hypot(dx, dy);
  let dirty: Rect = { ...EMPTY_RECT };
  if (len === 0) return dirty;
  let t = 0;
  let travelled = cursor.carry;
  // Walk the segment placing dabs every `spacing`, re-evaluated at each dab as pressure changes size.
  for (;;) {
    const p = from.pressure + (to.pressure - from.pressure) * (t / len);
    const spacing = Math.max(0.5, radiusOf(s, p) * SPACING_RATIO);
    const need = spacing - travelled;
    if (t + need > len) {
      cursor.carry = travelled + (len - t);
      break;
    }
    t += need;
    travelled = 0;
    const f = t / len;
    const pr = from.pressure + (to.pressure - from.pressure) * f;
    const r = raster.stamp(from.point.x + dx * f, from.point.y + dy * f, radiusOf(s, pr), s.profile, s.erase);
    dirty = unionRect(dirty, r);
  }
  return dirty;
}
