/** v2beta generate/ultra, /core and /sd3 against the engine: sizes, models, image-to-image, answers. */
import { describe, expect, it } from 'vitest';
import {
  SD3_MODEL_CREDITS,
  V2BETA_ASPECT_RATIOS,
  V2BETA_TEXT_TO_IMAGE_SIZES,
  v2betaImageJsonSchema,
} from '../../src/lib/api/index.ts';
import { decodeRgba, solidImage, withEngine } from './engineTestKit.ts';
import {
  balanceOf,
  expectV2Error,
  imageOf,
  jsonImageOf,
  meanDiff,
  postV2,
  sizeOf,
  type V2Entry,
} from './v2betaTestKit.ts';

const engine = withEngine({ balance: 1000 });

/** Mean difference between horizontal neighbours' red values: what a blur takes away. */
function roughness(raw: { width: number; data: Buffer }): number {
  let sum = 0;
  for (let i = 4; i < raw.data.length; i += 4) sum += Math.abs(raw.data[i]! - raw.data[i - 4]!);
  return sum / (raw.data.length / 4);
}
const PROMPT: V2Entry = ['prompt', 'a lighthouse on a cliff at dusk'];

describe('v2beta text-to-image sizes (§7)', () => {
  it('answers every aspect ratio at its table size on sd3 and Core, and 1:1 when none is sent', async () => {
    for (const endpoint of ['generate/sd3', 'generate/core'] as const) {
      for (const ratio of V2BETA_ASPECT_RATIOS) {
        const img = await imageOf(await postV2(engine.url, endpoint, [PROMPT, ['aspect_ratio', ratio]]));
        const want = V2BETA_TEXT_TO_IMAGE_SIZES[endpoint][ratio];
        expect([ratio, ...sizeOf(img.raw)]).toEqual([ratio, want.width, want.height]);
      }
    }
    expect(sizeOf((await imageOf(await postV2(engine.url, 'generate/core', [PROMPT]))).raw)).toEqual([
      1536, 1536,
    ]);
    expect(sizeOf((await imageOf(await postV2(engine.url, 'generate/ultra', [PROMPT]))).raw)).toEqual([
      1024, 1024,
    ]);
    const ultra = await imageOf(
      await postV2(engine.url, 'generate/ultra', [PROMPT, ['aspect_ratio', '16:9']]),
    );
    expect(sizeOf(ultra.raw)).toEqual([1344, 768]);
  }, 60_000);
});

