import type { WireGenerationMode, ResolvedOptions } from '../../src/lib/api/index.ts';
import { badRequest } from '../http/EngineError.ts';
import type { GenerationJob } from '../generation/runGeneration.ts';
import { maskStrength, type Rgba } from '../generation/pixels.ts';
import type { V1xDialect } from '../dialects/Dialect.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { checkImagePart, decodePart, headerSize, sameSize, type Size } from './imageParts.ts';
import { validateOrThrow } from './validateOrThrow.ts';

function mismatch(init: Size, mask: Size, names: { init: string; mask: string }): Error {
  return badRequest(
    `${names.mask} is ${mask.width}×${mask.height} but ${names.init} is ${init.width}×${init.height}; they must match`,
    'invalid_image_dimensions',
  );
}

/**
 * Reads an image-to-image or masking request into a validated job, checking in this order: the body as
 * the dialect reads it (v1alpha: options present and JSON; v1: its fields) → init image (size, type,
 * header) → the shared option rules against the init image's size → mask image when the mask source uses
 * it (size, type, same dimensions) → decode.
 */
export async function readImageJob(
  ctx: RequestContext<V1xDialect>,
  mode: Exclude<WireGenerationMode, 'text-to-image'>,
): Promise<GenerationJob> {
  const { dialect } = ctx;
  const names = dialect.imageFields;
  const read = await dialect.readGeneration(ctx.req, mode);

  const initPart = read.init;
  if (!initPart) throw badRequest(`${names.init} is required`);
  checkImagePart(initPart, names.init);
  const initSize = headerSize(initPart, names.init);

  const maskPart = mode === 'masking' ? read.mask : undefined;
  const validate = (size: Size): ResolvedOptions =>
    validateOrThrow(read.options, {
      mode,
      engineId: ctx.engineId,
      accept: ctx.accept,
      initImageSize: size,
      hasMaskImage: maskPart !== undefined,
      rules: dialect.rules,
    });
  const options = validate(initSize);

  const source = options.mask_source;
  const usesMask = mode === 'masking' && source !== undefined && source !== 'INIT_IMAGE_ALPHA';
  if (usesMask && maskPart) {
    checkImagePart(maskPart, names.mask);
    const maskSize = headerSize(maskPart, names.mask);
    if (!sameSize(initSize, maskSize)) throw mismatch(initSize, maskSize, names);
  }

  const init = await decodePart(initPart, names.init);
  // decodeImage applies no EXIF rotation, so this normally matches the header; should a container's header
  // and first frame disagree, the size rule must still hold for the pixels that are used.
  if (!sameSize(init, initSize)) validate(init);
  if (mode === 'image-to-image' || source === undefined) return { options, init };
  let mask: Rgba | null = null;
  if (usesMask && maskPart) {
    mask = await decodePart(maskPart, names.mask);
    if (!sameSize(init, mask)) throw mismatch(init, mask, names);
  }
  return { options, init, maskStrength: maskStrength(source, init, mask) };
}
