import { describe, expect, it } from 'vitest';
import { MaskRaster } from './MaskRaster';
import { imageRectToScreen, paintMaskToScreen, tintFromHex, type ScreenBuffer } from './paintMaskToScreen';

const buffer = (w: number, h: number): ScreenBuffer => ({
  width: w,
  height: h,
  pixels: new Uint32Array(w * h),
});
const alphaAt = (b: ScreenBuffer, x: number, y: number) => (b.pixels[y * b.width + x] as number) >>> 24;

describe('paintMaskToScreen', () => {
  const m = new MaskRaster(4, 4);
  m.writeRect({ x: 1, y: 1, w: 1, h: 1 }, Uint8Array.from([255]));
  const tint = tintFromHex('#ff0000', 1);

  it('at 100 % maps one image pixel to one screen pixel, offset by the pan', () => {
    const b = buffer(8, 8);
    paintMaskToScreen(m, { scale: 1, x: 2, y: 3 }, 1, b, { x: 0, y: 0, w: 8, h: 8 }, tint);
    expect(alphaAt(b, 3, 4)).toBe(255);
    expect(b.pixels[4 * 8 + 3]! & 0xffffff).toBe(0x0000ff); // little-endian: red in the low byte
    expect(alphaAt(b, 2, 4)).toBe(0);
    expect(Array.from(b.pixels).filter((v) => v !== 0)).toHaveLength(1);
  });

  it('at 3× each image pixel covers 3×3 screen pixels; opacity is baked into alpha', () => {
    const b = buffer(12, 12);
    paintMaskToScreen(
      m,
      { scale: 3, x: 0, y: 0 },
      1,
      b,
      { x: 0, y: 0, w: 12, h: 12 },
      tintFromHex('#00ff00', 0.5),
    );
    for (let y = 0; y < 12; y++)
      for (let x = 0; x < 12; x++)
        expect(alphaAt(b, x, y)).toBe(x >= 3 && x < 6 && y >= 3 && y < 6 ? 128 : 0);
  });

  it('at 0.5× samples pixel centres (nearest neighbour) and respects the device pixel ratio', () => {
    const big = new MaskRaster(8, 8);
    big.fillAll(255);
    const b = buffer(8, 8);
    paintMaskToScreen(big, { scale: 0.5, x: 0, y: 0 }, 2, b, { x: 0, y: 0, w: 8, h: 8 }, tint);
    for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) expect(alphaAt(b, x, y)).toBe(255);
  });

  it('maps an image rect to the device rect that shows it', () => {
    expect(
      imageRectToScreen({ x: 1, y: 1, w: 1, h: 1 }, { scale: 3.7, x: -2, y: 5 }, 1, buffer(100, 100)),
    ).toEqual({
      x: 1,
      y: 8,
      w: 5,
      h: 5,
    });
  });
});
