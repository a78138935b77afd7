import { describe, expect, it } from 'vitest';
import { ApiError } from '../../errors.ts';
import { b64, KEY, PNG } from '../../testFetch.ts';
import { decodeV2betaError, decodeV2betaImage, retryAfterSeconds } from './studioWire.ts';
import { jsonImageType, v2betaErrorBodySchema, v2betaImageJsonSchema } from './wire.ts';

describe('v2beta wire shapes', () => {
  it('parses a JSON success body and the type named in its content type', () => {
    const ok = v2betaImageJsonSchema.safeParse({
      image: 'iVBORw0KGgo=',
      finish_reason: 'SUCCESS',
      seed: 343940597,
    });
    expect(ok.success).toBe(true);
    expect(v2betaImageJsonSchema.safeParse({ image: 'x', finish_reason: 'ERROR', seed: 1 }).success).toBe(
      false,
    );
    expect(v2betaImageJsonSchema.safeParse({ finish_reason: 'SUCCESS' }).success).toBe(false);
    expect(jsonImageType('application/json; type=image/WEBP')).toBe('image/webp');
    expect(jsonImageType('application/json')).toBeNull();
  });
  it('parses an error body: id, name and at least one error', () => {
    const body = {
      id: '4212a4b66fbe1cedca4bf2133d35dca5',
      name: 'payload_too_large',
      errors: ['body: too big'],
    };
    expect(v2betaErrorBodySchema.safeParse(body).success).toBe(true);
    expect(v2betaErrorBodySchema.safeParse({ ...body, errors: [] }).success).toBe(false);
    expect(v2betaErrorBodySchema.safeParse({ id: 'x', name: 'bad_request', message: 'm' }).success).toBe(
      false,
    );
  });
});

