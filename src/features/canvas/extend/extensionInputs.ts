import { encodePng } from '../io/encodePng';
import { readPixels } from '../io/readPixels';
import { rasterize } from '../io/readImageFile';
import type { CanvasSession } from '../session/canvasSession';
import { liveExtension } from './extension';
import type { Margins } from './extendMargins';

/** An extension as an outpaint endpoint takes it: the picture before, and the margins to add. */
export interface OutpaintInputs {
  /** PNG of the picture before the extension (the enlarged picture's old area, pixel for pixel). */
  image: Blob;
  width: number;
  height: number;
  margins: Margins;
}

/**
 * The open document as an outpaint, or null when it is not one (never extended, or its mask changed since:
 * then it is an inpaint of the enlarged picture). The picture before is cut back out of the enlarged one,
 * unscaled, so no second copy is kept alongside it in the history.
 */
export async function outpaintInputs(s: CanvasSession): Promise<OutpaintInputs | null> {
  const margins = liveExtension(s);
  if (!margins) return null;
  const width = s.image.width - margins.left - margins.right;
  const height = s.image.height - margins.top - margins.bottom;
  const before = rasterize(s.image, { width, height }, { x: margins.left, y: margins.top, width, height });
  const bytes = await encodePng(width, height, readPixels(before), 6, 'small');
  before.width = before.height = 0;
  return {
    image: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
    width,
    height,
    margins: { ...margins },
  };
}
