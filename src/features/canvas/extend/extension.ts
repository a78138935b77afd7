import type { Margins } from './extendMargins';

/**
 * What "Extend canvas" made of the open document: the margins it added around the picture before. Kept in
 * the document's source, so undo, redo and every later mask step know it.
 */
export interface CanvasExtension {
  margins: Margins;
  /**
   * The picture before as it is sent (the file itself when an untouched PNG: the same Blob the history
   * keeps, no copy), for an outpaint endpoint; null when it could not be had (over the upload limit).
   */
  before: Blob | null;
}

/** The mask as the extension test reads it (MaskRaster's shape). */
interface MaskLike {
  width: number;
  height: number;
  data: Uint8Array;
  nonZeroCount: number;
}

/**
 * True while the mask is exactly the one Extend made: 255 on every added pixel, 0 on the picture before.
 * Then the extension can go to an outpaint endpoint as margins; any other mask is an inpaint of the
 * enlarged picture. Reads only the added area (the count of painted pixels settles the rest).
 */
export function maskIsExtension(mask: MaskLike, { left, right, top, bottom }: Margins): boolean {
  const { width, height, data } = mask;
  const innerW = width - left - right;
  const innerH = height - top - bottom;
  if (innerW <= 0 || innerH <= 0) return false;
  if (mask.nonZeroCount !== width * height - innerW * innerH) return false;
  const white = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (data[i] !== 255) return false;
    return true;
  };
  if (!white(0, top * width) || !white((height - bottom) * width, height * width)) return false;
  for (let y = top; y < height - bottom; y++) {
    const row = y * width;
    if (!white(row, row + left) || !white(row + width - right, row + width)) return false;
  }
  return true;
}

/**
 * The margins of an extended document while its mask is still the one Extend made (see
 * `maskIsExtension`), else null. Same object each time, so a store holding it changes only when it does.
 */
export function liveExtension(
  session: { source: { extension?: CanvasExtension }; doc: { raster: MaskLike } } | null,
): Margins | null {
  const extension = session?.source.extension;
  if (!session || !extension?.before) return null;
  return maskIsExtension(session.doc.raster, extension.margins) ? extension.margins : null;
}
