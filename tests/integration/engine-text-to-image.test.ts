import { describe, expect, it } from 'vitest';
import {
  artifacts,
  decodeRgba,
  expectGoaError,
  genUrl,
  KEY,
  postT2I,
  PROMPT,
  withEngine,
} from './engineTestKit.ts';

const engine = withEngine();

describe('text-to-image, JSON mode', () => {
  it('defaults to one 512×512 artifact with a random non-zero seed', async () => {
    const res = await postT2I(engine.url, PROMPT);
    expect(res.headers.get('content-type')).toBe('application/json');
    const [a, ...rest] = await artifacts(res);
    expect(rest).toHaveLength(0);
    expect(a?.finishReason).toBe('SUCCESS');
    expect(a?.seed).toBeGreaterThanOrEqual(1);
    expect(a?.seed).toBeLessThanOrEqual(2147483647);
    const img = await decodeRgba(a?.base64 ?? '');
    expect([img.width, img.height]).toEqual([512, 512]);
  });

  it('treats a missing Accept, */* and application/json alike', async () => {
    for (const accept of [undefined, '*/*', 'application/json']) {
      const res = await fetch(genUrl(engine.url, 'text-to-image'), {
        method: 'POST',
        headers: { Authorization: KEY, ...(accept ? { Accept: accept } : {}) },
        body: JSON.stringify({ ...PROMPT, seed: 3 }),
      });
      expect((await artifacts(res))[0]?.seed).toBe(3);
    }
  });

  it('reports the seed actually used, and replaying it gives the same bytes', async () => {
    const [a] = await artifacts(await postT2I(engine.url, { ...PROMPT, seed: 0 }));
    const [b] = await artifacts(await postT2I(engine.url, { ...PROMPT, seed: a?.seed }));
    expect(b?.base64).toBe(a?.base64);
  });

  it('gives consecutive seeds and distinct pictures for samples', async () => {
    const list = await artifacts(await postT2I(engine.url, { ...PROMPT, seed: 100, samples: 3 }));
    expect(list.map((a) => a.seed)).toEqual([100, 101, 102]);
    expect(new Set(list.map((a) => a.base64)).size).toBe(3);
    const [single] = await artifacts(await postT2I(engine.url, { ...PROMPT, seed: 101 }));
    expect(single?.base64).toBe(list[1]?.base64);
  });

  it('wraps consecutive seeds at the top of the range', async () => {
    const list = await artifacts(await postT2I(engine.url, { ...PROMPT, seed: 2147483647, samples: 2 }));
    expect(list.map((a) => a.seed)).toEqual([2147483647, 1]);
  });

  it('is byte-identical for identical requests and differs by seed and by prompt', async () => {
    const body = { ...PROMPT, seed: 42, steps: 30, cfg_scale: 9, sampler: 'K_EULER' };
    const [a] = await artifacts(await postT2I(engine.url, body));
    const [b] = await artifacts(await postT2I(engine.url, body));
    const [c] = await artifacts(await postT2I(engine.url, { ...body, seed: 43 }));
    const [d] = await artifacts(
      await postT2I(engine.url, { ...body, text_prompts: [{ text: 'a green meadow at dawn' }] }),
    );
    expect(b?.base64).toBe(a?.base64);
    expect(c?.base64).not.toBe(a?.base64);
    expect(d?.base64).not.toBe(a?.base64);
  });

  it('fills in the contract defaults (explicit defaults give the same bytes)', async () => {
    const [implicit] = await artifacts(
      await postT2I(engine.url, { text_prompts: [{ text: 'lighthouse' }], seed: 5 }),
    );
    const explicit = {
      text_prompts: [{ text: 'lighthouse', weight: 1 }],
      seed: 5,
      cfg_scale: 7,
      clip_guidance_preset: 'NONE',
      width: 512,
      height: 512,
      samples: 1,
      steps: 50,
    };
    const [same] = await artifacts(await postT2I(engine.url, explicit));
    expect(same?.base64).toBe(implicit?.base64);
  });

  it('follows colour words in the prompt', async () => {
    const mean = async (text: string) => {
      const [a] = await artifacts(await postT2I(engine.url, { text_prompts: [{ text }], seed: 12 }));
      const img = await decodeRgba(a?.base64 ?? '');
      const sums = [0, 0, 0];
      for (let i = 0; i < img.data.length; i += 4)
        for (let c = 0; c < 3; c++) sums[c] = (sums[c] ?? 0) + (img.data[i + c] ?? 0);
      return sums.map((s) => s / (img.width * img.height));
    };
    const [red, blue] = await Promise.all([mean('red crimson scarlet'), mean('blue azure cobalt')]);
    expect((red[0] ?? 0) - (red[2] ?? 0)).toBeGreaterThan((blue[0] ?? 0) - (blue[2] ?? 0) + 40);
  });

  it('honours width and height, and ignores unknown fields', async () => {
    const res = await postT2I(engine.url, {
      ...PROMPT,
      width: 768,
      height: 512,
      seed: 1,
      style_preset: 'x',
      foo: [1],
    });
    const img = await decodeRgba((await artifacts(res))[0]?.base64 ?? '');
    expect([img.width, img.height]).toEqual([768, 512]);
  });

  it('accepts negative prompt weights and every sampler/preset spelling of the contract', async () => {
    const res = await postT2I(engine.url, {
      text_prompts: [
        { text: 'castle', weight: 1.5 },
        { text: 'fog', weight: -0.8 },
      ],
      sampler: 'K_DPMPP_2M',
      clip_guidance_preset: 'FAST_BLUE',
      cfg_scale: 0,
      steps: 10,
      seed: 2147483647,
    });
    expect((await artifacts(res))[0]?.seed).toBe(2147483647);
  });
});

