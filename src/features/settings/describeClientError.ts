import { isClientError, type ApiError, type HostError } from '../../lib/api/studio';
import { isLocalEngine } from './resolveConnection';

/** What the error sentence may mention about where the request went. */
export interface ErrorContext {
  /** The configured host; `''` = the local engine on this origin. */
  host: string;
  engineId?: string;
}

/**
 * One plain sentence (or two) for any error a client call rejects with: what happened and what to do
 * next. Pure, so every branch is unit-tested. Never includes the API key (the client's errors do not
 * carry it, and nothing here reads it).
 */
export function describeClientError(error: unknown, ctx: ErrorContext): string {
  const local = isLocalEngine(ctx.host);
  const where = local ? 'the local engine on this page’s origin' : ctx.host.trim();
  const engine = ctx.engineId ? `“${ctx.engineId}”` : 'the selected engine';
  if (!isClientError(error)) {
    return 'Something unexpected went wrong in the studio. Try again; if it keeps happening, reload the page.';
  }
  if (error.kind === 'aborted') return 'The request was cancelled.';
  if (error.kind === 'network') {
    return `The engine is unreachable: no answer from ${error.url || where}. Check that it is running and that API host in Settings is right.`;
  }
  if (error.kind === 'host') return describeHostError(error);
  const detail = error.detail.trim();
  switch (error.code) {
    case 'invalid_samples':
      return 'More than one sample can only be requested as JSON. Set Samples to 1 or ask for JSON.';
    case 'invalid_height_or_width':
      return `The engine refused the size: width and height must be multiples of 64 that ${engine} accepts. Pick one of the offered sizes.`;
    case 'invalid_pixel_count':
      return `The picture has a pixel count ${engine} does not accept. Pick one of the sizes offered for this engine.`;
    case 'invalid_sdxl_v1_dimensions':
      return `${engine} takes only its listed sizes (1024×1024, 1152×896 …). Pick one of the sizes offered for this engine.`;
    case 'invalid_file_size':
      return 'The image is too large for the engine (10 MiB at most). Use a smaller image.';
    case 'invalid_mime_type':
      return 'The engine could not read the image: only PNG, JPEG and WebP are accepted.';
    case 'invalid_image_dimensions':
      return 'The mask and the init image have different sizes. They must match exactly.';
    case 'invalid_mask_image':
      return 'The mask is missing or unusable for the chosen mask source. Paint a mask or choose another mask source.';
    case 'invalid_prompts':
      return 'The engine refused the prompt (it contains blocked words). Rephrase it and try again.';
    case 'invalid_response':
      return `The engine answered with something the studio could not read (status ${error.status}). Check API host in Settings.`;
  }
  switch (error.status) {
    case 400:
      // A list of problems (v2beta's errors[]) is shown as a list under this sentence.
      if (error.problems.length > 1) return 'The engine rejected the request:';
      return `The engine rejected the request: ${detail || 'bad request'}.`.replace(/\.\.$/, '.');
    case 402:
      return 'The account’s credits are spent; nothing was generated. Add credits, then try again.';
    case 413:
      return 'The request is over the API’s 10 MiB. Crop or resize the init image smaller.';
    case 422:
      return `The API refused the input${detail ? `: ${detail}` : ''}. Change the prompt or image, then try again.`;
    case 429: {
      // When to try again: `Retry-After`, else Stability's documented 60 s lock-out (API-v2beta.md §5.4). The
      // studio never resends a submission by itself: it may be billed twice.
      const wait = error.retryAfterSeconds ?? 60;
      const at = new Date(Date.now() + wait * 1000).toLocaleTimeString('en-GB');
      return `Too many requests. Try again in ${wait} s (after ${at}); nothing is resent by itself.`;
    }
    case 401:
      return local
        ? 'The API key was not accepted: the local engine was started with other keys than its development key. To use one of them, set API host in Settings to this page’s address and enter that key.'
        : 'The API key was not accepted. Enter a valid key in Settings.';
    case 403:
      if (error.errorName === 'content_moderation') {
        return 'The API’s moderation refused the prompt or image (not charged). Change it, then try again.';
      }
      return 'This key may not use that organization. Check Organization in Settings, or leave it empty.';
    case 404:
      return describeNotFound(error, ctx);
  }
  if (error.status >= 500) {
    const ref = error.id ? ` (error id ${error.id})` : '';
    return `The engine failed while generating${ref}. Try again${error.temporary ? ' in a moment' : ''}.`;
  }
  return `The engine answered with an unexpected error (${error.status}${detail ? `: ${detail}` : ''}).`;
}

/** The longest server text quoted in a sentence. */
const MAX_QUOTED_CHARS = 160;

/**
 * A 404 is either the engine saying it does not know the engine id (a goa `not_found` body naming an
 * engine), or a server that has no such route at all — a wrong host or a host with a path, often a
 * 404 without a goa body. Only a generation request can meet the first.
 */
function describeNotFound(error: ApiError, ctx: ErrorContext): string {
  const detail = error.detail.trim();
  const local = isLocalEngine(ctx.host);
  const host = local ? 'the local engine' : ctx.host.trim();
  const unknownEngine =
    ctx.engineId !== undefined &&
    error.errorName === 'not_found' &&
    /\bengine\b/i.test(detail) &&
    !/\broute\b/i.test(detail);
  if (unknownEngine) {
    return `The engine “${ctx.engineId}” is not offered by ${host}. Choose another engine from the list.`;
  }
  const said =
    detail === ''
      ? 'it answered 404 without an API error'
      : `it answered 404 “${detail.length > MAX_QUOTED_CHARS ? `${detail.slice(0, MAX_QUOTED_CHARS)}…` : detail}”`;
  return `${local ? 'The local engine' : host} did not answer as a Stability API: ${said}. Check API host in Settings.`;
}

/** The client refused to send (or to follow a redirect) so the key would not leave the configured host. */
function describeHostError(error: HostError): string {
  switch (error.reason) {
    case 'invalid-host':
      return 'API host in Settings is not a web address the studio can use, so nothing was sent. Enter a host such as api.stability.ai, or choose Local engine.';
    case 'other-origin':
      return `The studio refused to send a request to ${error.target || 'another server'}: API host is ${error.origin}. Nothing was sent.`;
    case 'redirect':
      return `${error.origin} answered with a redirect, which the studio does not follow so your key stays with that host. Check API host in Settings (https:// rather than http://?).`;
  }
}
