import type { CanvasSession } from '../session/canvasSession';
import { liveExtension } from './extension';
import type { Margins } from './extendMargins';

/** An extension as an outpaint endpoint takes it: the picture before, and the margins to add. */
export interface OutpaintInputs {
  /** The picture before the extension, as it would have been sent (the untouched file when it can be). */
  image: Blob;
  width: number;
  height: number;
  margins: Margins;
}

/**
 * The open document as an outpaint, or null when it is not one (never extended, or its mask changed since:
 * then it is an inpaint of the enlarged picture).
 */
export function outpaintInputs(s: CanvasSession): OutpaintInputs | null {
  const margins = liveExtension(s);
  const image = s.source.extension?.before;
  if (!margins || !image) return null;
  return {
    image,
    width: s.image.width - margins.left - margins.right,
    height: s.image.height - margins.top - margins.bottom,
    margins: { ...margins },
  };
}
