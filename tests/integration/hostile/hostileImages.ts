/** Images for the hostile-request corpus: declared sizes that lie, zlib bombs, things that are not images. */
import sharp from 'sharp';
import { readPngChunks, writePngChunks, type PngChunk } from '../../../src/lib/png/index.ts';
import { fixture } from '../engineTestKit.ts';

/**
 * A zlib stream that inflates to `1 + 258 × matches` zero bytes: one literal zero, then `matches` copies of
 * "length 258, distance 1" in a fixed-Huffman block, 13 bits each (≈ 1:160). Written by hand because
 * deflating hundreds of MiB with zlib takes seconds.
 */
export function zlibZeros(matches: number): Buffer {
  const out = Buffer.alloc(2 + Math.ceil((3 + 8 + 13 * matches + 7) / 8) + 1 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let pos = 2;
  let acc = 0;
  let n = 0;
  const bit = (b: number): void => {
    acc |= b << n;
    if (++n === 8) {
      out[pos++] = acc;
      acc = 0;
      n = 0;
    }
  };
  // Header fields go least significant bit first; Huffman codes most significant bit first.
  const field = (value: number, bits: number): void => {
    for (let i = 0; i < bits; i++) bit((value >> i) & 1);
  };
  const code = (value: number, bits: number): void => {
    for (let i = bits - 1; i >= 0; i--) bit((value >> i) & 1);
  };
  field(1, 1); // final block
  field(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let m = 0; m < matches; m++) {
    code(0xc5, 8); // length code 285 = 258 bytes
    code(0, 5); // distance code 0 = 1 byte back
  }
  code(0, 7); // end of block
  if (n > 0) out[pos++] = acc;
  const length = 1 + 258 * matches;
  // Adler-32 of all-zero data: a stays 1, b adds a once per byte.
  out.writeUInt32BE((((length % 65521) << 16) | 1) >>> 0, pos);
  return out.subarray(0, pos + 4);
}

function ihdr(width: number, height: number): PngChunk {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  return { type: 'IHDR', data };
}

const png = (chunks: PngChunk[]): Buffer => Buffer.from(writePngChunks(chunks));

export interface HostileImages {
  /** A real 512×512 PNG (Stability's example init image). */
  init: Buffer;
  /** A real 512×512 white-is-repaint mask. */
  mask: Buffer;
  /** IHDR 30016×30016 over an IDAT that would inflate to ~140 MB: 0.84 MiB on the wire, like the report's. */
  hugeIhdr: Buffer;
  /** A real JPEG whose frame header is patched to 65472×65472 (a multiple of 64, so the area rule is what refuses it). */
  hugeJpeg: Buffer;
  /** A real extended WebP whose canvas is patched to 16384×16384. */
  hugeWebp: Buffer;
  /** The init image with a zTXt chunk inflating to 256 MiB before its pixels. */
  zTxtBomb: Buffer;
  /** IHDR 1024×1024 (a valid size) over an IDAT inflating to 256 MiB, 64 times what the pixels need. */
  idatBomb: Buffer;
  /** A PNG with a valid 512×512 header whose pixel data is cut short. */
  cutIdat: Buffer;
  gif: Buffer;
}

/** Builds every image once per test file (the bombs take a moment to write). */
export async function buildHostileImages(): Promise<HostileImages> {
  const init = fixture('init_image.png');
  const chunks = readPngChunks(init);
  const head = chunks.filter((c) => c.type === 'IHDR');
  const rest = chunks.filter((c) => c.type !== 'IHDR');
  const bomb256MiB = zlibZeros(Math.ceil((256 * 1024 * 1024) / 258));

  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#468' } })
    .jpeg()
    .toBuffer();
  const sof = jpeg.findIndex((b, i) => b === 0xff && jpeg[i + 1] === 0xc0);
  const hugeJpeg = Buffer.from(jpeg);
  hugeJpeg.writeUInt16BE(65472, sof + 5);
  hugeJpeg.writeUInt16BE(65472, sof + 7);

  const webp = await sharp({ create: { width: 64, height: 48, channels: 4, background: '#4688' } })
    .webp()
    .toBuffer();
  const hugeWebp = Buffer.from(webp);
  hugeWebp.writeUIntLE(16384 - 1, 24, 3);
  hugeWebp.writeUIntLE(16384 - 1, 27, 3);

  const idat = chunks.find((c) => c.type === 'IDAT');
  return {
    init,
    mask: fixture('mask_image_white.png'),
    hugeIhdr: png([
      ihdr(30016, 30016),
      { type: 'IDAT', data: zlibZeros(545_000) },
      { type: 'IEND', data: new Uint8Array(0) },
    ]),
    hugeJpeg,
    hugeWebp,
    zTxtBomb: png([
      ...head,
      { type: 'zTXt', data: Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), bomb256MiB]) },
      ...rest,
    ]),
    idatBomb: png([
      ihdr(1024, 1024),
      { type: 'IDAT', data: bomb256MiB },
      { type: 'IEND', data: new Uint8Array(0) },
    ]),
    cutIdat: png([
      ...head,
      { type: 'IDAT', data: (idat?.data ?? new Uint8Array(0)).subarray(0, 2000) },
      { type: 'IEND', data: new Uint8Array(0) },
    ]),
    gif: await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .gif()
      .toBuffer(),
  };
}
