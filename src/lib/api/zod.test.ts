import { describe, expect, it } from 'vitest';
import { artifactsResponseSchema, parseJsonBody } from './schemas.ts';

describe('the schema layer', () => {
  it('words issues in English, as full zod did', () => {
    expect(
      parseJsonBody(
        '{"artifacts":[{"base64":"x","seed":"1","finishReason":"SUCCESS"}]}',
        artifactsResponseSchema,
      ),
    ).toEqual({ ok: false, issues: 'artifacts.0.seed: Invalid input: expected number, received string' });
  });
});
