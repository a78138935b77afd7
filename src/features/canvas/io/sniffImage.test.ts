import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniffImage';

describe('sniffImage', () => {
  it('recognises PNG, JPEG and WebP by their bytes', () => {
    expect(sniffImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))).toBe('png');
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
    expect(sniffImage(webp)).toBe('webp');
  });
  it('refuses anything else', () => {
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffImage(new TextEncoder().encode('hello world'))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });
});