describe('v2beta answers as the studio reads them (§3, §5)', () => {
  const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
  const raw = (body: Uint8Array | string, headers: Record<string, string> = {}, status = 200) => ({
    status,
    headers: new Headers(headers),
    body: new Uint8Array(typeof body === 'string' ? new TextEncoder().encode(body) : body),
  });
  const jsonBody = (o: unknown) =>
    raw(JSON.stringify(o), { 'content-type': 'application/json; type=image/png' });
  const problemOf = (r: ReturnType<typeof decodeV2betaImage>): string => (r.ok ? '' : r.error.detail);

  it('reads the JSON answer (§3.2): the image, its seed and finish reason, CONTENT_FILTERED included', async () => {
    for (const reason of ['SUCCESS', 'CONTENT_FILTERED'] as const) {
      const r = decodeV2betaImage(jsonBody({ image: b64(PNG), finish_reason: reason, seed: 343940597 }), KEY);
      if (!r.ok) throw r.error;
      expect(r.images).toHaveLength(1);
      expect(r.images[0]).toMatchObject({ seed: 343940597, finishReason: reason });
      expect(new Uint8Array(await r.images[0]!.png.arrayBuffer())).toEqual(PNG);
    }
    // The seed is optional in the schema: 0 then, as the studio cannot know it.
    const noSeed = decodeV2betaImage(jsonBody({ image: b64(PNG), finish_reason: 'SUCCESS' }), KEY);
    expect(noSeed.ok && noSeed.images[0]?.seed).toBe(0);
  });

  it('reads the bytes answer (§3.1): seed and finish-reason from lowercase headers', () => {
    const r = decodeV2betaImage(
      raw(PNG, { 'content-type': 'image/png', seed: '4294967295', 'finish-reason': 'SUCCESS' }),
      KEY,
    );
    expect(r.ok && r.images[0]).toMatchObject({ seed: 4_294_967_295, finishReason: 'SUCCESS' });
  });

  it('says what is wrong with a broken success, with its real status', () => {
    const broken: Array<[ReturnType<typeof raw>, RegExp]> = [
      [raw(PNG, { 'finish-reason': 'SUCCESS' }), /lacks the seed header/],
      [raw(PNG, { seed: '1' }), /lacks the finish-reason header/],
      [raw(PNG, { seed: 'x', 'finish-reason': 'SUCCESS' }), /seed header is not a seed/],
      [raw(PNG, { seed: '1', 'finish-reason': 'ERROR' }), /not a known finish reason/],
      [jsonBody({ image: b64(PNG), finish_reason: 'ERROR', seed: 1 }), /not \{image, finish_reason, seed\}/],
      [jsonBody({ image: '***', finish_reason: 'SUCCESS', seed: 1 }), /image is not base64/],
      [jsonBody({ image: b64(JPEG), finish_reason: 'SUCCESS', seed: 1 }), /image is not a PNG/],
      [raw(JPEG, { 'content-type': 'image/jpeg' }), /got image\/jpeg that is neither/],
    ];
    for (const [answer, message] of broken) {
      const r = decodeV2betaImage(answer, KEY);
      expect(r.ok).toBe(false);
      expect(problemOf(r)).toMatch(message);
      expect(r.ok || r.error.code).toBe('invalid_response');
    }
  });

  const body = (name: string, errors: string[], id = '4212a4b66fbe1cedca4bf2133d35dca5') =>
    JSON.stringify({ id, name, errors });

  it.each([
    [400, 'bad_request', ['prompt: required', "aspect_ratio: invalid enum value, received '7:3'"]],
    [401, 'unauthorized', ['authorization: invalid or missing header value']],
    [402, 'payment_required', ['credits: You lack sufficient credits to make this request']],
    [403, 'content_moderation', ['prompt: flagged by content moderation']],
    [404, 'not_found', ['path: no such endpoint']],
    [413, 'payload_too_large', ['body: payloads cannot be larger than 10MiB in size']],
    [422, 'invalid_language', ['prompt: English is the only supported language']],
    [500, 'internal_error', ['server: an unexpected error occurred']],
  ])('reads a %i %s error (§5): its name as the code, every problem, its id', (status, name, errors) => {
    const e = decodeV2betaError(status, body(name, errors), KEY);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      status,
      errorName: name,
      code: name,
      id: '4212a4b66fbe1cedca4bf2133d35dca5',
      problems: errors,
      detail: errors.join('; '),
      fault: status >= 500,
      temporary: status >= 500,
    });
  });

  it('reads a 429 with Retry-After in seconds or as a date; without it, none', () => {
    const limited = body(
      'rate_limit_exceeded',
      ['rate: over 150 requests in 10 seconds'],
      'rate_limit_exceeded',
    );
    const e = decodeV2betaError(429, limited, KEY, new Headers({ 'retry-after': '60' }));
    expect(e).toMatchObject({
      status: 429,
      code: 'rate_limit_exceeded',
      temporary: true,
      retryAfterSeconds: 60,
    });
    const at = new Date(Date.now() + 30_500).toUTCString();
    const dated = decodeV2betaError(429, limited, KEY, new Headers({ 'retry-after': at }));
    expect(dated.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(dated.retryAfterSeconds).toBeLessThanOrEqual(31);
    expect(decodeV2betaError(429, limited, KEY).retryAfterSeconds).toBeUndefined();
    expect(retryAfterSeconds(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });

  it('reads the account endpoints’ v1 shape and bodies that are no error body at all', () => {
    const v1 = decodeV2betaError(
      401,
      JSON.stringify({ id: 'x', name: 'unauthorized', message: 'missing authorization header' }),
      KEY,
    );
    expect(v1).toMatchObject({
      status: 401,
      errorName: 'unauthorized',
      detail: 'missing authorization header',
      problems: [],
    });
    const proxy = decodeV2betaError(502, '<html>Bad gateway</html>', KEY);
    expect(proxy).toMatchObject({ status: 502, errorName: 'fault', fault: true, problems: [] });
  });

  it('never repeats the key a server echoes', () => {
    const e = decodeV2betaError(400, body('bad_request', [`authorization: ${KEY} is not a key`]), KEY);
    expect(e.problems).toEqual(['authorization: [redacted] is not a key']);
    expect(e.message).not.toContain(KEY);
  });
});
