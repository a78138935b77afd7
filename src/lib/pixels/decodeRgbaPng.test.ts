import { describe, expect, it } from 'vitest';
import { writePngChunks } from '../png/pngChunks';
import { decodeRgbaPng } from './decodeRgbaPng';
import { deflateZlib } from './encodeGreyPng';
import { seededRandom } from './testSupport';

const ihdr = (width: number, height: number, colour: number) => {
  const data = new Uint8Array(13);
  const v = new DataView(data.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  data[8] = 8;
  data[9] = colour;
  return { type: 'IHDR', data };
};

/** The PNG spec's five filters for `bpp`-byte pixels, written out plainly. */
function filterRow(type: number, row: Uint8Array, above: Uint8Array, bpp: number): Uint8Array {
  const out = new Uint8Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0;
    const b = above[i]!;
    const c = i >= bpp ? above[i - bpp]! : 0;
    const p = a + b - c;
    const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
    const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    out[i] = (row[i]! - [0, a, b, (a + b) >> 1, paeth][type]!) & 0xff;
  }
  return out;
}

/** A PNG of `pixels` (`bpp` bytes each), its rows filtered with every type in turn. */
async function png(width: number, height: number, bpp: 3 | 4, pixels: Uint8Array): Promise<Uint8Array> {
  const stride = width * bpp;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const above = y ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    raw[y * (stride + 1)] = y % 5;
    raw.set(filterRow(y % 5, row, above, bpp), y * (stride + 1) + 1);
  }
  return writePngChunks([
    ihdr(width, height, bpp === 4 ? 6 : 2),
    { type: 'IDAT', data: await deflateZlib(raw) },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

function noise(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => random.int(0, 255));
}

describe('decodeRgbaPng', () => {
  it('gives an RGBA file’s bytes exactly, semi-transparent pixels included, through all five filters', async () => {
    const pixels = noise(37 * 11 * 4, 3);
    const image = await decodeRgbaPng(await png(37, 11, 4, pixels));
    expect([image.width, image.height]).toEqual([37, 11]);
    expect(image.data).toEqual(pixels);
  });

  it('gives an RGB file alpha 255', async () => {
    const pixels = noise(9 * 6 * 3, 4);
    const { data } = await decodeRgbaPng(await png(9, 6, 3, pixels));
    for (let i = 0; i < 9 * 6; i++) {
      expect([...data.subarray(i * 4, i * 4 + 4)]).toEqual([...pixels.subarray(i * 3, i * 3 + 3), 255]);
    }
  });

  it('refuses other formats by name', async () => {
    const grey = writePngChunks([ihdr(2, 2, 0), { type: 'IEND', data: new Uint8Array(0) }]);
    await expect(decodeRgbaPng(grey)).rejects.toThrow(/Not an 8-bit RGB or RGBA.*colour type 0/);
  });
});
