import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng } from './encodePng';

describe('encodePng', () => {
  it('writes a greyscale PNG whose pixels decode exactly', async () => {
    const w = 37;
    const h = 23;
    const px = new Uint8Array(w * h).map((_, i) => (i * 7) % 256);
    const png = await encodePng(w, h, px, 0);
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height, meta.channels, meta.format]).toEqual([w, h, 1, 'png']);
    const data = await sharp(png).extractChannel(0).raw().toBuffer();
    expect(new Uint8Array(data)).toEqual(px);
  });

  it('compressed and stored modes decode to the same pixels; stored spans several 64 KiB blocks', async () => {
    const w = 300;
    const h = 300;
    const px = new Uint8Array(w * h).map((_, i) => (i % 301 < 150 ? 255 : i % 7));
    for (const mode of ['fast', 'small'] as const) {
      const data = await sharp(await encodePng(w, h, px, 0, mode))
        .extractChannel(0)
        .raw()
        .toBuffer();
      expect(new Uint8Array(data)).toEqual(px);
    }
  });

  it('writes an RGBA PNG whose pixels decode exactly, alpha included', async () => {
    const px = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    const png = await encodePng(2, 2, px, 6);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    expect(new Uint8Array(data)).toEqual(px);
  });
});
