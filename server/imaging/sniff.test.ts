import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from './sniff.ts';

const raw = { raw: { width: 2, height: 2, channels: 3 as const } };
const pixels = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]);

describe('sniffImageType', () => {
  it('recognises real PNG, JPEG and WebP files from their bytes', async () => {
    expect(sniffImageType(await sharp(pixels, raw).png().toBuffer())).toBe('png');
    expect(sniffImageType(await sharp(pixels, raw).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageType(await sharp(pixels, raw).webp().toBuffer())).toBe('webp');
  });

  it('rejects other formats, text, garbage and empty input', async () => {
    expect(sniffImageType(await sharp(pixels, raw).gif().toBuffer())).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });

  it('needs the whole signature: a cut-off PNG header or a RIFF that is not WebP is not an image', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    const wav = new TextEncoder().encode('RIFF\x24\x00\x00\x00WAVEfmt ');
    expect(sniffImageType(wav)).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('webp');
  });

  it('reads a Uint8Array view at an offset, not the underlying buffer', () => {
    const backing = new Uint8Array([0, 0, 0xff, 0xd8, 0xff, 0xe0]);
    expect(sniffImageType(backing.subarray(2))).toBe('jpeg');
  });
});
