/**
 * A minimal PNG encoder for the mask (8-bit grey) and init image (8-bit RGBA). Deflate runs in the browser's
 * native zlib through CompressionStream, which is several times faster than canvas.toBlob for a 2048² mask
 * (and keeps the mask's exact bytes: no colour management, no premultiplication).
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

async function deflate(raw: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** PNG colour types used here: 0 = greyscale, 6 = RGBA. */
export type PngColorType = 0 | 6;

/**
 * Encodes `pixels` (row-major, 1 byte per pixel for grey, 4 for RGBA, not premultiplied) as PNG bytes.
 * Rows use filter 0 (none): the mask is mostly flat runs that deflate compresses well on its own.
 */
export async function encodePng(
  width: number,
  height: number,
  pixels: Uint8Array | Uint8ClampedArray,
  colorType: PngColorType,
): Promise<Uint8Array> {
  const channels = colorType === 0 ? 1 : 4;
  const stride = width * channels;
  if (pixels.length !== stride * height) throw new Error('encodePng: pixel buffer does not match the size');
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', await deflate(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
