/**
 * v2beta refusals against the engine, in the order of shared/API-v2beta.md §10: content type → 413 → all
 * field problems → key → rate limit → balance → moderation → language; their shapes; CORS; 404/405.
 */
import { describe, expect, it } from 'vitest';
import { buildMultipart, KEY, solidImage, toBytes, withEngine } from './engineTestKit.ts';
import { httpRequest, sendRaw } from './hostile/rawHttp.ts';
import { balanceOf, BEARER, expectV2Error, imageOf, postV2, v2Url, type V2Entry } from './v2betaTestKit.ts';

const PROMPT: V2Entry = ['prompt', 'a quiet harbour'];
const CHEAP: V2Entry[] = [PROMPT, ['aspect_ratio', '21:9'], ['model', 'sd3.5-flash']];

describe('the body and its fields', () => {
  const engine = withEngine();

  it('answers 400 content-type: required to an empty POST, a JSON body and an empty multipart body', async () => {
    const url = v2Url(engine.url, 'generate/core');
    const empty = await fetch(url, { method: 'POST', headers: { authorization: BEARER } });
    expect(await expectV2Error(empty, 400, 'bad_request')).toEqual(['content-type: required']);
    const json = await fetch(url, {
      method: 'POST',
      headers: { authorization: BEARER, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'x' }),
    });
    expect(await expectV2Error(json, 400, 'bad_request')).toEqual([
      'content-type: required: send multipart/form-data, received "application/json"',
    ]);
    const none = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: BEARER,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': '0',
      },
    });
    expect(await expectV2Error(none, 400, 'bad_request')).toEqual(['content-type: required']);
  });

  it('answers 413 payload_too_large to a body over 10 MiB, before looking at its fields or key', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 7);
    const res = await postV2(engine.url, 'upscale/fast', [['image', big]], { authorization: 'Bearer wrong' });
    expect(await expectV2Error(res, 413, 'payload_too_large')).toEqual([
      'body: payloads cannot be larger than 10MiB in size',
    ]);
  });

  it('lists every field problem at once, before the key: a bad key with bad fields is a 400', async () => {
    const res = await postV2(
      engine.url,
      'generate/ultra',
      [
        ['aspect_ratio', '2:1'],
        ['seed', '-1'],
        ['output_format', 'gif'],
        ['strength', '0.5'],
      ],
      { authorization: 'Bearer wrong' },
    );
    expect(await expectV2Error(res, 400, 'bad_request')).toEqual([
      'prompt: required',
      "aspect_ratio: invalid enum value. Expected '21:9' | '16:9' | '3:2' | '5:4' | '1:1' | '4:5' | '2:3' | '9:16' | '9:21', received '2:1'",
      "output_format: invalid enum value. Expected 'png' | 'jpeg' | 'webp', received 'gif'",
      "seed: must be between 0 and 4294967294, received '-1'",
      'strength: only used with image; send an image or leave strength out',
    ]);
  });

  it('reports a field sent twice or not UTF-8 with the others, and ignores fields the endpoint does not read', async () => {
    const { body, contentType } = buildMultipart([
      { name: 'prompt', data: Buffer.from([0x61, 0xff]) },
      { name: 'seed', data: '1' },
      { name: 'seed', data: '2' },
      { name: 'aspect_ratio', data: '5:3' },
      { name: 'samples', data: 'many' },
    ]);
    const res = await fetch(v2Url(engine.url, 'generate/core'), {
      method: 'POST',
      headers: { authorization: BEARER, 'content-type': contentType },
      body: toBytes(body),
    });
    expect(await expectV2Error(res, 400, 'bad_request')).toEqual([
      'prompt: must be UTF-8 text',
      'seed: sent more than once; send each field once',
      "aspect_ratio: invalid enum value. Expected '21:9' | '16:9' | '3:2' | '5:4' | '1:1' | '4:5' | '2:3' | '9:16' | '9:21', received '5:3'",
    ]);
    const ok = await postV2(engine.url, 'generate/sd3', [
      ...CHEAP,
      ['samples', '4'],
      ['steps', '999'],
      ['none', ''],
    ]);
    expect((await imageOf(ok)).finishReason).toBe('SUCCESS');
  });

  it('refuses an image that is not one, and one too damaged to decode', async () => {
    const text = await postV2(engine.url, 'upscale/fast', [['image', Buffer.from('not an image')]]);
    expect(await expectV2Error(text, 400, 'bad_request')).toEqual([
      'image: must be a PNG, JPEG or WebP image',
    ]);
    const png = await solidImage(256, 256, { r: 1, g: 2, b: 3, alpha: 1 });
    const cut = png.subarray(0, 60);
    const damaged = await postV2(engine.url, 'upscale/fast', [['image', cut]]);
    expect(await expectV2Error(damaged, 400, 'bad_request')).toEqual([
      'image: could not be decoded (corrupt or truncated image)',
    ]);
  });
});

