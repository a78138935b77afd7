import { LIMITS, type GenerationMode, type ResolvedOptions } from '../../src/lib/api/index.ts';
import { badRequest } from '../http/EngineError.ts';
import { parseJsonBytes } from '../http/readJsonBody.ts';
import { readMultipart, type MultipartPart } from '../http/readMultipart.ts';
import type { GenerationJob } from '../generation/runGeneration.ts';
import {
  decodeImage,
  maskStrength,
  readHeaderSize,
  sniffImageType,
  type Rgba,
} from '../generation/pixels.ts';
import type { RequestContext } from './RequestContext.ts';
import { validateOrThrow } from './validateOrThrow.ts';

type ImageField = 'init_image' | 'mask_image';

/** File-level checks of an image part: size, then type recognised from its bytes (never its headers). */
function checkImagePart(part: MultipartPart, field: ImageField): void {
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
function headerSize(part: MultipartPart, field: ImageField): { width: number; height: number } {
  const size = readHeaderSize(part.bytes);
  if (!size) throw badRequest(`${field} could not be read (corrupt or truncated image header)`);
  return size;
}

async function decodePart(part: MultipartPart, field: ImageField): Promise<Rgba> {
  try {
    return await decodeImage(part.bytes);
  } catch {
    throw badRequest(`${field} could not be decoded (corrupt or truncated image)`);
  }
}

function sameSize(a: { width: number; height: number }, b: { width: number; height: number }): boolean {
  return a.width === b.width && a.height === b.height;
}

function mismatch(init: { width: number; height: number }, mask: { width: number; height: number }): Error {
  return badRequest(
    `mask_image is ${mask.width}×${mask.height} but init_image is ${init.width}×${init.height}; they must match`,
    'invalid_image_dimensions',
  );
}

/**
 * Reads an image-to-image or masking request into a validated job, checking in this order: options
 * present and JSON → init_image (size, type, header) → the shared option rules against the init image's
 * size → mask_image when the mask source uses it (size, type, same dimensions) → decode.
 */
export async function readImageJob(
  ctx: RequestContext,
  mode: Exclude<GenerationMode, 'text-to-image'>,
): Promise<GenerationJob> {
  const parts = await readMultipart(ctx.req);

  const optionsPart = parts.get('options');
  if (!optionsPart) throw badRequest('options is required: send the generation options as a JSON part');
  if (optionsPart.truncated) throw badRequest('options is too large');
  const rawOptions = parseJsonBytes(optionsPart.bytes, 'options');

  const initPart = parts.get('init_image');
  if (!initPart) throw badRequest('init_image is required');
  checkImagePart(initPart, 'init_image');
  const initSize = headerSize(initPart, 'init_image');

  const maskPart = mode === 'masking' ? parts.get('mask_image') : undefined;
  const validate = (size: { width: number; height: number }): ResolvedOptions =>
    validateOrThrow(rawOptions, {
      mode,
      engineId: ctx.engineId,
      accept: ctx.accept,
      initImageSize: size,
      hasMaskImage: maskPart !== undefined,
    });
  const options = validate(initSize);

  const source = options.mask_source;
  const usesMask = mode === 'masking' && source !== undefined && source !== 'INIT_IMAGE_ALPHA';
  if (usesMask && maskPart) {
    checkImagePart(maskPart, 'mask_image');
    const maskSize = headerSize(maskPart, 'mask_image');
    if (!sameSize(initSize, maskSize)) throw mismatch(initSize, maskSize);
  }

  const init = await decodePart(initPart, 'init_image');
  // decodeImage applies no EXIF rotation, so this normally matches the header; should a container's header
  // and first frame disagree, the size rule must still hold for the pixels that are used.
  if (!sameSize(init, initSize)) validate(init);
  if (mode === 'image-to-image' || source === undefined) return { options, init };
  let mask: Rgba | null = null;
  if (usesMask && maskPart) {
    mask = await decodePart(maskPart, 'mask_image');
    if (!sameSize(init, mask)) throw mismatch(init, mask);
  }
  return { options, init, maskStrength: maskStrength(source, init, mask) };
}
