import type { Margins } from '../../../lib/pixels';
import type { Size } from '../sizing/fitSize';

export type { Margins };

/** The four sides in the dialog's order, with their spinbutton names. */
export const SIDES = [
  ['left', 'Left'],
  ['right', 'Right'],
  ['top', 'Top'],
  ['bottom', 'Bottom'],
] as const satisfies ReadonlyArray<readonly [keyof Margins, string]>;

export const NO_MARGINS: Margins = { left: 0, right: 0, top: 0, bottom: 0 };

/** The picture's size once `margins` are added. */
export function extendedSize(size: Size, margins: Margins): Size {
  return {
    width: size.width + margins.left + margins.right,
    height: size.height + margins.top + margins.bottom,
  };
}

/** `"16:9"` as a width / height ratio, or null when it is not two positive numbers. */
export function parseRatio(label: string): number | null {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(label.trim());
  if (!m) return null;
  const r = Number(m[1]) / Number(m[2]);
  return Number.isFinite(r) && r > 0 ? r : null;
}

/**
 * Splits `total` px (a multiple of `step`) between two opposite sides, centred: each side a multiple of
 * `step`, the odd step (when there is one) on the second side (right, bottom).
 */
function split(total: number, step: number): [number, number] {
  const steps = Math.round(total / step);
  const first = Math.floor(steps / 2) * step;
  return [first, steps * step - first];
}

/**
 * The margins a ratio preset fills in: the picture grows along one axis only (it is never cropped) to the
 * shape nearest `ratio` that a whole number of `step`s reaches, centred. All zero when the picture already
 * has that shape (within half a step).
 */
export function presetMargins(size: Size, ratio: number, step: number): Margins {
  const s = Math.max(1, Math.round(step));
  if (size.width / size.height < ratio) {
    const [left, right] = split(Math.max(0, size.height * ratio - size.width), s);
    return { left, right, top: 0, bottom: 0 };
  }
  const [top, bottom] = split(Math.max(0, size.width / ratio - size.height), s);
  return { left: 0, right: 0, top, bottom };
}

/**
 * Why these margins cannot be applied, per side (the spinbutton's message) and as a whole, in the
 * user's words; empty when they can. `step`: every side a multiple of it (the engine's size step).
 */
export function marginProblems(
  margins: Margins,
  step: number,
): { sides: Partial<Record<keyof Margins, string>>; all: string | null } {
  const sides: Partial<Record<keyof Margins, string>> = {};
  for (const [side, label] of SIDES) {
    const v = margins[side];
    if (!Number.isFinite(v)) sides[side] = `${label}: enter a number of pixels (0 for none).`;
    else if (!Number.isInteger(v) || v < 0)
      sides[side] = `${label} must be a whole number of pixels, 0 or more.`;
    else if (step > 1 && v % step !== 0) {
      const below = Math.floor(v / step) * step;
      sides[side] =
        `${label} must be a multiple of ${step} px (this engine takes sizes in steps of ${step}): try ${below} or ${below + step}.`;
    }
  }
  const any = SIDES.some(([side]) => margins[side] > 0);
  return { sides, all: Object.keys(sides).length === 0 && !any ? 'Add pixels on at least one side.' : null };
}
