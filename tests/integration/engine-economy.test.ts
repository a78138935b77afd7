import { describe, expect, it } from 'vitest';
import {
  artifacts,
  decodeRgba,
  expectGoaError,
  KEY,
  postT2I,
  PROMPT,
  withEngine,
  type Raw,
} from './engineTestKit.ts';

async function balanceOf(url: string): Promise<number> {
  const res = await fetch(`${url}/v1alpha/user/balance`, { headers: { Authorization: KEY } });
  return ((await res.json()) as { credits: number }).credits;
}

describe('balance', () => {
  const engine = withEngine({ balance: 10 });

  it('falls by 0.2 × (w·h/262144) × (steps/50) per image and not on errors', async () => {
    expect(await balanceOf(engine.url)).toBe(10);
    await artifacts(await postT2I(engine.url, { ...PROMPT, samples: 2 }));
    expect(await balanceOf(engine.url)).toBe(9.6);
    await artifacts(await postT2I(engine.url, { ...PROMPT, width: 768, height: 512, steps: 100 }));
    expect(await balanceOf(engine.url)).toBe(9);
    await expectGoaError(await postT2I(engine.url, { ...PROMPT, steps: 1 }), 400, 'bad_request');
    await expectGoaError(await postT2I(engine.url, PROMPT, { Accept: 'text/plain' }), 400, 'bad_request');
    expect(await balanceOf(engine.url)).toBe(9);
  });
});

describe('an exhausted balance', () => {
  const engine = withEngine({ balance: 0.1 });
  it('never refuses work; the balance goes negative', async () => {
    await artifacts(await postT2I(engine.url, PROMPT));
    await artifacts(await postT2I(engine.url, PROMPT));
    expect(await balanceOf(engine.url)).toBe(-0.3);
  });
});

describe('content filter with the default lists', () => {
  const engine = withEngine();

  it('refuses a blocked word in any prompt with invalid_prompts', async () => {
    await expectGoaError(
      await postT2I(engine.url, { text_prompts: [{ text: 'a scene full of GORE' }] }),
      400,
      'bad_request',
      'invalid_prompts: ',
    );
    await expectGoaError(
      await postT2I(engine.url, { text_prompts: [{ text: 'cat' }, { text: 'nsfw', weight: -1 }] }),
      400,
      'bad_request',
      'invalid_prompts: ',
    );
  });

  it('softens a soften-list word: a different picture marked CONTENT_FILTERED', async () => {
    const [filtered] = await artifacts(
      await postT2I(engine.url, { text_prompts: [{ text: 'blood moon' }], seed: 8 }),
    );
    expect(filtered?.finishReason).toBe('CONTENT_FILTERED');
    const png = await postT2I(
      engine.url,
      { text_prompts: [{ text: 'blood moon' }], seed: 8 },
      { Accept: 'image/png' },
    );
    expect(png.headers.get('finish-reason')).toBe('CONTENT_FILTERED');
    expect(Buffer.from(await png.arrayBuffer()).toString('base64')).toBe(filtered?.base64);
    const img = await decodeRgba(filtered?.base64 ?? '');
    expect([img.width, img.height]).toEqual([512, 512]);
  });

  it('matches whole words only', async () => {
    const [a] = await artifacts(
      await postT2I(engine.url, { text_prompts: [{ text: 'bloodhound gorensen' }] }),
    );
    expect(a?.finishReason).toBe('SUCCESS');
  });
});

describe('content filter with configured lists', () => {
  const engine = withEngine({ blockedWords: ['pineapple'], softenWords: ['durian'] });
  it('uses the configured words instead of the defaults', async () => {
    await expectGoaError(
      await postT2I(engine.url, { text_prompts: [{ text: 'Pineapple pizza' }] }),
      400,
      'bad_request',
      'invalid_prompts: ',
    );
    const [soft] = await artifacts(await postT2I(engine.url, { text_prompts: [{ text: 'durian' }] }));
    expect(soft?.finishReason).toBe('CONTENT_FILTERED');
    const [gore] = await artifacts(await postT2I(engine.url, { text_prompts: [{ text: 'gore' }] }));
    expect(gore?.finishReason).toBe('SUCCESS');
  });
});

/** Sum of absolute horizontal neighbour differences: falls when a picture is blurred. */
function edgeEnergy(img: Raw): number {
  let sum = 0;
  for (let p = 0; p < img.width * img.height - 1; p++) {
    if ((p + 1) % img.width === 0) continue;
    for (let c = 0; c < 3; c++) sum += Math.abs((img.data[p * 4 + c] ?? 0) - (img.data[p * 4 + 4 + c] ?? 0));
  }
  return sum;
}

describe('a softened picture', () => {
  const softening = withEngine({ softenWords: ['zzword'] });
  const plain = withEngine({ softenWords: [] });
  it("is the same request's picture, blurred", async () => {
    const body = { text_prompts: [{ text: 'a castle on a hill zzword' }], seed: 31 };
    const [soft] = await artifacts(await postT2I(softening.url, body));
    const [sharp] = await artifacts(await postT2I(plain.url, body));
    expect(soft?.finishReason).toBe('CONTENT_FILTERED');
    expect(sharp?.finishReason).toBe('SUCCESS');
    const [a, b] = await Promise.all([decodeRgba(soft?.base64 ?? ''), decodeRgba(sharp?.base64 ?? '')]);
    expect(edgeEnergy(a)).toBeLessThan(edgeEnergy(b) * 0.8);
  });
});

describe('delay', () => {
  const engine = withEngine({ delayMs: 400, balance: 5 });

  it('still answers normally and charges', async () => {
    await artifacts(await postT2I(engine.url, PROMPT));
    expect(await balanceOf(engine.url)).toBe(4.8);
  });

  it('stops work and does not charge when the client aborts mid-delay', async () => {
    const before = await balanceOf(engine.url);
    const state = engine.running.engine.state;
    const controller = new AbortController();
    // 10 images × 400 ms: far longer than expect.poll's 1 s budget, so only a real stop passes.
    const aborted = fetch(`${engine.url}/v1alpha/generation/stable-diffusion-v1-5/text-to-image`, {
      method: 'POST',
      headers: { Authorization: KEY },
      body: JSON.stringify({ ...PROMPT, samples: 10 }),
      signal: controller.signal,
    });
    await expect.poll(() => state.activeGenerations).toBe(1);
    controller.abort();
    await expect(aborted).rejects.toThrow();
    await expect.poll(() => state.activeGenerations).toBe(0);
    expect(await balanceOf(engine.url)).toBe(before);
  });
});
