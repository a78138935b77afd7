import type { CentreView } from './stageStore';

/** What decides the centre: the last choice, whether the stage has a result, whether the canvas has an image. */
export interface CentreState {
  choice: CentreView | null;
  hasResult: boolean;
  canvasHasImage: boolean;
}

/**
 * The rule for the centre of the studio. With no result to show, it is the canvas (the empty drop zone, or
 * the image being edited). Otherwise the last choice wins — a click in the gallery, a text-to-image run or
 * "Stage" chose the stage; "Edit on canvas", an image opened on the canvas or "Canvas" chose the canvas —
 * and before any choice, an image on the canvas (a restored draft) beats the stage.
 */
export function centreView({ choice, hasResult, canvasHasImage }: CentreState): CentreView {
  if (!hasResult) return 'canvas';
  return choice ?? (canvasHasImage ? 'canvas' : 'stage');
}

/** The canvas as the centre's rule watches it. */
export interface CanvasShape {
  hasInitImage: boolean;
  width: number;
  height: number;
}

/**
 * How the canvas changed between two looks: an image was opened (a first one, or one of another size:
 * upload, paste, drop, "Use as init image", undo of a removal), the image was removed, or neither
 * (mask strokes, same-size replacements are not told apart from nothing).
 */
export function canvasChange(before: CanvasShape, after: CanvasShape): 'opened' | 'cleared' | null {
  if (!after.hasInitImage) return before.hasInitImage ? 'cleared' : null;
  if (!before.hasInitImage) return 'opened';
  return before.width !== after.width || before.height !== after.height ? 'opened' : null;
}
