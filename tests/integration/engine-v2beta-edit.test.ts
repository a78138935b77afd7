/** v2beta edit/inpaint, /outpaint and /erase against the engine: sizes, kept and repainted pixels, masks. */
import { describe, expect, it } from 'vitest';
import { decodeRgba, fixture, rawPng, solidImage, withEngine, type Raw } from './engineTestKit.ts';
import { balanceOf, expectV2Error, imageOf, postV2, sizeOf } from './v2betaTestKit.ts';

const engine = withEngine({ balance: 1000 });

/** A W×H PNG whose pixel (x, y) is `f(x, y)`. */
function painted(width: number, height: number, f: (x: number, y: number) => number[]): Promise<Buffer> {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(f(x, y), (y * width + x) * 4);
  return rawPng(width, height, data);
}

/** White inside the square [a, b)² of a side-long picture, black outside. */
const squareMask = (side: number, a: number, b: number): Promise<Buffer> =>
  painted(side, side, (x, y) => (x >= a && x < b && y >= a && y < b ? [255, 255, 255, 255] : [0, 0, 0, 255]));

const px = (raw: Raw, x: number, y: number): number[] => {
  const i = (y * raw.width + x) * 4;
  return Array.from(raw.data.subarray(i, i + 4));
};
/** Whether every pixel of `a` and `b` in the rectangle is identical. */
function sameIn(a: Raw, b: Raw, x0: number, x1: number, y0: number, y1: number): boolean {
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) if (px(a, x, y).join() !== px(b, x, y).join()) return false;
  return true;
}

