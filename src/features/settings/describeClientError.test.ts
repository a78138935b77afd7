import { describe, expect, it } from 'vitest';
import { AbortError, ApiError, HostError, NetworkError, type ApiErrorInit } from '../../lib/api/studio';
import { describeClientError } from './describeClientError';

const KEY = 'sk-secret-key-123';

function api(patch: Partial<ApiErrorInit>): ApiError {
  return new ApiError({
    status: 400,
    errorName: 'bad_request',
    code: 'bad_request',
    id: 'abc123',
    detail: '',
    temporary: false,
    timeout: false,
    fault: false,
    ...patch,
  });
}

const ctx = { host: 'https://api.stability.ai', engineId: 'stable-diffusion-v1-5' };

describe('describeClientError', () => {
  it.each([
    ['invalid_samples', /Samples to 1/],
    ['invalid_height_or_width', /multiples of 64/],
    ['invalid_pixel_count', /pixel count “stable-diffusion-v1-5” does not accept/],
    ['invalid_sdxl_v1_dimensions', /takes only its listed sizes/],
    ['invalid_file_size', /too large.*10 MiB/],
    ['invalid_mime_type', /PNG, JPEG and WebP/],
    ['invalid_image_dimensions', /mask and the init image have different sizes/],
    ['invalid_mask_image', /mask is missing/],
    ['invalid_prompts', /refused the prompt/],
  ])('gives 400 %s its own sentence', (code, expected) => {
    const text = describeClientError(api({ code, detail: 'engine words' }), ctx);
    expect(text).toMatch(expected);
  });

  it('every specific 400 code has a different sentence', () => {
    const codes = [
      'invalid_samples',
      'invalid_height_or_width',
      'invalid_pixel_count',
      'invalid_sdxl_v1_dimensions',
      'invalid_file_size',
      'invalid_mime_type',
      'invalid_image_dimensions',
      'invalid_mask_image',
      'invalid_prompts',
    ];
    const texts = new Set(codes.map((code) => describeClientError(api({ code }), ctx)));
    expect(texts.size).toBe(codes.length);
  });

  it('plain bad_request quotes the engine’s message', () => {
    expect(describeClientError(api({ detail: 'cfg_scale must be a number from 0 to 35' }), ctx)).toBe(
      'The engine rejected the request: cfg_scale must be a number from 0 to 35.',
    );
  });

  it('401 points to the key in Settings, 403 to the organization', () => {
    expect(
      describeClientError(api({ status: 401, code: 'unauthorized', errorName: 'unauthorized' }), ctx),
    ).toMatch(/API key.*Settings/);
    expect(
      describeClientError(
        api({ status: 403, code: 'permission_denied', errorName: 'permission_denied' }),
        ctx,
      ),
    ).toMatch(/Organization in Settings/);
  });

  it('401 from the local engine says its development key was refused, not the typed one', () => {
    const e = api({ status: 401, code: 'unauthorized', errorName: 'unauthorized' });
    expect(describeClientError(e, { host: '' })).toBe(
      'The API key was not accepted: the local engine was started with other keys than its development key. To use one of them, set API host in Settings to this page’s address and enter that key.',
    );
  });

  describe('404', () => {
    const notFound = (detail: string, id = 'a1B2c3D4') =>
      api({ status: 404, code: 'not_found', errorName: 'not_found', detail, id });

    it('an unknown engine names the engine and the host', () => {
      expect(describeClientError(notFound('Unknown engine "stable-diffusion-v1-5"'), ctx)).toBe(
        'The engine “stable-diffusion-v1-5” is not offered by https://api.stability.ai. Choose another engine from the list.',
      );
      expect(describeClientError(notFound('Unknown engine "sdxl-9"'), { host: '', engineId: 'sdxl-9' })).toBe(
        'The engine “sdxl-9” is not offered by the local engine. Choose another engine from the list.',
      );
    });

    it('a route the host does not have says the host does not serve the API, quoting it', () => {
      const text = describeClientError(
        notFound('No route POST /x/v1alpha/generation/stable-diffusion-v1-5/text-to-image'),
        ctx,
      );
      expect(text).toBe(
        'https://api.stability.ai did not answer as a Stability API: it answered 404 “No route POST /x/v1alpha/generation/stable-diffusion-v1-5/text-to-image”. Check API host in Settings.',
      );
    });

    it('a 404 without a goa body (a plain web server) is the host, never the engine', () => {
      const text = describeClientError(notFound('', ''), ctx);
      expect(text).toBe(
        'https://api.stability.ai did not answer as a Stability API: it answered 404 without an API error. Check API host in Settings.',
      );
      expect(text).not.toMatch(/“stable-diffusion-v1-5”/);
    });

    it('without an engine (balance, engine list) a 404 is always about the host', () => {
      expect(
        describeClientError(notFound('engine list not here'), { host: 'http://127.0.0.1:7860' }),
      ).toMatch(/^http:\/\/127\.0\.0\.1:7860 did not answer as a Stability API: /);
      expect(describeClientError(notFound('No route GET /v1alpha/user/balance'), { host: '' })).toMatch(
        /^The local engine did not answer as a Stability API: /,
      );
    });

    it('quotes at most 160 characters of what the server said', () => {
      const text = describeClientError(notFound(`No route ${'x'.repeat(400)}`), ctx);
      expect(text).toContain(`“No route ${'x'.repeat(151)}…”`);
      expect(text.length).toBeLessThan(300);
    });
  });

  it('a refused host says nothing was sent and what to do', () => {
    expect(describeClientError(new HostError('invalid-host', ''), { host: 'api.stability.ai' })).toBe(
      'API host in Settings is not a web address the studio can use, so nothing was sent. Enter a host such as api.stability.ai, or choose Local engine.',
    );
    expect(
      describeClientError(
        new HostError('other-origin', 'https://api.stability.ai', 'http://127.0.0.1:4173'),
        ctx,
      ),
    ).toBe(
      'The studio refused to send a request to http://127.0.0.1:4173: API host is https://api.stability.ai. Nothing was sent.',
    );
    expect(describeClientError(new HostError('redirect', 'http://api.stability.ai'), ctx)).toMatch(
      /^http:\/\/api\.stability\.ai answered with a redirect, which the studio does not follow/,
    );
  });

  it('Stable Image’s errors: a list under one sentence, spent credits, moderation, size, language, rate limit', () => {
    const listed = api({ detail: 'a; b', problems: ['prompt: required', 'seed: too big'] });
    expect(describeClientError(listed, ctx)).toBe('The engine rejected the request:');
    const one = api({ detail: 'prompt: required', problems: ['prompt: required'] });
    expect(describeClientError(one, ctx)).toBe('The engine rejected the request: prompt: required.');
    expect(
      describeClientError(api({ status: 402, errorName: 'payment_required', code: 'payment_required' }), ctx),
    ).toBe('The account’s credits are spent; nothing was generated. Add credits, then try again.');
    const moderated = api({ status: 403, errorName: 'content_moderation', code: 'content_moderation' });
    expect(describeClientError(moderated, ctx)).toMatch(
      /moderation refused the prompt or image \(not charged\)/,
    );
    expect(describeClientError(api({ status: 413, code: 'payload_too_large' }), ctx)).toMatch(/10 MiB/);
    const language = api({
      status: 422,
      code: 'invalid_language',
      detail: 'English is the only supported language',
    });
    expect(describeClientError(language, ctx)).toBe(
      'The API refused the input: English is the only supported language. Change the prompt or image, then try again.',
    );
  });

  it('429 says when to try again, from Retry-After or the documented 60 s lock-out, and that nothing is resent', () => {
    const limited = (retryAfterSeconds?: number) =>
      api({ status: 429, code: 'rate_limit_exceeded', temporary: true, retryAfterSeconds });
    expect(describeClientError(limited(37), ctx)).toMatch(
      /^Too many requests\. Try again in 37 s \(after \d\d:\d\d:\d\d\); nothing is resent by itself\.$/,
    );
    expect(describeClientError(limited(), ctx)).toMatch(/Try again in 60 s/);
  });

  it('500 says the engine failed, with the error id for support', () => {
    const text = describeClientError(
      api({ status: 500, code: 'fault', errorName: 'fault', fault: true }),
      ctx,
    );
    expect(text).toMatch(/engine failed/);
    expect(text).toContain('abc123');
  });

  it('network failure says the engine is unreachable and where it was looked for', () => {
    const text = describeClientError(new NetworkError('http://127.0.0.1:7860'), ctx);
    expect(text).toMatch(/unreachable/);
    expect(text).toContain('http://127.0.0.1:7860');
  });

  it('names the local engine when the host is the page’s origin and the URL is unknown', () => {
    expect(describeClientError(new NetworkError(''), { host: '' })).toMatch(/local engine/);
  });

  it('cancel and unknown errors get calm sentences; the key never appears', () => {
    expect(describeClientError(new AbortError(), ctx)).toBe('The request was cancelled.');
    expect(describeClientError(new Error(KEY), ctx)).not.toContain(KEY);
  });
});
