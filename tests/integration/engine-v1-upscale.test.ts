import { describe, expect, it } from 'vitest';
import { artifacts, decodeRgba, KEY, rawPng, solidImage, withEngine } from './engineTestKit.ts';
import { BEARER, expectV1Error, postV1Form, v1Url, type FormEntry } from './v1TestKit.ts';

const engine = withEngine({ balance: 50 });
const url = (engineId = 'esrgan-v1-x2plus') => v1Url(engine.url, 'image-to-image/upscale', engineId);

const balance = async (): Promise<number> =>
  (
    (await (
      await fetch(`${engine.url}/v1alpha/user/balance`, { headers: { Authorization: KEY } })
    ).json()) as {
      credits: number;
    }
  ).credits;

/** A 64×48 picture with a sharp vertical edge: left half red, right half blue. */
async function edgeImage(width = 64, height = 48): Promise<Buffer> {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.set(x < width / 2 ? [220, 30, 30, 255] : [30, 30, 220, 255], (y * width + x) * 4);
  return rawPng(width, height, data);
}

async function upscaled(entries: FormEntry[], engineId?: string) {
  const [a, ...rest] = await artifacts(await postV1Form(url(engineId), entries));
  expect(rest).toHaveLength(0);
  expect(a?.finishReason).toBe('SUCCESS');
  return decodeRgba(a?.base64 ?? '');
}

describe('v1 upscale (esrgan-v1-x2plus)', () => {
  it('doubles by default and keeps the picture: flat halves stay flat, the edge stays where it was', async () => {
    const out = await upscaled([['image', await edgeImage()]]);
    expect([out.width, out.height]).toEqual([128, 96]);
    const at = (x: number, y: number) => [...out.data.subarray((y * 128 + x) * 4, (y * 128 + x) * 4 + 4)];
    expect(at(10, 50)).toEqual([220, 30, 30, 255]);
    expect(at(120, 50)).toEqual([30, 30, 220, 255]);
    expect(at(60, 50)[0]).toBeGreaterThan(200);
    expect(at(68, 50)[2]).toBeGreaterThan(200);
  });

  it('follows a given width or height keeping the aspect (fields before or after the image)', async () => {
    const img = await solidImage(400, 300, { r: 10, g: 200, b: 90, alpha: 1 });
    const w = await upscaled([
      ['width', '1000'],
      ['image', img],
    ]);
    expect([w.width, w.height]).toEqual([1000, 750]);
    const h = await upscaled([
      ['image', img],
      ['height', '512'],
    ]);
    expect([h.width, h.height]).toEqual([683, 512]);
    expect([...h.data.subarray(0, 4)]).toEqual([10, 200, 90, 255]);
  });

  it('is deterministic, answers PNG bytes for Accept image/png, and costs 0.2 per image', async () => {
    const img = await edgeImage();
    const before = await balance();
    const a = (await artifacts(await postV1Form(url(), [['image', img]])))[0]?.base64;
    const png = await postV1Form(url(), [['image', img]], { Accept: 'image/png' });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('finish-reason')).toBe('SUCCESS');
    expect(png.headers.get('seed')).toBe('0');
    expect(Buffer.from(await png.arrayBuffer()).toString('base64')).toBe(a);
    expect(before - (await balance())).toBeCloseTo(0.4, 6);
  });

  it('allows a 1024×1024 input to 2048×2048 and refuses more pixels in or out, both sides, bad numbers', async () => {
    const big = await solidImage(1024, 1024, { r: 1, g: 2, b: 3, alpha: 1 });
    const out = await upscaled([['image', big]]);
    expect([out.width, out.height]).toEqual([2048, 2048]);
    await expectV1Error(
      await postV1Form(url(), [['image', await solidImage(1024, 1040, { r: 1, g: 2, b: 3, alpha: 1 })]]),
      400,
      'bad_request',
      'invalid_pixel_count: the image is 1024×1040 = 1,064,960 pixels; upscale takes at most 1,048,576',
    );
    await expectV1Error(
      await postV1Form(url(), [
        ['image', big],
        ['width', '4096'],
      ]),
      400,
      'bad_request',
      'invalid_pixel_count: the result would be 4096×4096',
    );
    const small = await edgeImage();
    await expectV1Error(
      await postV1Form(url(), [
        ['image', small],
        ['width', '1024'],
        ['height', '768'],
      ]),
      400,
      'bad_request',
      'send at most one of width and height',
    );
    await expectV1Error(
      await postV1Form(url(), [
        ['image', small],
        ['width', '256'],
      ]),
      400,
      'bad_request',
      'width must be an integer of at least 512',
    );
    await expectV1Error(
      await postV1Form(url(), [
        ['image', small],
        ['height', 'tall'],
      ]),
      400,
      'bad_request',
      'height must be a number',
    );
    await expectV1Error(
      await postV1Form(url(), [['width', '1024']]),
      400,
      'bad_request',
      'image is required',
    );
    await expectV1Error(
      await postV1Form(url(), [['image', Buffer.from('GIF89a')]]),
      400,
      'bad_request',
      'invalid_mime_type: image must be',
    );
  });

  it('refuses a generation engine on the upscale route, an unknown one with 404, and has no v1alpha route', async () => {
    const img = await edgeImage();
    await expectV1Error(
      await postV1Form(url('stable-diffusion-v1-6'), [['image', img]]),
      400,
      'bad_request',
      'stable-diffusion-v1-6 cannot upscale: upscale with esrgan-v1-x2plus',
    );
    await expectV1Error(await postV1Form(url('esrgan-v9'), [['image', img]]), 404, 'not_found');
    const alpha = await fetch(`${engine.url}/v1alpha/generation/esrgan-v1-x2plus/image-to-image/upscale`, {
      method: 'POST',
      headers: { Authorization: BEARER },
    });
    expect(alpha.status).toBe(404);
    expect(alpha.headers.get('content-type')).toBe('application/vnd.goa.error');
  });
});