describe('v2beta answers (§3)', () => {
  it('sends the bytes with lowercase finish-reason, seed and x-request-id; the seed reproduces the pixels', async () => {
    const res = await postV2(engine.url, 'generate/sd3', [PROMPT, ['seed', '4294967294']]);
    expect([...res.headers.keys()]).toEqual(
      expect.arrayContaining(['finish-reason', 'seed', 'x-request-id']),
    );
    const a = await imageOf(res);
    expect([a.contentType, a.finishReason, a.seed]).toEqual(['image/png', 'SUCCESS', 4294967294]);
    expect(a.requestId).toMatch(/^[0-9a-f]{32}$/);
    const b = await imageOf(await postV2(engine.url, 'generate/sd3', [PROMPT, ['seed', '4294967294']]));
    expect(b.bytes.equals(a.bytes)).toBe(true);
    expect(b.requestId).not.toBe(a.requestId);
    const other = await imageOf(await postV2(engine.url, 'generate/sd3', [PROMPT, ['seed', '7']]));
    expect(meanDiff(other.raw, a.raw)).toBeGreaterThan(3);
  });
  it('picks a seed in 1..4294967294 when none (or 0) is sent, and says which', async () => {
    const seeds = new Set<number>();
    for (const entries of [[PROMPT], [PROMPT, ['seed', '0']]] as V2Entry[][]) {
      const img = await imageOf(
        await postV2(engine.url, 'generate/core', [...entries, ['aspect_ratio', '21:9']]),
      );
      expect(img.seed).toBeGreaterThanOrEqual(1);
      expect(img.seed).toBeLessThanOrEqual(4294967294);
      seeds.add(img.seed);
      const again = await imageOf(
        await postV2(engine.url, 'generate/core', [
          PROMPT,
          ['aspect_ratio', '21:9'],
          ['seed', String(img.seed)],
        ]),
      );
      expect(again.bytes.equals(img.bytes)).toBe(true);
    }
    expect(seeds.size).toBe(2);
  });
  it('answers JSON for accept: application/json, with the format in the content type and no seed headers', async () => {
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const res = await postV2(
        engine.url,
        'generate/sd3',
        [PROMPT, ['seed', '5'], ['output_format', format]],
        {
          accept: 'application/json',
        },
      );
      expect(res.headers.get('finish-reason')).toBeNull();
      expect(res.headers.get('seed')).toBeNull();
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
      const body = await jsonImageOf(res);
      expect(body.contentType).toBe(`application/json; type=image/${format}`);
      expect(v2betaImageJsonSchema.safeParse(body).success).toBe(true);
      expect([body.finish_reason, body.seed]).toEqual(['SUCCESS', 5]);
      expect(sizeOf(await decodeRgba(body.image))).toEqual([1024, 1024]);
    }
  });
  it('answers bytes in output_format for image/*, */*, image/png, text/html and no accept at all', async () => {
    const accepts = ['image/*', '*/*', 'image/png', 'text/html', 'application/json;q=0, image/*'];
    for (const accept of [...accepts, undefined]) {
      const headers: Record<string, string> = accept === undefined ? {} : { accept };
      const img = await imageOf(
        await postV2(engine.url, 'generate/sd3', [PROMPT, ['output_format', 'jpeg'], ['seed', '3']], headers),
      );
      expect([accept, img.contentType, img.bytes.subarray(0, 2).toString('hex')]).toEqual([
        accept,
        'image/jpeg',
        'ffd8',
      ]);
    }
    const webp = await imageOf(
      await postV2(engine.url, 'generate/ultra', [PROMPT, ['output_format', 'webp']]),
    );
    expect([webp.contentType, webp.bytes.subarray(8, 12).toString('latin1')]).toEqual(['image/webp', 'WEBP']);
  });
  it('marks a soften-word prompt CONTENT_FILTERED and blurs it', async () => {
    const fields: V2Entry[] = [['seed', '9']];
    const clean = await imageOf(
      await postV2(engine.url, 'generate/sd3', [['prompt', 'a red moon'], ...fields]),
    );
    const soft = await imageOf(
      await postV2(engine.url, 'generate/sd3', [['prompt', 'a blood moon'], ...fields]),
    );
    expect([clean.finishReason, soft.finishReason]).toEqual(['SUCCESS', 'CONTENT_FILTERED']);
    expect(roughness(soft.raw)).toBeLessThan(roughness(clean.raw) / 2);
  });
});

describe('v2beta options change the picture', () => {
  const base: V2Entry[] = [PROMPT, ['seed', '11']];
  it('style preset, cfg, negative prompt, inline weights and model all show', async () => {
    const plain = (await imageOf(await postV2(engine.url, 'generate/sd3', base))).raw;
    const variants: Array<[string, V2Entry[]]> = [
      ['style_preset', [['style_preset', 'pixel-art']]],
      ['cfg_scale', [['cfg_scale', '9']]],
      ['negative_prompt', [['negative_prompt', 'orange, red']]],
      ['model', [['model', 'sd3.5-flash']]],
    ];
    for (const [what, extra] of variants) {
      const img = await imageOf(await postV2(engine.url, 'generate/sd3', [...base, ...extra]));
      expect([what, meanDiff(img.raw, plain) > 1]).toEqual([what, true]);
    }
    const weighted = async (prompt: string) =>
      (
        await imageOf(
          await postV2(engine.url, 'generate/core', [
            ['prompt', prompt],
            ['seed', '2'],
            ['aspect_ratio', '21:9'],
          ]),
        )
      ).raw;
    expect(
      meanDiff(
        await weighted('a field (blue:0.2) (red:0.9)'),
        await weighted('a field (blue:0.9) (red:0.2)'),
      ),
    ).toBeGreaterThan(2);
  });
  it('takes the old sd3 names as aliases: the same picture and price as their SD 3.5 model', async () => {
    const pairs = [
      ['sd3', 'sd3.5-large'],
      ['sd3-large', 'sd3.5-large'],
      ['sd3-turbo', 'sd3.5-large-turbo'],
      ['sd3-large-turbo', 'sd3.5-large-turbo'],
      ['sd3-medium', 'sd3.5-medium'],
    ] as const;
    for (const [alias, model] of pairs) {
      const before = await balanceOf(engine.url);
      const a = await imageOf(await postV2(engine.url, 'generate/sd3', [...base, ['model', alias]]));
      expect(before - (await balanceOf(engine.url))).toBeCloseTo(SD3_MODEL_CREDITS[model], 6);
      const b = await imageOf(await postV2(engine.url, 'generate/sd3', [...base, ['model', model]]));
      expect([alias, a.bytes.equals(b.bytes)]).toEqual([alias, true]);
    }
  });
});

