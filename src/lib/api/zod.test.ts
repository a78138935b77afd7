import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountSchema, artifactsResponseSchema, parseJsonBody } from './schemas.ts';
import { validateOptions } from './validateOptions.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the schema layer', () => {
  it('parses without building code at run time (the CSP forbids eval)', () => {
    const built: unknown[] = [];
    // Any `new Function(…)` or `Function(…)` — zod's own probe included — lands here.
    vi.stubGlobal(
      'Function',
      new Proxy(Function, {
        construct(target, args: unknown[]) {
          built.push(args);
          return Reflect.construct(target, args) as object;
        },
        apply(target, self, args: unknown[]) {
          built.push(args);
          return Reflect.apply(target, self, args) as unknown;
        },
      }),
    );
    const account = {
      id: 'u',
      email: 'e',
      organizations: [{ id: 'o', name: 'n', role: 'r', is_default: true }],
    };
    expect(parseJsonBody(JSON.stringify(account), accountSchema)).toEqual({ ok: true, data: account });
    expect(
      validateOptions({ text_prompts: [{ text: 'a cat' }] }, { mode: 'text-to-image', engineId: 'e' }).ok,
    ).toBeTypeOf('boolean');
    expect(built).toEqual([]);
  });

  it('words issues in English, as full zod did', () => {
    expect(
      parseJsonBody(
        '{"artifacts":[{"base64":"x","seed":"1","finishReason":"SUCCESS"}]}',
        artifactsResponseSchema,
      ),
    ).toEqual({ ok: false, issues: 'artifacts.0.seed: Invalid input: expected number, received string' });
  });
});
