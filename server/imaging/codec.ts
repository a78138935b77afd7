import sharp from 'sharp';
import { assertRgba, type Rgba } from './rgba.ts';
import { sniffImageType } from './sniff.ts';

/**
 * Largest input the decoder will expand, in pixels. The biggest engine size is ~1 Mpx; this leaves room for
 * oversized uploads to be decoded and then refused by size, while a 10 MiB "PNG bomb" declaring a huge canvas
 * is refused before it can allocate gigabytes.
 */
export const DECODE_MAX_PIXELS = 4096 * 4096;

/** Why a decode failed: not a PNG/JPEG/WebP, or the bytes are damaged / too large to expand. */
export type ImageDecodeReason = 'unsupported_type' | 'corrupt' | 'too_large';

/** Thrown by {@link decodeImage} for any input it cannot turn into pixels; never leaks sharp's own errors. */
export class ImageDecodeError extends Error {
  readonly reason: ImageDecodeReason;
  constructor(reason: ImageDecodeReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImageDecodeError';
    this.reason = reason;
  }
}

/**
 * Decodes PNG, JPEG or WebP bytes to 8-bit sRGB RGBA. Greyscale, palette, 16-bit and CMYK inputs are all
 * normalised to 4 channels of 8 bits; an image without alpha gets alpha 255. EXIF orientation is NOT applied:
 * the pixels (and so the size checked against the engine rules) are the stored ones.
 * @throws ImageDecodeError when the bytes are not a supported type, are damaged or truncated, or are too large.
 */
export async function decodeImage(bytes: Uint8Array): Promise<Rgba> {
  // Sniff first so sharp never sees SVG/GIF/TIFF/etc: the contract only admits three formats.
  const type = sniffImageType(bytes);
  if (type === null) throw new ImageDecodeError('unsupported_type', 'not a PNG, JPEG or WebP image');
  try {
    const { data, info } = await sharp(bytes, { failOn: 'truncated', limitInputPixels: DECODE_MAX_PIXELS })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const img: Rgba = {
      width: info.width,
      height: info.height,
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    };
    assertRgba(img, 'decodeImage');
    return img;
  } catch (err: unknown) {
    const message = err instanceof Error ? err.message : String(err);
    const reason: ImageDecodeReason = /pixel limit/i.test(message) ? 'too_large' : 'corrupt';
    throw new ImageDecodeError(reason, `cannot decode ${type} image: ${message}`, { cause: err });
  }
}

/**
 * Encodes RGBA pixels as a 4-channel, 8-bit PNG. The options are pinned (no palette, fixed zlib level and
 * filtering, no metadata) so identical pixels always give identical bytes, which determinism tests rely on.
 */
export async function encodePng(img: Rgba): Promise<Buffer> {
  assertRgba(img, 'encodePng');
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
    .png({ compressionLevel: 6, adaptiveFiltering: false, palette: false, progressive: false })
    .toBuffer();
}

/** The formats the engine answers in (v2beta's `output_format`; v1alpha and v1 always PNG). */
export type OutputImageFormat = 'png' | 'jpeg' | 'webp';

/** JPEG has no alpha: transparent pixels are laid over white, as a viewer shows them. */
const JPEG_BACKGROUND = { r: 255, g: 255, b: 255 };

/**
 * Encodes RGBA pixels as PNG (encodePng), JPEG (quality 90, over white) or WebP (lossy quality 90, alpha
 * kept). Options are pinned, so identical pixels give identical bytes in each format.
 */
export async function encodeImage(img: Rgba, format: OutputImageFormat): Promise<Buffer> {
  if (format === 'png') return encodePng(img);
  assertRgba(img, 'encodeImage');
  const raw = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } });
  if (format === 'jpeg') return raw.flatten({ background: JPEG_BACKGROUND }).jpeg({ quality: 90 }).toBuffer();
  return raw.webp({ quality: 90, alphaQuality: 100 }).toBuffer();
}