describe('v2beta image-to-image (Ultra with image, sd3 mode=image-to-image)', () => {
  it('answers the 1 MP ladder size nearest the input aspect; strength 0 keeps the input, 1 ignores it', async () => {
    const input = await solidImage(1536, 1536, { r: 30, g: 160, b: 90, alpha: 1 });
    const keep = await imageOf(
      await postV2(engine.url, 'generate/sd3', [
        PROMPT,
        ['mode', 'image-to-image'],
        ['strength', '0'],
        ['image', input],
        ['seed', '4'],
      ]),
    );
    expect(sizeOf(keep.raw)).toEqual([1024, 1024]);
    expect(Array.from(keep.raw.data.subarray(0, 4))).toEqual([30, 160, 90, 255]);
    const all = await imageOf(
      await postV2(engine.url, 'generate/sd3', [
        PROMPT,
        ['mode', 'image-to-image'],
        ['strength', '1'],
        ['image', input],
        ['seed', '4'],
      ]),
    );
    const t2i = await imageOf(await postV2(engine.url, 'generate/sd3', [PROMPT, ['seed', '4']]));
    expect(all.bytes.equals(t2i.bytes)).toBe(true);
    const half = await imageOf(
      await postV2(engine.url, 'generate/sd3', [
        PROMPT,
        ['mode', 'image-to-image'],
        ['strength', '0.5'],
        ['image', input],
        ['seed', '4'],
      ]),
    );
    const toKeep = meanDiff(half.raw, keep.raw);
    const toAll = meanDiff(half.raw, t2i.raw);
    expect(Math.abs(toKeep - toAll)).toBeLessThan(2);
    expect(toKeep).toBeGreaterThan(3);

    const wide = await solidImage(1920, 1080, { r: 200, g: 40, b: 40, alpha: 1 }, 'jpeg');
    const ultra = await imageOf(
      await postV2(engine.url, 'generate/ultra', [PROMPT, ['image', wide], ['strength', '0.3']]),
    );
    expect(sizeOf(ultra.raw)).toEqual([1344, 768]);
  });
  it('charges each model its own price, Ultra 8 and Core 3', async () => {
    const cost = async (
      endpoint: 'generate/ultra' | 'generate/core' | 'generate/sd3',
      extra: V2Entry[] = [],
    ) => {
      const before = await balanceOf(engine.url);
      await imageOf(await postV2(engine.url, endpoint, [PROMPT, ['aspect_ratio', '9:21'], ...extra]));
      return Math.round((before - (await balanceOf(engine.url))) * 1000) / 1000;
    };
    expect(await cost('generate/ultra')).toBe(8);
    expect(await cost('generate/core')).toBe(3);
    expect(await cost('generate/sd3')).toBe(6.5);
    expect(await cost('generate/sd3', [['model', 'sd3.5-large-turbo']])).toBe(4);
    expect(await cost('generate/sd3', [['model', 'sd3.5-medium']])).toBe(3.5);
    expect(await cost('generate/sd3', [['model', 'sd3.5-flash']])).toBe(2.5);
  });
  it('refuses what the mode does not take, all problems at once', async () => {
    const input = await solidImage(512, 512, { r: 1, g: 2, b: 3, alpha: 1 });
    const errors = await expectV2Error(
      await postV2(engine.url, 'generate/sd3', [PROMPT, ['mode', 'image-to-image'], ['aspect_ratio', '1:1']]),
      400,
      'bad_request',
    );
    expect(errors).toEqual([
      'image: required when mode is image-to-image',
      'strength: required when mode is image-to-image',
      "aspect_ratio: not used when mode is image-to-image (the output follows the image's aspect)",
    ]);
    expect(
      await expectV2Error(
        await postV2(engine.url, 'generate/ultra', [PROMPT, ['image', input]]),
        400,
        'bad_request',
      ),
    ).toEqual(['strength: required when image is sent']);
  });
});
