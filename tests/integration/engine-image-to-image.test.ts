import { describe, expect, it } from 'vitest';
import {
  artifacts,
  decodeRgba,
  expectGoaError,
  fixture,
  genUrl,
  KEY,
  postForm,
  postRawMultipart,
  postT2I,
  PROMPT,
  solidImage,
  withEngine,
} from './engineTestKit.ts';

const engine = withEngine();
const url = () => genUrl(engine.url, 'image-to-image');
const init = fixture('init_image.png');
const opts = (extra: Record<string, unknown> = {}) => ({ ...PROMPT, seed: 11, ...extra });

describe('image-to-image: accepted inputs', () => {
  it('takes options as a text field and returns a picture of the init size', async () => {
    const [a] = await artifacts(await postForm(url(), { init_image: init, options: opts() }));
    expect(a?.seed).toBe(11);
    expect(a?.finishReason).toBe('SUCCESS');
    const img = await decodeRgba(a?.base64 ?? '');
    expect([img.width, img.height]).toEqual([512, 512]);
  });

  it('takes options as a JSON file part (filename="blob") with the same result', async () => {
    const [text] = await artifacts(await postForm(url(), { init_image: init, options: opts() }));
    const [file] = await artifacts(
      await postForm(url(), { init_image: init, options: opts(), optionsAsFile: true }),
    );
    expect(file?.base64).toBe(text?.base64);
  });

  it('takes parts without filename or content type (type from the bytes)', async () => {
    const res = await postRawMultipart(url(), [
      { name: 'init_image', data: init },
      { name: 'options', data: JSON.stringify(opts()) },
    ]);
    const [bare] = await artifacts(res);
    const [text] = await artifacts(await postForm(url(), { init_image: init, options: opts() }));
    expect(bare?.base64).toBe(text?.base64);
  });

  it('ignores a misleading filename and content type', async () => {
    const res = await postRawMultipart(url(), [
      { name: 'init_image', data: init, filename: 'photo.gif', contentType: 'image/gif' },
      { name: 'options', data: JSON.stringify(opts()), filename: 'x.txt', contentType: 'text/plain' },
    ]);
    expect((await artifacts(res))[0]?.seed).toBe(11);
  });

  for (const format of ['jpeg', 'webp'] as const) {
    it(`accepts a ${format.toUpperCase()} init image`, async () => {
      const bytes = await solidImage(640, 512, { r: 10, g: 200, b: 30, alpha: 1 }, format);
      const [a] = await artifacts(await postForm(url(), { init_image: bytes, options: opts() }));
      const img = await decodeRgba(a?.base64 ?? '');
      expect([img.width, img.height]).toEqual([640, 512]);
    });
  }

  it('accepts width/height equal to the init image', async () => {
    const res = await postForm(url(), { init_image: init, options: opts({ width: 512, height: 512 }) });
    expect((await artifacts(res)).length).toBe(1);
  });

  it('answers in PNG mode with Finish-Reason and Seed', async () => {
    const res = await postForm(url(), { init_image: init, options: opts() }, { Accept: 'image/png' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('finish-reason')).toBe('SUCCESS');
    expect(res.headers.get('seed')).toBe('11');
    await res.arrayBuffer();
  });

  it('gives consecutive seeds for samples and is deterministic', async () => {
    const a = await artifacts(await postForm(url(), { init_image: init, options: opts({ samples: 2 }) }));
    const b = await artifacts(await postForm(url(), { init_image: init, options: opts({ samples: 2 }) }));
    expect(a.map((x) => x.seed)).toEqual([11, 12]);
    expect(b.map((x) => x.base64)).toEqual(a.map((x) => x.base64));
    expect(a[0]?.base64).not.toBe(a[1]?.base64);
  });
});

describe('image-to-image: step_schedule_start blends linearly', () => {
  it('0 returns the init pixels exactly', async () => {
    const [a] = await artifacts(
      await postForm(url(), { init_image: init, options: opts({ step_schedule_start: 0 }) }),
    );
    const out = await decodeRgba(a?.base64 ?? '');
    const want = await decodeRgba(init);
    expect(out.data.equals(want.data)).toBe(true);
  });

  it('1 returns the text-to-image picture at the init size; 0.5 sits halfway', async () => {
    const opaque = await solidImage(512, 512, { r: 200, g: 40, b: 90, alpha: 1 });
    const [full] = await artifacts(
      await postForm(url(), { init_image: opaque, options: opts({ step_schedule_start: 1 }) }),
    );
    const [half] = await artifacts(
      await postForm(url(), { init_image: opaque, options: opts({ step_schedule_start: 0.5 }) }),
    );
    const [t2i] = await artifacts(await postT2I(engine.url, opts()));
    const g = await decodeRgba(full?.base64 ?? '');
    expect(g.data.equals((await decodeRgba(t2i?.base64 ?? '')).data)).toBe(true);
    const h = await decodeRgba(half?.base64 ?? '');
    const i = await decodeRgba(opaque);
    let worst = 0;
    for (let k = 0; k < h.data.length; k++) {
      worst = Math.max(worst, Math.abs((h.data[k] ?? 0) - ((i.data[k] ?? 0) + (g.data[k] ?? 0)) / 2));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
});

describe('image-to-image: errors', () => {
  it('400 invalid_mime_type for bytes that are not PNG/JPEG/WebP', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    for (const bytes of [Buffer.from('hello, not an image'), gif, Buffer.alloc(0)]) {
      const res = await postForm(url(), { init_image: bytes, options: opts() });
      await expectGoaError(res, 400, 'bad_request', 'invalid_mime_type: ');
    }
  });

  it('400 bad_request for a corrupt image with a valid signature', async () => {
    const corrupt = Buffer.concat([init.subarray(0, 40), Buffer.alloc(200, 7)]);
    await expectGoaError(await postForm(url(), { init_image: corrupt, options: opts() }), 400, 'bad_request');
  });

  it('400 invalid_file_size for an image over 10 MiB', async () => {
    const big = Buffer.concat([init, Buffer.alloc(10 * 1024 * 1024, 1)]);
    await expectGoaError(
      await postForm(url(), { init_image: big, options: opts() }),
      400,
      'bad_request',
      'invalid_file_size: ',
    );
  });

  it('400 invalid_file_size for an upload over 25 MiB in total', async () => {
    const nine = Buffer.alloc(9 * 1024 * 1024, 1);
    const res = await postRawMultipart(url(), [
      { name: 'init_image', data: init, filename: 'a.png' },
      { name: 'x1', data: nine, filename: 'x' },
      { name: 'x2', data: nine, filename: 'x' },
      { name: 'x3', data: nine, filename: 'x' },
      { name: 'options', data: JSON.stringify(opts()) },
    ]);
    await expectGoaError(res, 400, 'bad_request', 'invalid_file_size: ');
  });

  it('400 invalid_height_or_width when width/height disagree with the init image or it breaks the rule', async () => {
    await expectGoaError(
      await postForm(url(), { init_image: init, options: opts({ width: 576 }) }),
      400,
      'bad_request',
      'invalid_height_or_width: ',
    );
    const odd = await solidImage(500, 512, { r: 1, g: 2, b: 3, alpha: 1 });
    await expectGoaError(
      await postForm(url(), { init_image: odd, options: opts() }),
      400,
      'bad_request',
      'invalid_height_or_width: ',
    );
  });

  it('400 invalid_pixel_count for an init image of the wrong area', async () => {
    const small = await solidImage(256, 256, { r: 1, g: 2, b: 3, alpha: 1 });
    await expectGoaError(
      await postForm(url(), { init_image: small, options: opts() }),
      400,
      'bad_request',
      'invalid_pixel_count: ',
    );
    const huge = await solidImage(4096, 4096, { r: 1, g: 2, b: 3, alpha: 1 });
    await expectGoaError(
      await postForm(url(), { init_image: huge, options: opts() }),
      400,
      'bad_request',
      'invalid_pixel_count: ',
    );
  });

  it('400 for missing or non-JSON options, a missing init_image, and option rule breaks', async () => {
    await expectGoaError(await postForm(url(), { init_image: init }), 400, 'bad_request');
    await expectGoaError(await postForm(url(), { init_image: init, options: '{nope' }), 400, 'bad_request');
    await expectGoaError(await postForm(url(), { options: opts() }), 400, 'bad_request');
    const b = await expectGoaError(
      await postForm(url(), { init_image: init, options: opts({ step_schedule_start: 2 }) }),
      400,
      'bad_request',
    );
    expect(String(b['message'])).toContain('step_schedule_start');
  });

  it('400 invalid_samples for samples > 1 in PNG mode', async () => {
    const res = await postForm(
      url(),
      { init_image: init, options: opts({ samples: 2 }) },
      { Accept: 'image/png' },
    );
    await expectGoaError(res, 400, 'bad_request', 'invalid_samples: ');
  });

  it('400 for a body that is not multipart, a missing boundary, or a truncated form', async () => {
    const json = await fetch(url(), {
      method: 'POST',
      headers: { Authorization: KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify(opts()),
    });
    await expectGoaError(json, 400, 'bad_request');
    const noBoundary = await fetch(url(), {
      method: 'POST',
      headers: { Authorization: KEY, 'Content-Type': 'multipart/form-data; charset=utf-8' },
      body: 'x',
    });
    await expectGoaError(noBoundary, 400, 'bad_request');
    const whole = `--b\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify(opts())}\r\n--b\r\nContent-Disposition: form-data; name="init_image"\r\n\r\n`;
    const truncated = await fetch(url(), {
      method: 'POST',
      headers: { Authorization: KEY, 'Content-Type': 'multipart/form-data; boundary=b' },
      body: new Uint8Array(Buffer.concat([Buffer.from(whole), init.subarray(0, 1000)])),
    });
    await expectGoaError(truncated, 400, 'bad_request');
  });

  it('checks auth and the engine before reading the upload', async () => {
    await expectGoaError(
      await postForm(url(), { init_image: init, options: opts() }, { Authorization: 'x' }),
      401,
      'unauthorized',
    );
    await expectGoaError(
      await postForm(genUrl(engine.url, 'image-to-image', 'nope'), { init_image: init, options: opts() }),
      404,
      'not_found',
    );
  });

  it('applies the content filter', async () => {
    const blocked = { text_prompts: [{ text: 'gore' }] };
    await expectGoaError(
      await postForm(url(), { init_image: init, options: blocked }),
      400,
      'bad_request',
      'invalid_prompts: ',
    );
    const [soft] = await artifacts(
      await postForm(url(), { init_image: init, options: { text_prompts: [{ text: 'blood' }] } }),
    );
    expect(soft?.finishReason).toBe('CONTENT_FILTERED');
  });
});
