import { describe, expect, it } from 'vitest';
import {
  artifacts,
  decodeRgba,
  expectGoaError,
  fixture,
  genUrl,
  postForm,
  PROMPT,
  rawPng,
  solidImage,
  withEngine,
  type Raw,
} from './engineTestKit.ts';

const engine = withEngine();
const url = () => genUrl(engine.url, 'image-to-image/masking');
const init = fixture('init_image.png');
const opts = (mask_source: string, extra: Record<string, unknown> = {}) => ({
  ...PROMPT,
  seed: 21,
  mask_source,
  ...extra,
});

/** Counts pixels where `keep(i)` holds and checks each equals the init pixel exactly; returns how many changed elsewhere. */
function compare(
  out: Raw,
  want: Raw,
  keep: (pixel: number) => boolean,
): { kept: number; keptEqual: number; changed: number } {
  let kept = 0;
  let keptEqual = 0;
  let changed = 0;
  for (let p = 0; p < out.width * out.height; p++) {
    const same = out.data.compare(want.data, p * 4, p * 4 + 4, p * 4, p * 4 + 4) === 0;
    if (keep(p)) {
      kept++;
      if (same) keptEqual++;
    } else if (!same) changed++;
  }
  return { kept, keptEqual, changed };
}

describe('masking with mask images', () => {
  it('MASK_IMAGE_WHITE: pixels under black mask pixels equal the init image exactly', async () => {
    const maskBytes = fixture('mask_image_white.png');
    const [a] = await artifacts(
      await postForm(url(), { init_image: init, mask_image: maskBytes, options: opts('MASK_IMAGE_WHITE') }),
    );
    const [out, want, mask] = await Promise.all([
      decodeRgba(a?.base64 ?? ''),
      decodeRgba(init),
      decodeRgba(maskBytes),
    ]);
    const r = compare(out, want, (p) => mask.data[p * 4] === 0);
    expect(r.kept).toBeGreaterThan(10_000);
    expect(r.keptEqual).toBe(r.kept);
    expect(r.changed).toBeGreaterThan(10_000);
  });

  it('MASK_IMAGE_BLACK: pixels under white mask pixels equal the init image exactly', async () => {
    const maskBytes = fixture('mask_image_black.png');
    const [a] = await artifacts(
      await postForm(url(), { init_image: init, mask_image: maskBytes, options: opts('MASK_IMAGE_BLACK') }),
    );
    const [out, want, mask] = await Promise.all([
      decodeRgba(a?.base64 ?? ''),
      decodeRgba(init),
      decodeRgba(maskBytes),
    ]);
    const r = compare(out, want, (p) => mask.data[p * 4] === 255);
    expect(r.kept).toBeGreaterThan(10_000);
    expect(r.keptEqual).toBe(r.kept);
    expect(r.changed).toBeGreaterThan(10_000);
  });

  it('is deterministic and follows the seed', async () => {
    const form = { init_image: init, mask_image: fixture('mask_image_white.png') };
    const [a] = await artifacts(await postForm(url(), { ...form, options: opts('MASK_IMAGE_WHITE') }));
    const [b] = await artifacts(await postForm(url(), { ...form, options: opts('MASK_IMAGE_WHITE') }));
    const [c] = await artifacts(
      await postForm(url(), { ...form, options: opts('MASK_IMAGE_WHITE', { seed: 22 }) }),
    );
    expect(b?.base64).toBe(a?.base64);
    expect(c?.base64).not.toBe(a?.base64);
  });

  it('blends linearly with the grey level', async () => {
    const base = await solidImage(512, 512, { r: 30, g: 160, b: 220, alpha: 1 });
    const grey = (level: number) => solidImage(512, 512, { r: level, g: level, b: level, alpha: 1 });
    const run = async (level: number) => {
      const form = { init_image: base, mask_image: await grey(level), options: opts('MASK_IMAGE_WHITE') };
      return decodeRgba((await artifacts(await postForm(url(), form)))[0]?.base64 ?? '');
    };
    const [none, half, full, want] = await Promise.all([run(0), run(128), run(255), decodeRgba(base)]);
    expect(none.data.equals(want.data)).toBe(true);
    expect(full.data.equals(want.data)).toBe(false);
    let worst = 0;
    for (let k = 0; k < half.data.length; k++) {
      const expected = (want.data[k] ?? 0) + (128 / 255) * ((full.data[k] ?? 0) - (want.data[k] ?? 0));
      worst = Math.max(worst, Math.abs((half.data[k] ?? 0) - expected));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('accepts a JPEG mask, read like the same mask as PNG', async () => {
    const white = { r: 255, g: 255, b: 255, alpha: 1 };
    const [jpeg, png] = await Promise.all([solidImage(512, 512, white, 'jpeg'), solidImage(512, 512, white)]);
    const [a] = await artifacts(
      await postForm(url(), { init_image: init, mask_image: jpeg, options: opts('MASK_IMAGE_WHITE') }),
    );
    const [b] = await artifacts(
      await postForm(url(), { init_image: init, mask_image: png, options: opts('MASK_IMAGE_WHITE') }),
    );
    expect(a?.finishReason).toBe('SUCCESS');
    expect(a?.base64).toBe(b?.base64);
    // An all-white mask repaints every pixel: nothing of the init image survives unchanged.
    const r = compare(await decodeRgba(a?.base64 ?? ''), await decodeRgba(init), () => true);
    expect(r.keptEqual).toBeLessThan(r.kept / 100);
  });
});

describe('masking with INIT_IMAGE_ALPHA', () => {
  it('repaints transparent pixels only and ignores mask_image', async () => {
    const w = 512;
    const h = 512;
    const data = new Uint8Array(w * h * 4);
    for (let p = 0; p < w * h; p++) {
      data.set([(p * 7) % 256, (p >> 9) % 256, 90, p % w < w / 2 ? 255 : 0], p * 4);
    }
    const png = await rawPng(w, h, data);
    const wrongSizeMask = await solidImage(640, 512, { r: 255, g: 255, b: 255, alpha: 1 });
    const [a] = await artifacts(
      await postForm(url(), {
        init_image: png,
        mask_image: wrongSizeMask,
        options: opts('INIT_IMAGE_ALPHA'),
      }),
    );
    const [out, want] = await Promise.all([decodeRgba(a?.base64 ?? ''), decodeRgba(png)]);
    const r = compare(out, want, (p) => p % w < w / 2);
    expect(r.kept).toBe((w * h) / 2);
    expect(r.keptEqual).toBe(r.kept);
    expect(r.changed).toBeGreaterThan(w * h * 0.4);
  });

  it('needs no mask_image', async () => {
    const [a] = await artifacts(
      await postForm(url(), { init_image: init, options: opts('INIT_IMAGE_ALPHA') }),
    );
    expect(a?.seed).toBe(21);
  });
});

describe('masking errors', () => {
  it('400 invalid_mask_image when a white/black source has no mask', async () => {
    for (const source of ['MASK_IMAGE_WHITE', 'MASK_IMAGE_BLACK']) {
      await expectGoaError(
        await postForm(url(), { init_image: init, options: opts(source) }),
        400,
        'bad_request',
        'invalid_mask_image: ',
      );
    }
  });

  it('400 invalid_image_dimensions when the mask size differs', async () => {
    const mask = await solidImage(640, 512, { r: 255, g: 255, b: 255, alpha: 1 });
    await expectGoaError(
      await postForm(url(), { init_image: init, mask_image: mask, options: opts('MASK_IMAGE_WHITE') }),
      400,
      'bad_request',
      'invalid_image_dimensions: ',
    );
  });

  it('400 invalid_mime_type / invalid_file_size for a bad mask file', async () => {
    await expectGoaError(
      await postForm(url(), {
        init_image: init,
        mask_image: Buffer.from('not a mask'),
        options: opts('MASK_IMAGE_BLACK'),
      }),
      400,
      'bad_request',
      'invalid_mime_type: ',
    );
    const big = Buffer.concat([fixture('mask_image_white.png'), Buffer.alloc(10 * 1024 * 1024)]);
    await expectGoaError(
      await postForm(url(), { init_image: init, mask_image: big, options: opts('MASK_IMAGE_WHITE') }),
      400,
      'bad_request',
      'invalid_file_size: ',
    );
  });

  it('400 bad_request for a missing or unknown mask_source', async () => {
    await expectGoaError(await postForm(url(), { init_image: init, options: PROMPT }), 400, 'bad_request');
    const b = await expectGoaError(
      await postForm(url(), { init_image: init, options: opts('MASK_IMAGE_RED') }),
      400,
      'bad_request',
    );
    expect(String(b['message'])).toContain('mask_source');
  });

  it('400 invalid_samples in PNG mode with samples > 1', async () => {
    await expectGoaError(
      await postForm(
        url(),
        { init_image: init, options: opts('INIT_IMAGE_ALPHA', { samples: 3 }) },
        { Accept: 'image/png' },
      ),
      400,
      'bad_request',
      'invalid_samples: ',
    );
  });
});
