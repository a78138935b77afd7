import { LIMITS } from '../../src/lib/api/index.ts';
import { badRequest } from '../http/EngineError.ts';
import type { MultipartPart } from '../http/readMultipart.ts';
import { decodeImage, readHeaderSize, sniffImageType, type Rgba } from '../generation/pixels.ts';

/** A picture's size in pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * File-level checks of an image part: size, then type recognised from its bytes (never its headers).
 * `field` is the part's name on the wire, for the message.
 */
export function checkImagePart(part: MultipartPart, field: string): void {
  if (part.truncated) {
    const max = LIMITS.imageFileMaxBytes;
    throw badRequest(
      `${field} is larger than ${max / (1024 * 1024)} MiB (${max.toLocaleString('en-US')} bytes)`,
      'invalid_file_size',
    );
  }
  if (part.bytes.length === 0 || sniffImageType(part.bytes) === null) {
    throw badRequest(`${field} must be a PNG, JPEG or WebP image`, 'invalid_mime_type');
  }
}

/**
 * The image's size from its container header, read before decoding (and without inflating anything) so an
 * image declaring a huge canvas (a decompression bomb) is refused by the size rule, with the size code, rather
 * than expanded in memory or reported as unreadable.
 */
export function headerSize(part: MultipartPart, field: string): Size {
  const size = readHeaderSize(part.bytes);
  if (!size) throw badRequest(`${field} could not be read (corrupt or truncated image header)`);
  return size;
}

export async function decodePart(part: MultipartPart, field: string): Promise<Rgba> {
  try {
    return await decodeImage(part.bytes);
  } catch {
    throw badRequest(`${field} could not be decoded (corrupt or truncated image)`);
  }
}

export function sameSize(a: Size, b: Size): boolean {
  return a.width === b.width && a.height === b.height;
}
