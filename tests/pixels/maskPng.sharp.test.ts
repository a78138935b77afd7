/**
 * The studio's mask PNG encoder (src/lib/pixels/encodeGreyPng.ts) checked against an independent decoder:
 * sharp (libvips/libspng) must read back exactly the bytes written, and a mostly black 6000×4000 mask must
 * take kilobytes.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeGreyPng } from '../../src/lib/pixels/encodeGreyPng';

/** The file's pixels as sharp reads them: its metadata (one channel: greyscale) and the grey bytes. */
async function decodeWithSharp(png: Uint8Array) {
  const { channels } = await sharp(png).metadata();
  // sharp's raw output is sRGB (grey copied to three channels, values unchanged): take one.
  const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), info: { ...info, channels } };
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('encodeGreyPng, read by sharp', () => {
  it('a soft-edged brush mask with grey levels: the same bytes, one channel', async () => {
    const width = 997;
    const height = 601;
    const data = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const d = Math.hypot(x - 400, y - 300);
        data[y * width + x] = Math.max(0, Math.min(255, Math.round((220 - d) * 4)));
        if ((x * 7 + y * 13) % 97 === 0) data[y * width + x] = (x + y) & 0xff; // scattered noise
      }
    }
    const decoded = await decodeWithSharp(await encodeGreyPng({ width, height, data }));
    expect(decoded.info).toMatchObject({ width, height, channels: 1 });
    expect(firstDifference(decoded.data, data)).toBe(-1);
  });

  it('a mostly black 6000×4000 mask (a 200×200 square) takes under 64 KB and reads back exactly', async () => {
    const width = 6000;
    const height = 4000;
    const data = new Uint8Array(width * height);
    for (let y = 1900; y < 2100; y++) data.fill(255, y * width + 2900, y * width + 3100);
    const png = await encodeGreyPng({ width, height, data });
    expect(png.length).toBeLessThan(64 * 1024);
    const decoded = await decodeWithSharp(png);
    expect(decoded.info).toMatchObject({ width, height, channels: 1 });
    expect(firstDifference(decoded.data, data)).toBe(-1);
  });
});
