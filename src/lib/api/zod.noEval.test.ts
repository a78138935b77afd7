import { afterEach, expect, it } from 'vitest';

const OriginalFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = OriginalFunction;
});

/**
 * The studio's Content-Security-Policy forbids eval: a `new Function` anywhere in parsing would be blocked
 * in the browser and reported as a violation (zod probes for it before compiling an object parser). This
 * file imports nothing from zod before the trap is set, so the schema modules are built under it.
 */
it('builds and runs every schema module without constructing a Function', async () => {
  const calls: unknown[][] = [];
  globalThis.Function = new Proxy(OriginalFunction, {
    construct(target, args: unknown[]) {
      calls.push(args);
      return Reflect.construct(target, args) as object;
    },
    apply(target, thisArg, args: unknown[]) {
      calls.push(args);
      return Reflect.apply(target, thisArg, args) as unknown;
    },
  });

  const { enginesResponseSchema, validateOptions } = await import('./index.ts');
  const { parseGessoRecipe } = await import('../png/parseGessoRecipe.ts');
  expect(
    enginesResponseSchema.safeParse({ engines: [{ id: 'e', name: 'E', description: 'd', type: 'PICTURE' }] })
      .success,
  ).toBe(true);
  expect(
    validateOptions({ text_prompts: [{ text: 'a red barn' }] }, { mode: 'text-to-image', engineId: 'e' }).ok,
  ).toBe(true);
  parseGessoRecipe('{"version":1}');

  expect(calls).toEqual([]);
});
