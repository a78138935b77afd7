/** The hostile-request corpus's vocabulary: what a case is, and builders for the requests it sends. */
import { buildMultipart, ENGINE, KEY, type RawPart } from '../engineTestKit.ts';
import type { HostileImages } from './hostileImages.ts';
import { httpRequest, type HeaderPair, type RawAnswer, type RawRequest } from './rawHttp.ts';

/** What every case may use: the Host header value for the target and prebuilt images. */
export interface CorpusContext {
  host: string;
  images: HostileImages;
}

/** The answer a case must get: status, goa `name`, and the start of `message` (API.md's code prefix). */
export interface Expected {
  status: number;
  /** Goa error name; absent for the few hostile inputs whose right answer is a success. */
  name?: string;
  message?: string;
  /** An extra check on the whole answer, for what a prefix cannot say (e.g. a capped echo). */
  check?: (answer: RawAnswer) => void;
  /** A v1 answer: errors are `{id, name, message}` as `application/json` instead of goa bodies. */
  v1?: boolean;
  /** A v2beta answer: `{id, name, errors}` as `application/json`; `message` is the start of `errors[0]`. */
  v2beta?: boolean;
  /** Credits a success costs when it is not a 50-step generation (e.g. an upscale). */
  cost?: number;
}

export interface HostileCase {
  name: string;
  request: (ctx: CorpusContext) => RawRequest;
  expect: Expected;
  /**
   * Paths outside /v1alpha (and a request without Host) are the studio's own in the Vite server, so these
   * cases only hold for the standalone engine.
   */
  engineOnly?: boolean;
}

export const T2I = `/v1alpha/generation/${ENGINE}/text-to-image`;
export const I2I = `/v1alpha/generation/${ENGINE}/image-to-image`;
export const MASKING = `/v1alpha/generation/${ENGINE}/image-to-image/masking`;
export const BALANCE = '/v1alpha/user/balance';

export const AUTH: HeaderPair = ['Authorization', KEY];

/** Options that make image-to-image return the init image as is (step_schedule_start 0): cheap to serve. */
export const KEEP_INIT_OPTIONS = JSON.stringify({
  text_prompts: [{ text: 'a fox in a forest' }],
  step_schedule_start: 0,
});
export const MASK_OPTIONS = JSON.stringify({
  text_prompts: [{ text: 'a fox in a forest' }],
  mask_source: 'MASK_IMAGE_WHITE',
  steps: 10,
});

/** A request with Host and (unless `auth: false`) the key; more headers after them, in order. */
export function request(
  ctx: CorpusContext,
  spec: Omit<Parameters<typeof httpRequest>[0], 'headers'> & { headers?: HeaderPair[]; auth?: boolean },
  halfClose = false,
): RawRequest {
  const headers: HeaderPair[] = [['Host', ctx.host]];
  if (spec.auth !== false) headers.push(AUTH);
  headers.push(...(spec.headers ?? []));
  return { chunks: [httpRequest({ ...spec, headers })], halfClose };
}

/** A POST of JSON text (or raw bytes) to text-to-image. */
export function postJson(ctx: CorpusContext, body: string | Buffer, headers: HeaderPair[] = []): RawRequest {
  return request(ctx, {
    method: 'POST',
    path: T2I,
    body,
    headers: [['Content-Type', 'application/json'], ...headers],
  });
}

/** A text-to-image body with `fields` over a valid prompt. */
export function t2iWith(fields: Record<string, unknown>): string {
  return JSON.stringify({ text_prompts: [{ text: 'a fox in a forest' }], ...fields });
}

/** The standard valid image-to-image parts: options (text field), then init_image (file). */
export function uploadParts(images: HostileImages, options = KEEP_INIT_OPTIONS): RawPart[] {
  return [
    { name: 'options', data: options },
    { name: 'init_image', data: images.init, filename: 'init.png', contentType: 'image/png' },
  ];
}

export const BOUNDARY = 'gessoTestBoundary7MA4YWxk';

/** A multipart upload; `shape` cuts or re-frames the body bytes (default: sent as built). */
export function upload(
  ctx: CorpusContext,
  parts: RawPart[],
  options: {
    path?: string;
    shape?: (body: Buffer) => Buffer;
    contentType?: string;
    headers?: HeaderPair[];
  } = {},
): RawRequest {
  const built = buildMultipart(parts, BOUNDARY);
  const body = options.shape ? options.shape(built.body) : built.body;
  return request(ctx, {
    method: 'POST',
    path: options.path ?? I2I,
    body,
    headers: [['Content-Type', options.contentType ?? built.contentType], ...(options.headers ?? [])],
  });
}

/** Where `needle` starts in the multipart body (to cut inside a given part). */
export function offsetOf(body: Buffer, needle: string | Buffer): number {
  const at = body.indexOf(needle);
  if (at < 0) throw new Error(`corpus: ${String(needle)} not in the body`);
  return at;
}

/** The error answer a Node-level refusal of a malformed request gets. */
export const MALFORMED: Expected = { status: 400, name: 'bad_request', message: 'malformed HTTP request' };
export const ENDED_EARLY: Expected = {
  status: 400,
  name: 'bad_request',
  message: 'the upload ended early',
};
export const badRequest = (message: string): Expected => ({ status: 400, name: 'bad_request', message });