describe('text-to-image, PNG mode', () => {
  it('returns the PNG bytes with Finish-Reason and Seed headers', async () => {
    const res = await postT2I(engine.url, { ...PROMPT, seed: 77 }, { Accept: 'image/png' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('finish-reason')).toBe('SUCCESS');
    expect(res.headers.get('seed')).toBe('77');
    const png = Buffer.from(await res.arrayBuffer());
    const [json] = await artifacts(await postT2I(engine.url, { ...PROMPT, seed: 77 }));
    expect(png.toString('base64')).toBe(json?.base64);
  });

  it('reports the random seed in the Seed header', async () => {
    const res = await postT2I(engine.url, PROMPT, { Accept: 'image/png' });
    expect(Number(res.headers.get('seed'))).toBeGreaterThan(0);
    await res.arrayBuffer();
  });

  it('refuses samples > 1 with invalid_samples', async () => {
    const res = await postT2I(engine.url, { ...PROMPT, samples: 2 }, { Accept: 'image/png' });
    await expectGoaError(res, 400, 'bad_request', 'invalid_samples: ');
  });

  it('refuses any other Accept with bad_request', async () => {
    await expectGoaError(await postT2I(engine.url, PROMPT, { Accept: 'text/html' }), 400, 'bad_request');
    await expectGoaError(await postT2I(engine.url, PROMPT, { Accept: 'image/jpeg' }), 400, 'bad_request');
  });
});

describe('text-to-image validation', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['width not a multiple of 64', { width: 500 }, 'invalid_height_or_width: '],
    ['a side under 128', { width: 64, height: 4096 }, 'invalid_height_or_width: '],
    ['too many pixels', { width: 1024, height: 1088 }, 'invalid_pixel_count: '],
    ['too few pixels', { width: 256, height: 256 }, 'invalid_pixel_count: '],
    ['cfg_scale above 35', { cfg_scale: 36 }, 'cfg_scale'],
    ['cfg_scale as a string', { cfg_scale: '7' }, 'cfg_scale'],
    ['steps below 10', { steps: 9 }, 'steps'],
    ['steps not an integer', { steps: 20.5 }, 'steps'],
    ['samples above 10', { samples: 11 }, 'samples'],
    ['samples 0', { samples: 0 }, 'samples'],
    ['negative seed', { seed: -1 }, 'seed'],
    ['seed above 2147483647', { seed: 2147483648 }, 'seed'],
    ['unknown sampler', { sampler: 'K_MAGIC' }, 'sampler'],
    ['unknown preset', { clip_guidance_preset: 'FASTEST' }, 'clip_guidance_preset'],
    ['height as a string', { height: '512' }, 'height'],
  ];
  for (const [title, extra, prefix] of cases) {
    it(`400s for ${title}`, async () => {
      const body = await expectGoaError(
        await postT2I(engine.url, { ...PROMPT, ...extra }),
        400,
        'bad_request',
      );
      expect(String(body['message'])).toContain(prefix);
    });
  }

  const promptCases: Array<[string, unknown]> = [
    ['no text_prompts', { seed: 1 }],
    ['empty text_prompts', { text_prompts: [] }],
    ['empty text', { text_prompts: [{ text: '' }] }],
    ['text over 2000 chars', { text_prompts: [{ text: 'a'.repeat(2001) }] }],
    ['a weight that is a string', { text_prompts: [{ text: 'cat', weight: 'heavy' }] }],
    ['text_prompts as a string', { text_prompts: 'cat' }],
    ['a body that is an array', []],
    ['a body that is null', null],
    ['a body that is a number', 5],
  ];
  for (const [title, body] of promptCases) {
    it(`400s for ${title}`, async () => {
      await expectGoaError(await postT2I(engine.url, JSON.stringify(body)), 400, 'bad_request');
    });
  }

  it('applies each engine size rule', async () => {
    const xl = 'stable-diffusion-xl-1024-v1-0';
    await expectGoaError(
      await postT2I(engine.url, PROMPT, {}, xl),
      400,
      'bad_request',
      'invalid_pixel_count: ',
    );
    await expectGoaError(
      await postT2I(engine.url, PROMPT, {}, 'stable-diffusion-768-v2-1'),
      400,
      'bad_request',
      'invalid_pixel_count: ',
    );
    const ok = await postT2I(engine.url, { ...PROMPT, width: 1536, height: 640, seed: 5, steps: 10 }, {}, xl);
    const img = await decodeRgba((await artifacts(ok))[0]?.base64 ?? '');
    expect([img.width, img.height]).toEqual([1536, 640]);
  });

  it('accepts prompts of exactly 1 and 2000 characters', async () => {
    const res = await postT2I(engine.url, {
      text_prompts: [{ text: 'a' }, { text: 'b'.repeat(2000), weight: 0.5 }],
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });
});
