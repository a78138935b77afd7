import { decodeRgbaPng, outpaintPrefill, type RgbaImage } from '../../../lib/pixels';
import { encodePng } from '../io/encodePng';
import { encodeInit } from '../io/exportCanvasInputs';
import { untouchedPng } from '../io/imageSource';
import { readPixels } from '../io/readPixels';
import { encodeMaskValues } from '../raster/xorRuns';
import { getSession, openDocument, type CanvasSession } from '../session/canvasSession';
import { beginImageLoad } from '../store/imageLoads';
import { showCanvasError, useCanvasDocStore } from '../store/useCanvasDocStore';
import type { Margins } from './extendMargins';

/**
 * The picture's pixels exactly as its file holds them when it is an untouched RGB(A) PNG (a canvas's
 * premultiplied round trip changes semi-transparent pixels, and the old area must go out unchanged);
 * any other picture through a canvas, as the studio sends it.
 */
async function exactPixels(s: CanvasSession): Promise<RgbaImage> {
  const file = untouchedPng(s.source);
  const { width, height } = s.image;
  if (file) {
    try {
      const decoded = await decodeRgbaPng(new Uint8Array(await file.arrayBuffer()));
      if (decoded.width === width && decoded.height === height) return decoded;
    } catch {
      // Grey, palette, 16-bit or interlaced: the canvas reads it as the browser shows it.
    }
  }
  return { width, height, data: readPixels(s.image) };
}

/**
 * The mask painted before stays where it was on the picture (an extension adds to it, never drops it): each
 * row of `painted` (the old `width`) copied into `mask` (the enlarged `maskWidth`) at the margins' offset.
 */
function keepPaintedMask(
  mask: Uint8Array,
  maskWidth: number,
  painted: Uint8Array,
  width: number,
  margins: Margins,
): void {
  const height = painted.length / width;
  for (let y = 0; y < height; y++) {
    mask.set(painted.subarray(y * width, (y + 1) * width), (y + margins.top) * maskWidth + margins.left);
  }
}

/**
 * "Extend": the open picture with `margins` added, pre-filled by continuing its edges (outpaintPrefill),
 * and the mask white exactly on the added area (what was painted stays) — one undo step (Undo brings back the picture and mask
 * before). The enlarged picture is kept as the PNG it is sent as, so the old area goes out byte for byte
 * the pixels it was. The document records the margins (`source.extension`): while the mask stays the one
 * made here, an API with an outpaint endpoint is sent the picture before with the margins instead.
 * Resolves true when the canvas shows the enlarged picture.
 */
export async function extendCanvas(margins: Margins): Promise<boolean> {
  const s = getSession();
  if (!s || useCanvasDocStore.getState().loading) return false;
  const load = beginImageLoad();
  try {
    s.doc.settle();
    const { width } = s.image;
    const [picture, before] = await Promise.all([exactPixels(s), encodeInit(s).catch(() => null)]);
    const { image, mask } = outpaintPrefill(picture, margins);
    keepPaintedMask(mask.data, image.width, s.doc.raster.data, width, margins);
    const png = await encodePng(image.width, image.height, image.data, 6, 'small');
    if (!load.current || getSession() !== s) return false;
    const pixels = document.createElement('canvas');
    pixels.width = image.width;
    pixels.height = image.height;
    const ctx = pixels.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    const { buffer, byteOffset, length } = image.data;
    const rgba = new Uint8ClampedArray(buffer as ArrayBuffer, byteOffset, length);
    ctx.putImageData(new ImageData(rgba, image.width, image.height), 0, 0);
    const blob = new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    openDocument(
      pixels,
      {
        blob,
        kind: 'png',
        parentResultId: s.source.parentResultId,
        extension: { margins: { ...margins }, before },
      },
      {
        hasAlpha: s.hasAlpha,
        mask: encodeMaskValues(mask.data, image.width, image.height),
        history: 'step',
      },
    );
    return true;
  } catch (e) {
    showCanvasError(
      `The canvas could not be extended (${e instanceof Error ? e.message : String(e)}). Nothing changed; try smaller margins.`,
    );
    return false;
  } finally {
    load.end();
  }
}
