/** v2beta upscale/fast and /conservative against the engine. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeRgba, rawPng, solidImage, withEngine } from './engineTestKit.ts';
import { balanceOf, expectV2Error, imageOf, meanDiff, postV2, sizeOf } from './v2betaTestKit.ts';

const engine = withEngine({ balance: 1000 });

/** A picture with detail to resample: diagonal colour bands. */
function bands(width: number, height: number): Promise<Buffer> {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.set([(x * 3 + y) % 256, (y * 5) % 256, (x + y) % 256, 255], (y * width + x) * 4);
  return rawPng(width, height, data);
}

describe('v2beta upscale/fast', () => {
  it('answers 4× each side (the engine’s Lanczos resize), seed 0, for 2 credits, no prompt needed', async () => {
    const input = await bands(128, 96);
    const before = await balanceOf(engine.url);
    const out = await imageOf(await postV2(engine.url, 'upscale/fast', [['image', input]]));
    expect(before - (await balanceOf(engine.url))).toBe(2);
    expect(sizeOf(out.raw)).toEqual([512, 384]);
    expect([out.seed, out.finishReason, out.contentType]).toEqual([0, 'SUCCESS', 'image/png']);
    const lanczos = await decodeRgba(
      await sharp(input).resize(512, 384, { kernel: 'lanczos3', fit: 'fill' }).png().toBuffer(),
    );
    expect(meanDiff(out.raw, lanczos)).toBeLessThan(1.5);
    const jpeg = await imageOf(
      await postV2(engine.url, 'upscale/fast', [
        ['image', input],
        ['output_format', 'jpeg'],
      ]),
    );
    expect([jpeg.contentType, ...sizeOf(jpeg.raw)]).toEqual(['image/jpeg', 512, 384]);
  });
  it('takes inputs of 32..1536 per side and 1,024..1,048,576 pixels', async () => {
    const at = async (w: number, h: number) =>
      postV2(engine.url, 'upscale/fast', [['image', await solidImage(w, h, { r: 1, g: 1, b: 1, alpha: 1 })]]);
    expect(sizeOf((await imageOf(await at(32, 32))).raw)).toEqual([128, 128]);
    expect(sizeOf((await imageOf(await at(1536, 64))).raw)).toEqual([6144, 256]);
    expect(await expectV2Error(await at(1537, 32), 400, 'bad_request')).toEqual([
      'image: width and height must each be between 32 and 1536 pixels, received 1537×32',
    ]);
    expect(await expectV2Error(await at(1100, 1000), 400, 'bad_request')).toEqual([
      'image: must have at most 1,048,576 pixels, received 1100×1000 (1,100,000)',
    ]);
    expect(await expectV2Error(await at(31, 31), 400, 'bad_request')).toEqual([
      'image: width and height must each be between 32 and 1536 pixels, received 31×31',
      'image: must have at least 1,024 pixels, received 31×31 (961)',
    ]);
  });
});

describe('v2beta upscale/conservative', () => {
  it('answers ~4 MP at the input aspect for 40 credits; the seed and creativity shape the detail', async () => {
    const input = await bands(200, 100);
    const before = await balanceOf(engine.url);
    const a = await imageOf(
      await postV2(engine.url, 'upscale/conservative', [
        ['image', input],
        ['prompt', 'stripes'],
        ['seed', '5'],
      ]),
    );
    expect(before - (await balanceOf(engine.url))).toBe(40);
    expect(sizeOf(a.raw)).toEqual([2896, 1448]);
    expect(a.seed).toBe(5);
    const again = await imageOf(
      await postV2(engine.url, 'upscale/conservative', [
        ['image', input],
        ['prompt', 'stripes'],
        ['seed', '5'],
      ]),
    );
    expect(again.bytes.equals(a.bytes)).toBe(true);
    const more = await imageOf(
      await postV2(engine.url, 'upscale/conservative', [
        ['image', input],
        ['prompt', 'stripes'],
        ['seed', '5'],
        ['creativity', '0.5'],
      ]),
    );
    expect(meanDiff(more.raw, a.raw)).toBeGreaterThan(0.2);
  });
  it('needs a prompt, creativity in 0.2..0.5 and an aspect within 2.5:1', async () => {
    const wide = await solidImage(700, 200, { r: 1, g: 1, b: 1, alpha: 1 });
    expect(
      await expectV2Error(
        await postV2(engine.url, 'upscale/conservative', [
          ['image', wide],
          ['creativity', '0.1'],
        ]),
        400,
        'bad_request',
      ),
    ).toEqual([
      'prompt: required',
      "creativity: must be between 0.2 and 0.5, received '0.1'",
      'image: aspect ratio must be between 1:2.5 and 2.5:1, received 700×200',
    ]);
  });
});
