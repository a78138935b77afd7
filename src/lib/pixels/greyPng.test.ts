import { describe, expect, it, vi } from 'vitest';
import { PngFormatError } from '../png/PngFormatError';
import { readPngChunks, writePngChunks } from '../png/pngChunks';
import { decodeGreyPng } from './decodeGreyPng';
import { deflateZlib, encodeGreyPng, filterGreyRows } from './encodeGreyPng';
import type { PixelWorker } from './createPasteBack';
import { compressMask, decompressMask } from './maskPngCodec';
import { handleMaskPng, type MaskPngRequest } from './maskPngProtocol';
import { firstDifference, seededRandom } from './testSupport';
import type { GreyImage } from './types';

function blobMask(width: number, height: number, seed: number): GreyImage {
  const random = seededRandom(seed);
  const data = new Uint8Array(width * height);
  for (let k = 0; k < 5; k++) {
    const cx = random.int(0, width - 1);
    const cy = random.int(0, height - 1);
    const r = random.int(1, 1 + (Math.min(width, height) >> 2));
    const v = random.int(1, 255);
    for (let y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++)
      for (let x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++)
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) data[y * width + x] = v;
  }
  return { width, height, data };
}

const ihdr = (width: number, height: number, colour = 0) => {
  const data = new Uint8Array(13);
  const v = new DataView(data.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  data[8] = 8;
  data[9] = colour;
  return { type: 'IHDR', data };
};

describe('encodeGreyPng → decodeGreyPng', () => {
  it('round-trips byte for byte: blobs, noise, all black, all white, 1×1, odd widths', async () => {
    const random = seededRandom(3);
    const noise = {
      width: 77,
      height: 31,
      data: Uint8Array.from({ length: 77 * 31 }, () => random.int(0, 255)),
    };
    const masks: GreyImage[] = [
      blobMask(300, 200, 1),
      blobMask(1, 1, 2),
      blobMask(513, 7, 3),
      noise,
      { width: 64, height: 64, data: new Uint8Array(4096) },
      { width: 65, height: 3, data: new Uint8Array(195).fill(255) },
    ];
    for (const mask of masks) {
      const decoded = await decodeGreyPng(await encodeGreyPng(mask));
      expect(decoded.width).toBe(mask.width);
      expect(decoded.height).toBe(mask.height);
      expect(decoded.data).toEqual(mask.data);
    }
  });

  it('a mostly black 2048² mask takes a few kilobytes (not the 4 MB of stored deflate)', async () => {
    const mask = { width: 2048, height: 2048, data: new Uint8Array(2048 * 2048) };
    for (let y = 900; y < 1100; y++) mask.data.fill(255, y * 2048 + 700, y * 2048 + 1000);
    const png = await encodeGreyPng(mask);
    expect(png.length).toBeLessThan(8 * 1024);
    expect(firstDifference((await decodeGreyPng(png)).data, mask.data)).toBe(-1);
  });

  it('filters by row: Up inside a bar, None for black rows and the first row', () => {
    const mask = { width: 10, height: 4, data: new Uint8Array(40) };
    for (let y = 1; y < 4; y++) mask.data.fill(200, y * 10 + 3, y * 10 + 6);
    const raw = filterGreyRows(mask);
    expect([raw[0], raw[11], raw[22], raw[33]]).toEqual([0, 1, 2, 2]);
    expect([...raw.subarray(23, 33)]).toEqual(new Array(10).fill(0));
  });
});

/** The PNG spec's filters, written out plainly, to build files with every filter type. */
function filterRow(type: number, row: Uint8Array, above: Uint8Array): Uint8Array {
  const out = new Uint8Array(row.length);
  for (let x = 0; x < row.length; x++) {
    const a = x ? row[x - 1]! : 0;
    const b = above[x]!;
    const c = x ? above[x - 1]! : 0;
    const p = a + b - c;
    const pr =
      Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
        ? a
        : Math.abs(p - b) <= Math.abs(p - c)
          ? b
          : c;
    const pred = [0, a, b, (a + b) >> 1, pr][type]!;
    out[x] = (row[x]! - pred) & 0xff;
  }
  return out;
}

describe('decodeGreyPng', () => {
  it('undoes all five filter types (files other encoders write)', async () => {
    const mask = blobMask(50, 25, 9);
    const raw = new Uint8Array(51 * 25);
    for (let y = 0; y < 25; y++) {
      const row = mask.data.subarray(y * 50, y * 50 + 50);
      const above = y ? mask.data.subarray((y - 1) * 50, y * 50) : new Uint8Array(50);
      raw[y * 51] = y % 5;
      raw.set(filterRow(y % 5, row, above), y * 51 + 1);
    }
    const png = writePngChunks([
      ihdr(50, 25),
      { type: 'IDAT', data: await deflateZlib(raw) },
      { type: 'IEND', data: new Uint8Array(0) },
    ]);
    expect((await decodeGreyPng(png)).data).toEqual(mask.data);
  });

  it('refuses another pixel format, damage, missing pixels and absurd sizes, saying which', async () => {
    const good = await encodeGreyPng(blobMask(20, 20, 1));
    const rgba = writePngChunks([ihdr(2, 2, 6), ...readPngChunks(good).slice(1)]);
    await expect(decodeGreyPng(rgba)).rejects.toThrow(/Not an 8-bit greyscale.*colour type 6/);
    const damaged = good.slice();
    damaged[45] = damaged[45]! ^ 0xff; // inside the IDAT's data
    await expect(decodeGreyPng(damaged)).rejects.toMatchObject({ code: 'crc' });
    const short = writePngChunks([ihdr(20, 21), ...readPngChunks(good).slice(1)]);
    await expect(decodeGreyPng(short)).rejects.toThrow(/does not fill its 441 bytes/);
    const huge = writePngChunks([ihdr(100_000, 100_000), ...readPngChunks(good).slice(1)]);
    await expect(decodeGreyPng(huge)).rejects.toBeInstanceOf(PngFormatError);
    await expect(decodeGreyPng(huge)).rejects.toThrow(/over the 134,217,728 pixel limit/);
  });
});

describe('compressMask / decompressMask', () => {
  it('without Worker (this environment), encode and decode in this thread', async () => {
    const mask = blobMask(120, 90, 4);
    const png = await compressMask(mask);
    expect((await decompressMask(png)).data).toEqual(mask.data);
    await expect(decompressMask(new Uint8Array([1, 2, 3]))).rejects.toThrow(
      /The mask could not be read: Not a PNG/,
    );
  });

  it('hands the mask to a worker (its buffer moved with `transfer`) and terminates it after the answer', async () => {
    const posted: Array<{ request: MaskPngRequest; transfer: unknown }> = [];
    const worker = {
      onmessage: null,
      onerror: null,
      postMessage(request: MaskPngRequest, transfer: unknown) {
        posted.push({ request, transfer });
        void handleMaskPng(request).then((reply) =>
          worker.onmessage?.call(worker as unknown as Worker, new MessageEvent('message', { data: reply })),
        );
      },
      terminate: vi.fn(),
    } as PixelWorker;
    const mask = blobMask(40, 30, 5);
    const png = await compressMask(mask, { createWorker: () => worker, transfer: true });
    expect(posted[0]!.transfer).toEqual([mask.data.buffer]);
    expect(worker.terminate).toHaveBeenCalledTimes(1);
    expect((await decompressMask(png, { createWorker: () => worker })).data).toEqual(mask.data);
    expect(worker.terminate).toHaveBeenCalledTimes(2);
  });
});
