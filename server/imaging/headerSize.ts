import { sniffImageType } from './sniff.ts';

/** An image's stored size as its container header declares it. */
export interface HeaderSize {
  width: number;
  height: number;
}

const at = (b: Uint8Array, i: number): number => b[i] ?? 0;
const u16be = (b: Uint8Array, i: number): number => (at(b, i) << 8) | at(b, i + 1);
const u16le = (b: Uint8Array, i: number): number => at(b, i) | (at(b, i + 1) << 8);
const u24le = (b: Uint8Array, i: number): number => u16le(b, i) | (at(b, i + 2) << 16);
const u32be = (b: Uint8Array, i: number): number => ((u16be(b, i) << 16) | u16be(b, i + 2)) >>> 0;
const u32le = (b: Uint8Array, i: number): number => ((u16le(b, i + 2) << 16) | u16le(b, i)) >>> 0;
const fourcc = (b: Uint8Array, i: number): string =>
  String.fromCharCode(at(b, i), at(b, i + 1), at(b, i + 2), at(b, i + 3));

/** PNG: IHDR is the first chunk, right after the 8-byte signature (length 13, type, width, height). */
function pngSize(b: Uint8Array): HeaderSize | null {
  if (b.length < 24 || u32be(b, 8) !== 13 || fourcc(b, 12) !== 'IHDR') return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

/** SOF markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** JPEG: walks the marker segments up to the first start-of-frame (height, then width). */
function jpegSize(b: Uint8Array): HeaderSize | null {
  let i = 2;
  while (i + 4 <= b.length) {
    if (at(b, i) !== 0xff) return null;
    const marker = at(b, i + 1);
    // Fill bytes (0xFF repeated) may pad between segments.
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    // Standalone markers (TEM, RSTn) carry no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image / scan before any frame
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (i + 9 > b.length) return null;
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

/** WebP: the first chunk after `RIFF....WEBP` is VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function webpSize(b: Uint8Array): HeaderSize | null {
  if (b.length < 30) return null;
  const kind = fourcc(b, 12);
  if (kind === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (kind === 'VP8L') {
    if (at(b, 20) !== 0x2f) return null;
    const bits = u32le(b, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (kind === 'VP8 ') {
    // Keyframe start code 9D 01 2A, then 14-bit width and height (the top 2 bits are a scale).
    if (at(b, 23) !== 0x9d || at(b, 24) !== 0x01 || at(b, 25) !== 0x2a) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  return null;
}

/**
 * The width and height a PNG, JPEG or WebP header declares, read from a few bytes without decoding or
 * inflating anything: an image that declares a huge canvas (a decompression bomb, or a PNG whose text
 * chunks inflate to gigabytes) is sized in microseconds and refused by the size rule before any decoder
 * sees it. `null` when the type is not one of the three or the header is cut off, damaged, or declares a
 * zero side.
 */
export function readHeaderSize(bytes: Uint8Array): HeaderSize | null {
  const type = sniffImageType(bytes);
  const size =
    type === 'png'
      ? pngSize(bytes)
      : type === 'jpeg'
        ? jpegSize(bytes)
        : type === 'webp'
          ? webpSize(bytes)
          : null;
  return size && size.width > 0 && size.height > 0 ? size : null;
}
