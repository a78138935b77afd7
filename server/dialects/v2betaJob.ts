import {
  validateV2beta,
  type V2betaEndpoint,
  type V2betaImages,
  type V2betaRequest,
} from '../../src/lib/api/index.ts';
import { problemsError } from '../http/EngineError.ts';
import type { MultipartPart } from '../http/readMultipart.ts';
import { DECODE_MAX_PIXELS, decodeImage, type Rgba } from '../generation/pixels.ts';
import type { RequestContext } from '../routes/RequestContext.ts';
import { admitV2beta } from './v2betaAdmission.ts';
import { readV2betaForm } from './v2betaForm.ts';

/** A v2beta request read, validated, decoded and admitted: what its operation needs to make the image. */
export interface V2betaJob {
  request: V2betaRequest;
  /** The decoded `image`, when the endpoint takes one and it was sent. */
  image?: Rgba;
  /** The decoded `mask` (inpaint, erase), at its own size. */
  mask?: Rgba;
  /** The content filter's soften verdict: blur the result and answer `CONTENT_FILTERED`. */
  soften: boolean;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** Decodes one image part, or says why it cannot be: over the decoder's cap, or damaged past its header. */
async function decodePart(
  part: MultipartPart | undefined,
  field: string,
  problems: string[],
): Promise<Rgba | undefined> {
  if (!part) return undefined;
  try {
    return await decodeImage(part.bytes);
  } catch {
    problems.push(`${field}: could not be decoded (corrupt or truncated image)`);
    return undefined;
  }
}

/** Whether any pixel is less than opaque (inpaint and erase take their mask from alpha when none is sent). */
function hasTransparency(img: Rgba): boolean {
  for (let i = 3; i < img.data.length; i += 4) if (img.data[i]! < 255) return true;
  return false;
}

/**
 * Reads one v2beta request in the order of shared/API-v2beta.md §10: body (400 content type, 413 size) →
 * every field and image rule at once (400 with all problems: readV2betaForm's, validateV2beta's, then
 * decoding: over this engine's 16,777,216-pixel decoder cap, damaged data, and for inpaint and erase with
 * no `mask` an image with nothing transparent to repaint) → admitV2beta (401, 429, 402, 403, 422).
 * Images are decoded before the key is checked because the service reports image problems with the
 * others; the 10 MiB body and the header sizes bound that work.
 */
export async function readV2betaJob(ctx: RequestContext, endpoint: V2betaEndpoint): Promise<V2betaJob> {
  const form = await readV2betaForm(ctx.req, endpoint);
  let checked = validateV2beta(endpoint, form.fields, form.sizes);
  const problems = [...form.problems, ...(checked.ok ? [] : checked.errors)];
  let image: Rgba | undefined;
  let mask: Rgba | undefined;
  if (problems.length === 0) {
    for (const [field, size] of Object.entries(form.sizes)) {
      if (size && size.width * size.height > DECODE_MAX_PIXELS) {
        problems.push(
          `${field}: ${size.width}×${size.height} is more than this engine decodes (${count(DECODE_MAX_PIXELS)} pixels)`,
        );
      }
    }
  }
  if (problems.length === 0) {
    image = await decodePart(form.parts.image, 'image', problems);
    mask = await decodePart(form.parts.mask, 'mask', problems);
  }
  if (problems.length === 0 && image) {
    // decodeImage applies no EXIF rotation, so this normally matches the header; should a container's header
    // and first frame disagree, the rules must hold for the pixels that are used.
    const decoded: V2betaImages = { ...form.sizes, image, ...(mask ? { mask } : {}) };
    const header = form.sizes.image;
    if (header && (header.width !== image.width || header.height !== image.height)) {
      checked = validateV2beta(endpoint, form.fields, decoded);
      if (!checked.ok) problems.push(...checked.errors);
    }
    const takesMask = endpoint === 'edit/inpaint' || endpoint === 'edit/erase';
    if (takesMask && !mask && !hasTransparency(image)) {
      problems.push(
        'mask: required when image has no transparent pixels (without a mask, alpha marks what to repaint)',
      );
    }
  }
  if (problems.length > 0 || !checked.ok) throw problemsError('bad_request', problems);
  const { soften } = admitV2beta(ctx, checked.request);
  return { request: checked.request, image, mask, soften };
}