describe('the key (after the fields)', () => {
  const engine = withEngine();

  it('answers 401 to a valid request with a wrong or missing key; takes Bearer and a bare key', async () => {
    for (const headers of [
      { authorization: 'Bearer wrong' },
      { authorization: '' },
      { authorization: 'Bearer ' },
    ]) {
      expect(
        await expectV2Error(await postV2(engine.url, 'generate/sd3', CHEAP, headers), 401, 'unauthorized'),
      ).toEqual(['authorization: invalid or missing header value']);
    }
    expect(
      (await imageOf(await postV2(engine.url, 'generate/sd3', CHEAP, { authorization: KEY }))).finishReason,
    ).toBe('SUCCESS');
    // v2beta has no Organization header: one that v1 would refuse is ignored.
    const org = await postV2(engine.url, 'generate/sd3', CHEAP, { organization: 'org-someone-else' });
    expect(org.status).toBe(200);
  });

  it('refuses two Authorization headers as ambiguous', async () => {
    const { body, contentType } = buildMultipart(CHEAP.map(([name, data]) => ({ name, data })));
    const url = new URL(v2Url(engine.url, 'generate/sd3'));
    const answer = await sendRaw(Number(url.port), {
      chunks: [
        httpRequest({
          method: 'POST',
          path: url.pathname,
          headers: [
            ['Host', url.host],
            ['Authorization', BEARER],
            ['Authorization', BEARER],
            ['Content-Type', contentType],
          ],
          body,
        }),
      ],
    });
    if (answer === 'no answer') throw new Error('no answer');
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({
      name: 'unauthorized',
      errors: ['authorization: send exactly one Authorization header'],
    });
  });
});

describe('402 payment_required (refuseWhenSpent on)', () => {
  const engine = withEngine({ balance: 10, refuseWhenSpent: true });

  it('refuses a request costing more than the balance left, uncharged; cheaper ones still run', async () => {
    await imageOf(await postV2(engine.url, 'generate/ultra', [PROMPT, ['aspect_ratio', '21:9']]));
    expect(await balanceOf(engine.url)).toBe(2);
    const errors = await expectV2Error(
      await postV2(engine.url, 'generate/core', [PROMPT]),
      402,
      'payment_required',
    );
    expect(errors).toEqual([
      'balance: you lack sufficient credits for this request (it costs 3, 2 left); buy more credits and try again',
    ]);
    await expectV2Error(await postV2(engine.url, 'generate/sd3', CHEAP), 402, 'payment_required');
    expect(await balanceOf(engine.url)).toBe(2);
    const small = await solidImage(64, 64, { r: 1, g: 1, b: 1, alpha: 1 });
    await imageOf(await postV2(engine.url, 'upscale/fast', [['image', small]]));
    expect(await balanceOf(engine.url)).toBe(0);
  });
});

describe('with refuseWhenSpent off (the default)', () => {
  const engine = withEngine({ balance: 1 });
  it('never refuses for money: the balance goes negative', async () => {
    await imageOf(await postV2(engine.url, 'generate/ultra', [PROMPT, ['aspect_ratio', '9:21']]));
    expect(await balanceOf(engine.url)).toBe(-7);
  });
});

