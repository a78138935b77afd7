import { describe, expect, it } from 'vitest';
import { STYLE_PRESETS } from '../../src/lib/api/index.ts';
import { artifacts, decodeRgba, expectGoaError, KEY, PROMPT, withEngine } from './engineTestKit.ts';
import { BEARER, expectV1Error, postV1T2I, SDXL, v1Url, V1_ENGINE } from './v1TestKit.ts';

const engine = withEngine({ balance: 1000 });

const balance = async (): Promise<number> =>
  (
    (await (await fetch(`${engine.url}/v1/user/balance`, { headers: { Authorization: BEARER } })).json()) as {
      credits: number;
    }
  ).credits;

describe('v1 text-to-image', () => {
  it('answers the artifacts JSON for stable-diffusion-v1-6 at 512×512 by default', async () => {
    const res = await postV1T2I(engine.url, PROMPT);
    expect(res.headers.get('content-type')).toBe('application/json');
    const [a, ...rest] = await artifacts(res);
    expect(rest).toHaveLength(0);
    expect(a?.finishReason).toBe('SUCCESS');
    const img = await decodeRgba(a?.base64 ?? '');
    expect([img.width, img.height]).toEqual([512, 512]);
  });

  it('takes the key as Bearer or bare, and refuses a wrong one in v1 error shape', async () => {
    for (const auth of [BEARER, KEY]) {
      expect(
        (await artifacts(await postV1T2I(engine.url, { ...PROMPT, seed: 1 }, { Authorization: auth })))
          .length,
      ).toBe(1);
    }
    await expectV1Error(
      await postV1T2I(engine.url, PROMPT, { Authorization: 'Bearer nope' }),
      401,
      'unauthorized',
    );
  });

  it('reads the Accept variants real clients send as JSON, and image/png as PNG bytes with Finish-Reason and Seed', async () => {
    for (const accept of [
      '*/*',
      'application/json, text/plain, */*',
      'application/json;q=1, image/png;q=0',
      'application/json',
    ]) {
      const res = await postV1T2I(engine.url, { ...PROMPT, seed: 9 }, { Accept: accept });
      expect((await artifacts(res))[0]?.seed, accept).toBe(9);
    }
    const png = await postV1T2I(engine.url, { ...PROMPT, seed: 9 }, { Accept: 'image/png' });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('finish-reason')).toBe('SUCCESS');
    expect(png.headers.get('seed')).toBe('9');
    const json = (await artifacts(await postV1T2I(engine.url, { ...PROMPT, seed: 9 })))[0];
    expect(Buffer.from(await png.arrayBuffer()).toString('base64')).toBe(json?.base64);
    await expectV1Error(await postV1T2I(engine.url, PROMPT, { Accept: 'text/html' }), 400, 'bad_request');
    await expectV1Error(
      await postV1T2I(engine.url, { ...PROMPT, samples: 2 }, { Accept: 'image/png' }),
      400,
      'bad_request',
      'invalid_samples: ',
    );
  });

  it('takes seeds up to 4294967295 and counts samples on, wrapping to 1', async () => {
    const list = await artifacts(await postV1T2I(engine.url, { ...PROMPT, seed: 4294967295, samples: 2 }));
    expect(list.map((a) => a.seed)).toEqual([4294967295, 1]);
    await expectV1Error(
      await postV1T2I(engine.url, { ...PROMPT, seed: 4294967296 }),
      400,
      'bad_request',
      'seed must be an integer from 0 to 4294967295',
    );
  });

  it('gives SDXL 1024×1024 and 30 steps when none are sent (charged as such), and its own size code', async () => {
    const before = await balance();
    const [a] = await artifacts(await postV1T2I(engine.url, PROMPT, {}, SDXL));
    const img = await decodeRgba(a?.base64 ?? '');
    expect([img.width, img.height]).toEqual([1024, 1024]);
    expect(before - (await balance())).toBeCloseTo(0.2 * 4 * (30 / 50), 6);
    await expectV1Error(
      await postV1T2I(engine.url, { ...PROMPT, width: 512, height: 512 }, {}, SDXL),
      400,
      'bad_request',
      'invalid_sdxl_v1_dimensions: stable-diffusion-xl-1024-v1-0 accepts only 1024×1024',
    );
  });

  it('sizes stable-diffusion-v1-6 by side (320–1536, multiples of 64), and keeps the v1alpha engines', async () => {
    const [wide] = await artifacts(
      await postV1T2I(engine.url, { ...PROMPT, width: 1536, height: 320, steps: 10 }),
    );
    const img = await decodeRgba(wide?.base64 ?? '');
    expect([img.width, img.height]).toEqual([1536, 320]);
    await expectV1Error(
      await postV1T2I(engine.url, { ...PROMPT, width: 256, height: 512 }),
      400,
      'bad_request',
      'invalid_height_or_width: ',
    );
    await expectV1Error(
      await postV1T2I(engine.url, { ...PROMPT, width: 500, height: 512 }),
      400,
      'bad_request',
      'invalid_height_or_width: ',
    );
    expect((await artifacts(await postV1T2I(engine.url, PROMPT, {}, 'stable-diffusion-v1-5'))).length).toBe(
      1,
    );
    await expectV1Error(
      await postV1T2I(engine.url, { ...PROMPT, width: 2048, height: 2048 }, {}, 'stable-diffusion-v1-5'),
      400,
      'bad_request',
      'invalid_height_or_width: ',
    );
  });

  it('applies each style preset visibly and deterministically, accepts extras, refuses an unknown preset', async () => {
    const body = { ...PROMPT, seed: 77, width: 320, height: 320, steps: 10 };
    const [plain] = await artifacts(await postV1T2I(engine.url, body));
    const seen = new Set([plain?.base64]);
    for (const preset of ['pixel-art', 'line-art', 'neon-punk', 'cinematic'] as const) {
      const [a] = await artifacts(await postV1T2I(engine.url, { ...body, style_preset: preset }));
      const [b] = await artifacts(
        await postV1T2I(engine.url, { ...body, style_preset: preset, extras: { x: [1] } }),
      );
      expect(b?.base64, preset).toBe(a?.base64);
      seen.add(a?.base64);
    }
    expect(seen.size).toBe(5);
    // The pixels show it: cinematic's bars are black, line-art is mostly paper.
    const [cine] = await artifacts(await postV1T2I(engine.url, { ...body, style_preset: 'cinematic' }));
    const c = await decodeRgba(cine?.base64 ?? '');
    expect([...c.data.subarray(0, 4)]).toEqual([0, 0, 0, 255]);
    const msg = await expectV1Error(
      await postV1T2I(engine.url, { ...body, style_preset: 'watercolour' }),
      400,
      'bad_request',
    );
    expect(msg).toBe(`style_preset must be one of ${STYLE_PRESETS.join(', ')}`);
    await expectV1Error(
      await postV1T2I(engine.url, { ...body, extras: [1] }),
      400,
      'bad_request',
      'extras must be a JSON object',
    );
  });

  it('answers an upscale engine on a generation route with a 400 naming the upscale route', async () => {
    const msg = await expectV1Error(
      await postV1T2I(engine.url, PROMPT, {}, 'esrgan-v1-x2plus'),
      400,
      'bad_request',
    );
    expect(msg).toBe(
      'esrgan-v1-x2plus is an upscale engine: it only takes /v1/generation/esrgan-v1-x2plus/image-to-image/upscale',
    );
    await expectV1Error(
      await postV1T2I(engine.url, PROMPT, {}, 'no-such-engine'),
      404,
      'not_found',
      'Unknown engine "no-such-engine"',
    );
  });

  it('writes every error in v1 shape under /v1 and goa shape under /v1alpha (404, 405, bad JSON)', async () => {
    await expectV1Error(await fetch(`${engine.url}/v1/nope`), 404, 'not_found');
    const wrong = await fetch(v1Url(engine.url, 'text-to-image'), { headers: { Authorization: BEARER } });
    await expectV1Error(wrong, 405, 'method_not_allowed');
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    await expectV1Error(
      await postV1T2I(engine.url, '{nope'),
      400,
      'bad_request',
      'request body is not valid JSON',
    );
    await expectGoaError(await fetch(`${engine.url}/v1alpha/nope`), 404, 'not_found');
    // v1 engines are v1's: v1alpha does not serve stable-diffusion-v1-6 (unchanged behaviour).
    const alpha = await fetch(`${engine.url}/v1alpha/generation/${V1_ENGINE}/text-to-image`, {
      method: 'POST',
      headers: { Authorization: KEY },
      body: JSON.stringify(PROMPT),
    });
    await expectGoaError(alpha, 404, 'not_found');
  });
});
