import { describe, expect, it } from 'vitest';
import { AbortError, ApiError, NetworkError, type ApiErrorInit } from '../../lib/api';
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

  it('401 points to the key in Settings, 403 to the organization, 404 to the engine', () => {
    expect(
      describeClientError(api({ status: 401, code: 'unauthorized', errorName: 'unauthorized' }), ctx),
    ).toMatch(/API key.*Settings/);
    expect(
      describeClientError(
        api({ status: 403, code: 'permission_denied', errorName: 'permission_denied' }),
        ctx,
      ),
    ).toMatch(/Organization in Settings/);
    expect(describeClientError(api({ status: 404, code: 'not_found', errorName: 'not_found' }), ctx)).toMatch(
      /engine “stable-diffusion-v1-5” does not exist at https:\/\/api\.stability\.ai/,
    );
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