describe('403 content_moderation and 422 invalid_language', () => {
  const engine = withEngine({ balance: 50, languageWords: ['hej', 'bonjour'] });

  it('refuses a blocked word in prompt or negative prompt with 403, uncharged', async () => {
    expect(
      await expectV2Error(
        await postV2(engine.url, 'generate/core', [['prompt', 'GORE everywhere']]),
        403,
        'content_moderation',
      ),
    ).toEqual([
      'prompt: your request was flagged by the content moderation system ("gore"), so it was denied and you were not charged',
    ]);
    const neg = await postV2(engine.url, 'edit/outpaint', [
      ['image', await solidImage(128, 128, { r: 1, g: 1, b: 1, alpha: 1 })],
      ['left', '10'],
      ['prompt', 'sea'],
    ]);
    expect(neg.status).toBe(200);
    const blocked = await postV2(engine.url, 'upscale/conservative', [
      ['image', await solidImage(128, 128, { r: 1, g: 1, b: 1, alpha: 1 })],
      ['prompt', 'a cat'],
      ['negative_prompt', 'nsfw'],
    ]);
    expect((await expectV2Error(blocked, 403, 'content_moderation'))[0]).toMatch(/^negative_prompt: /);
    expect(await balanceOf(engine.url)).toBe(46);
  });
  it('refuses a configured language word with 422, after moderation, uncharged', async () => {
    expect(
      await expectV2Error(
        await postV2(engine.url, 'generate/sd3', [['prompt', 'Hej! a harbour']]),
        422,
        'invalid_language',
      ),
    ).toEqual(['prompt: English is the only supported language for this service ("hej")']);
    await expectV2Error(
      await postV2(engine.url, 'generate/sd3', [['prompt', 'bonjour gore']]),
      403,
      'content_moderation',
    );
    expect(await balanceOf(engine.url)).toBe(46);
  });
});

describe('429 rate_limit_exceeded', () => {
  const engine = withEngine({
    keys: [KEY, 'second-key'],
    rateLimit: 3,
    rateWindowMs: 60_000,
    rateLockoutMs: 30_000,
  });

  it('lets the limit through per key, then refuses with Retry-After; invalid and unauthorised requests do not count', async () => {
    await expectV2Error(await postV2(engine.url, 'generate/sd3', [['seed', 'x']]), 400, 'bad_request');
    await expectV2Error(
      await postV2(engine.url, 'generate/sd3', CHEAP, { authorization: 'Bearer no' }),
      401,
      'unauthorized',
    );
    for (let i = 0; i < 3; i++) expect((await postV2(engine.url, 'generate/sd3', CHEAP)).status).toBe(200);
    const res = await postV2(engine.url, 'generate/sd3', CHEAP);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await expectV2Error(res, 429, 'rate_limit_exceeded')).toEqual([
      'rate_limit: more than 3 requests in 60 s; this key is refused for 30 s (30 s left)',
    ]);
    expect((await postV2(engine.url, 'generate/sd3', CHEAP)).status).toBe(429);
    expect(
      (await postV2(engine.url, 'generate/sd3', CHEAP, { authorization: 'Bearer second-key' })).status,
    ).toBe(200);
  });
});

describe('routes and CORS', () => {
  const engine = withEngine();

  it('answers unknown paths 404 and other methods 405, in v2beta’s shape', async () => {
    const missing = await fetch(`${engine.url}/v2beta/stable-image/generate/sd4`, {
      method: 'POST',
      headers: { authorization: BEARER },
    });
    expect(await expectV2Error(missing, 404, 'not_found')).toEqual([
      'path: No route "POST" "/v2beta/stable-image/generate/sd4"',
    ]);
    const get = await fetch(v2Url(engine.url, 'edit/erase'), { headers: { authorization: BEARER } });
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await expectV2Error(get, 405, 'method_not_allowed')).toEqual([
      'method: "/v2beta/stable-image/edit/erase" does not accept "GET"',
    ]);
  });
  it('answers preflights with the v2beta headers and exposes finish-reason, seed and x-request-id', async () => {
    const origin = 'http://localhost:5173';
    const pre = await fetch(v2Url(engine.url, 'generate/sd3'), {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-headers')).toBe(
      'authorization, accept, content-type, stability-client-id, stability-client-user-id, stability-client-version',
    );
    expect(pre.headers.get('access-control-expose-headers')).toBe('finish-reason, seed, x-request-id');
    const res = await postV2(engine.url, 'generate/sd3', CHEAP, {
      origin,
      'stability-client-id': 'gesso-tests',
    });
    expect(res.headers.get('access-control-expose-headers')).toBe('finish-reason, seed, x-request-id');
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    await imageOf(res);
  });
});
