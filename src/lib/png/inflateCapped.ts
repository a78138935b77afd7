import { PngFormatError } from './PngFormatError';

/**
 * Inflates zlib data (PNG compression method 0) with `DecompressionStream('deflate')`, stopping as soon
 * as the output passes `maxBytes` so a small "zip bomb" chunk cannot allocate gigabytes.
 * Throws `PngFormatError('limit')` over the cap; rejects with the stream's error for corrupt data.
 */
export async function inflateCapped(data: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PngFormatError('limit', `Compressed text inflates to more than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
