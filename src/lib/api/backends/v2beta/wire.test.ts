import { describe, expect, it } from 'vitest';
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
