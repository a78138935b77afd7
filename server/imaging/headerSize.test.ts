import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readHeaderSize } from './headerSize.ts';

function encode(width: number, height: number, format: 'png' | 'jpeg' | 'webp', lossless = false) {
  const img = sharp({
    create: { width, height, channels: 4, background: { r: 9, g: 90, b: 200, alpha: 1 } },
  });
  if (format === 'jpeg') return img.jpeg({ progressive: lossless }).toBuffer();
  if (format === 'webp') return img.webp({ lossless }).toBuffer();
  return img.png().toBuffer();
}

/** A PNG made of a signature and an IHDR only: all a header reader needs, nothing a decoder could use. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

describe('readHeaderSize', () => {
  it('agrees with sharp on PNG, baseline and progressive JPEG, lossy and lossless WebP', async () => {
    const cases: Array<[number, number, 'png' | 'jpeg' | 'webp', boolean]> = [
      [512, 512, 'png', false],
      [640, 1536, 'png', false],
      [77, 3, 'jpeg', false],
      [1024, 768, 'jpeg', true],
      [300, 200, 'webp', false],
      [301, 199, 'webp', true],
    ];
    for (const [w, h, format, variant] of cases) {
      const bytes = await encode(w, h, format, variant);
      const meta = await sharp(bytes).metadata();
      expect(readHeaderSize(bytes), `${format} ${w}×${h}`).toEqual({
        width: meta.width,
        height: meta.height,
      });
    }
  });

  it('reads the extended (VP8X) WebP canvas of an image with alpha and metadata', async () => {
    const bytes = await sharp({ create: { width: 130, height: 70, channels: 4, background: '#0000' } })
      .webp()
      .withMetadata()
      .toBuffer();
    expect(readHeaderSize(bytes)).toEqual({ width: 130, height: 70 });
  });

  it('reads a huge declared size without decoding, which sharp refuses to even describe', async () => {
    const bomb = pngHeaderOnly(30016, 30016);
    expect(readHeaderSize(bomb)).toEqual({ width: 30016, height: 30016 });
    await expect(sharp(bomb).metadata()).rejects.toThrow();
  });

  it('skips JPEG segments before the frame header, including fill bytes', async () => {
    const jpeg = await encode(33, 44, 'jpeg');
    const app = Buffer.from([0xff, 0xe1, 0x00, 0x06, 1, 2, 3, 4, 0xff, 0xff]);
    const padded = Buffer.concat([jpeg.subarray(0, 2), app, jpeg.subarray(2)]);
    expect(readHeaderSize(padded)).toEqual({ width: 33, height: 44 });
  });

  it('is null for cut-off headers, zero sides, other formats and garbage', async () => {
    const png = await encode(64, 64, 'png');
    expect(readHeaderSize(png.subarray(0, 20))).toBeNull();
    expect(readHeaderSize(pngHeaderOnly(0, 512))).toBeNull();
    expect(readHeaderSize((await encode(64, 64, 'jpeg')).subarray(0, 12))).toBeNull();
    expect(readHeaderSize((await encode(64, 64, 'webp')).subarray(0, 20))).toBeNull();
    expect(readHeaderSize(Buffer.from('GIF89a\x10\x00\x10\x00'))).toBeNull();
    expect(readHeaderSize(Buffer.alloc(100, 0xff))).toBeNull();
    const notIhdr = Buffer.from(png);
    notIhdr.write('IHDX', 12, 'latin1');
    expect(readHeaderSize(notIhdr)).toBeNull();
  });
});
