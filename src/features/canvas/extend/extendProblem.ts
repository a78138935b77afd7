import type { EngineSizes } from '../../../lib/api/studio';
import { MAX_CANVAS_SIDE } from '../io/loadInitImage';
import type { Size } from '../sizing/fitSize';
import type { ExtendRule } from './extendRule';
import { extendedSize, marginProblems, type Margins } from './extendMargins';

/** What the dialog says about the margins typed: per side, and for the whole (null = Extend may apply). */
export interface ExtendCheck {
  sides: Partial<Record<keyof Margins, string>>;
  all: string | null;
  /** The enlarged picture's size (when every side is a number). */
  size: Size | null;
}

/**
 * Judges margins for "Extend": each side (the step), then the enlarged picture — at most MAX_CANVAS_SIDE a
 * side; with an outpaint endpoint, what the API says of the picture before and the margins; else the size
 * the engine must take for an inpaint of the whole enlarged picture (`sizes`; none when images keep their
 * size, as "Only masked" then sends a region of it). Pure.
 */
export function checkExtend(
  before: Size,
  margins: Margins,
  rule: ExtendRule,
  sizes: EngineSizes | null,
  keepSize: boolean,
): ExtendCheck {
  const { sides, all } = marginProblems(margins, rule.step);
  if (Object.keys(sides).length > 0) return { sides, all, size: null };
  const size = extendedSize(before, margins);
  const shown = `${size.width}×${size.height}`;
  let problem = all;
  if (!problem && Math.max(size.width, size.height) > MAX_CANVAS_SIDE) {
    problem = `The result would be ${shown}; the canvas holds at most ${MAX_CANVAS_SIDE} px a side.`;
  }
  if (!problem && rule.outpaint) problem = rule.outpaint.problem(before, margins);
  else if (!problem && sizes && !keepSize) {
    const refused = sizes.problem(size.width, size.height);
    if (refused) problem = `${sizes.engineId} cannot inpaint ${shown}: ${refused}. Change the margins.`;
  }
  return { sides, all: problem, size };
}
