import { resolveUpscale, type UpscaleRequest } from '../../src/lib/api/index.ts';
import { badRequest } from '../http/EngineError.ts';
import { UPSCALE_COST } from '../generation/cost.ts';
import { upscaleImage } from '../generation/pixels.ts';
import { produceImages } from '../generation/runGeneration.ts';
import type { V1xDialect } from '../dialects/Dialect.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { checkImagePart, decodePart, headerSize, sameSize, type Size } from './imageParts.ts';
import { firstIssueError } from './validateOrThrow.ts';

/** The output size, or the shared rules' first objection as the 400. */
function targetSize(request: UpscaleRequest, input: Size): Size {
  const result = resolveUpscale(request, input);
  if (!result.ok) throw firstIssueError(result.issues);
  return { width: result.width, height: result.height };
}

/**
 * Upscale (v1 `/image-to-image/upscale`): the image part checked like an init image, the target size by
 * the shared upscale rules (×2, or one side given), Lanczos resampling, one artifact with seed 0 (no seed
 * is involved), charged UPSCALE_COST.
 */
export async function upscale(ctx: RequestContext<V1xDialect>): Promise<void> {
  const { dialect } = ctx;
  const field = dialect.imageFields.upscale;
  if (!dialect.readUpscale) throw badRequest('this API has no upscale');
  const read = await dialect.readUpscale(ctx.req);
  const part = read.image;
  if (!part) throw badRequest(`${field} is required`);
  checkImagePart(part, field);
  const request: UpscaleRequest = { width: read.width, height: read.height };
  const size = headerSize(part, field);
  let target = targetSize(request, size);
  const image = await decodePart(part, field);
  // As for init images: should the header and the decoded frame disagree, the rules hold for the pixels.
  if (!sameSize(image, size)) target = targetSize(request, image);
  await produceImages(ctx, [0], 'SUCCESS', UPSCALE_COST, () =>
    upscaleImage(image, target.width, target.height),
  );
}
