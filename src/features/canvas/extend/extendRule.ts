import type { Margins } from '../../../lib/pixels';
import type { Size } from '../sizing/fitSize';

/**
 * What "Extend canvas" offers for the selected API and model (the app passes it to CanvasArea, which hands
 * it to the toolbar; the canvas knows no API): the margins' step, the aspect-ratio presets, and whether the API has an outpaint endpoint.
 */
export interface ExtendRule {
  /** Every margin a multiple of this many px (the engine's size step; 1 = any). */
  step: number;
  /** The model's aspect ratios as `"w:h"`: each a preset that fills the margins to reach it, centred. */
  ratios: readonly string[];
  /**
   * The API's outpaint endpoint, when it has one: Generate sends it the picture before and the margins
   * (the canvas shows the added area as a preview). Null: Generate inpaints the enlarged picture.
   */
  outpaint: {
    /** How the dialog names where it goes ("edit/outpaint"). */
    endpoint: string;
    /** Why the API would refuse these margins on a picture of `before`'s size (its sentence), or null. */
    problem(before: Size, margins: Margins): string | null;
  } | null;
}

/** Without a rule from the app, every margin, the common ratios, an inpaint of the enlarged picture. */
export const DEFAULT_EXTEND_RULE: ExtendRule = {
  step: 1,
  ratios: ['1:1', '4:3', '3:2', '16:9', '3:4', '2:3', '9:16'],
  outpaint: null,
};