describe('v2beta edit/inpaint', () => {
  const init = fixture('init_image.png');
  const prompt = ['prompt', 'a bright yellow sun'] as const;

  it('repaints the white of the mask, keeps every other pixel, answers the input size and costs 5', async () => {
    const before = await balanceOf(engine.url);
    const mask = await squareMask(512, 192, 320);
    const out = await imageOf(
      await postV2(engine.url, 'edit/inpaint', [
        ['image', init],
        prompt,
        ['mask', mask],
        ['grow_mask', '0'],
        ['seed', '3'],
      ]),
    );
    expect(before - (await balanceOf(engine.url))).toBe(5);
    const input = await decodeRgba(init);
    expect(sizeOf(out.raw)).toEqual([512, 512]);
    expect(sameIn(out.raw, input, 0, 512, 0, 192)).toBe(true);
    expect(sameIn(out.raw, input, 0, 192, 0, 512)).toBe(true);
    expect(sameIn(out.raw, input, 200, 312, 200, 312)).toBe(false);
  });

  it('grows the mask by grow_mask pixels and feathers it: the ring outside the mask changes only when grown', async () => {
    const mask = await squareMask(512, 192, 320);
    const input = await decodeRgba(init);
    const run = async (grow: string) =>
      (
        await imageOf(
          await postV2(engine.url, 'edit/inpaint', [
            ['image', init],
            prompt,
            ['mask', mask],
            ['grow_mask', grow],
            ['seed', '3'],
          ]),
        )
      ).raw;
    const none = await run('0');
    const grown = await run('30');
    // A band 10–20 px left of the mask: untouched without growth, repainted (feathered) with 30.
    expect(sameIn(none, input, 172, 182, 200, 312)).toBe(true);
    expect(sameIn(grown, input, 172, 182, 200, 312)).toBe(false);
    // Beyond twice the growth nothing changes.
    expect(sameIn(grown, input, 0, 131, 0, 512)).toBe(true);
    // The default is 5: a ring 1–4 px out changes, 11+ px out does not.
    const byDefault = (
      await imageOf(
        await postV2(engine.url, 'edit/inpaint', [['image', init], prompt, ['mask', mask], ['seed', '3']]),
      )
    ).raw;
    expect(sameIn(byDefault, input, 188, 191, 200, 312)).toBe(false);
    expect(sameIn(byDefault, input, 0, 181, 0, 512)).toBe(true);
  });

  it('resizes a mask of another size to the image', async () => {
    const small = await squareMask(128, 48, 80);
    const out = await imageOf(
      await postV2(engine.url, 'edit/inpaint', [
        ['image', init],
        prompt,
        ['mask', small],
        ['grow_mask', '0'],
      ]),
    );
    const input = await decodeRgba(init);
    expect(sizeOf(out.raw)).toEqual([512, 512]);
    expect(sameIn(out.raw, input, 0, 512, 0, 170)).toBe(true);
    expect(sameIn(out.raw, input, 210, 300, 210, 300)).toBe(false);
  });

  it('takes the image’s alpha as the mask when none is sent; a sent mask wins over alpha', async () => {
    const holed = await painted(256, 256, (x, y) => [
      40,
      90,
      160,
      x >= 96 && x < 160 && y >= 96 && y < 160 ? 0 : 255,
    ]);
    const fromAlpha = (
      await imageOf(await postV2(engine.url, 'edit/inpaint', [['image', holed], prompt, ['grow_mask', '0']]))
    ).raw;
    expect(px(fromAlpha, 128, 128)[3]).toBe(255);
    expect(px(fromAlpha, 20, 20)).toEqual([40, 90, 160, 255]);
    const elsewhere = await painted(256, 256, (x, y) =>
      x < 40 && y < 40 ? [255, 255, 255, 255] : [0, 0, 0, 255],
    );
    const masked = (
      await imageOf(
        await postV2(engine.url, 'edit/inpaint', [
          ['image', holed],
          prompt,
          ['mask', elsewhere],
          ['grow_mask', '0'],
        ]),
      )
    ).raw;
    expect(px(masked, 128, 128)[3]).toBe(0);
    expect(px(masked, 10, 10)).not.toEqual([40, 90, 160, 255]);
  });

  it('refuses an opaque image with no mask, and checks the mask like the image', async () => {
    const opaque = await solidImage(512, 512, { r: 10, g: 20, b: 30, alpha: 1 });
    expect(
      await expectV2Error(
        await postV2(engine.url, 'edit/inpaint', [['image', opaque], prompt]),
        400,
        'bad_request',
      ),
    ).toEqual([
      'mask: required when image has no transparent pixels (without a mask, alpha marks what to repaint)',
    ]);
    const tiny = await solidImage(40, 40, { r: 0, g: 0, b: 0, alpha: 1 });
    expect(
      await expectV2Error(
        await postV2(engine.url, 'edit/inpaint', [
          ['image', init],
          ['mask', tiny],
          ['grow_mask', '101'],
        ]),
        400,
        'bad_request',
      ),
    ).toEqual([
      'prompt: required',
      "grow_mask: must be between 0 and 100, received '101'",
      'mask: width and height must each be at least 64 pixels, received 40×40',
      'mask: must have at least 4,096 pixels, received 40×40 (1,600)',
    ]);
  });
});

describe('v2beta edit/outpaint', () => {
  it('answers the input plus its extensions, the input pixels exactly where they were, the rest opaque; costs 4', async () => {
    const input = await painted(300, 200, (x, y) => [x % 256, y, 120, 255]);
    const before = await balanceOf(engine.url);
    const out = await imageOf(
      await postV2(engine.url, 'edit/outpaint', [
        ['image', input],
        ['left', '40'],
        ['right', '60'],
        ['down', '25'],
        ['prompt', 'sea'],
      ]),
    );
    expect(before - (await balanceOf(engine.url))).toBe(4);
    expect(sizeOf(out.raw)).toEqual([400, 225]);
    const raw = await decodeRgba(input);
    for (const [x, y] of [
      [0, 0],
      [299, 199],
      [150, 100],
    ] as const)
      expect(px(out.raw, x + 40, y)).toEqual(px(raw, x, y));
    for (const [x, y] of [
      [0, 0],
      [399, 224],
      [20, 100],
      [380, 210],
    ] as const)
      expect(px(out.raw, x, y)[3]).toBe(255);
    // The new border continues the edge: just right of the input, the blue of its right edge.
    expect(Math.abs(px(out.raw, 341, 100)[2]! - 120)).toBeLessThan(30);
  });
  it('needs no prompt, and refuses no direction, a direction out of range, a wide image and a too-large result', async () => {
    const input = await solidImage(256, 256, { r: 9, g: 9, b: 9, alpha: 1 });
    expect(
      sizeOf(
        (
          await imageOf(
            await postV2(engine.url, 'edit/outpaint', [
              ['image', input],
              ['up', '8'],
            ]),
          )
        ).raw,
      ),
    ).toEqual([256, 264]);
    expect(
      await expectV2Error(
        await postV2(engine.url, 'edit/outpaint', [
          ['image', input],
          ['left', '0'],
          ['creativity', '2'],
        ]),
        400,
        'bad_request',
      ),
    ).toEqual([
      "creativity: must be between 0 and 1, received '2'",
      'left: at least one of left, right, up, down must be greater than 0',
    ]);
    const wide = await solidImage(500, 150, { r: 9, g: 9, b: 9, alpha: 1 });
    expect(
      await expectV2Error(
        await postV2(engine.url, 'edit/outpaint', [
          ['image', wide],
          ['right', '2001'],
        ]),
        400,
        'bad_request',
      ),
    ).toEqual([
      "right: must be between 0 and 2000, received '2001'",
      'image: aspect ratio must be between 1:2.5 and 2.5:1, received 500×150',
    ]);
    const big = await solidImage(1024, 1024, { r: 9, g: 9, b: 9, alpha: 1 });
    const sides = ['left', 'right', 'up', 'down'].map((d) => [d, '2000'] as const);
    expect(
      await expectV2Error(
        await postV2(engine.url, 'edit/outpaint', [['image', big], ...sides]),
        400,
        'bad_request',
      ),
    ).toEqual([
      'image: with these extensions the result would be 5024×5024 (25,240,576 pixels); at most 16,777,216',
    ]);
  });
});

describe('v2beta edit/erase', () => {
  // Red left, blue right, and a white square over the seam: the thing to erase.
  const scene = () =>
    painted(256, 192, (x, y) =>
      x >= 96 && x < 160 && y >= 64 && y < 128
        ? [255, 255, 255, 255]
        : x < 128
          ? [200, 30, 30, 255]
          : [30, 30, 200, 255],
    );

  it('fills the masked object with its surroundings, keeps the rest, takes no prompt; costs 5', async () => {
    const input = await scene();
    const mask = await painted(256, 192, (x, y) =>
      x >= 90 && x < 166 && y >= 58 && y < 134 ? [255, 255, 255, 255] : [0, 0, 0, 255],
    );
    const before = await balanceOf(engine.url);
    const out = await imageOf(
      await postV2(engine.url, 'edit/erase', [
        ['image', input],
        ['mask', mask],
        ['grow_mask', '0'],
        ['prompt', 'ignored'],
      ]),
    );
    expect(before - (await balanceOf(engine.url))).toBe(5);
    expect(sizeOf(out.raw)).toEqual([256, 192]);
    const left = px(out.raw, 105, 96);
    const right = px(out.raw, 150, 96);
    expect(left[0]! - left[2]!).toBeGreaterThan(80);
    expect(right[2]! - right[0]!).toBeGreaterThan(80);
    expect(Math.max(left[1]!, right[1]!)).toBeLessThan(80);
    expect(sameIn(out.raw, await decodeRgba(input), 0, 80, 0, 192)).toBe(true);
  });
  it('erases the transparent part when no mask is sent, and checks grow_mask against 0..20', async () => {
    const holed = await painted(128, 128, (x, y) => [
      30,
      160,
      30,
      x >= 48 && x < 80 && y >= 48 && y < 80 ? 0 : 255,
    ]);
    const out = await imageOf(await postV2(engine.url, 'edit/erase', [['image', holed]]));
    const mid = px(out.raw, 64, 64);
    expect(mid[3]).toBe(255);
    expect(Math.abs(mid[1]! - 160)).toBeLessThan(6);
    expect(
      await expectV2Error(
        await postV2(engine.url, 'edit/erase', [
          ['image', holed],
          ['grow_mask', '21'],
        ]),
        400,
        'bad_request',
      ),
    ).toEqual(["grow_mask: must be between 0 and 20, received '21'"]);
    expect(await expectV2Error(await postV2(engine.url, 'edit/erase', []), 400, 'bad_request')).toEqual([
      'image: required',
    ]);
  });
});
