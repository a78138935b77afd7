import { afterEach, describe, expect, it, vi } from 'vitest';
import { INFLATE_STEP_BYTES, inflateCapped } from './inflateCapped';
import { deflate, utf8Bytes } from './testFixtures';
import { zlibZeros } from './zlibZeros';

const MiB = 1024 * 1024;

/** The real DecompressionStream, recording the size of every input chunk it is handed. */
function recordInputChunks(): number[] {
  const sizes: number[] = [];
  const Real = globalThis.DecompressionStream;
  class Recording {
    readonly readable: ReadableStream<Uint8Array>;
    readonly writable: WritableStream<BufferSource>;
    constructor(format: CompressionFormat) {
      const real = new Real(format);
      const writer = real.writable.getWriter();
      this.readable = real.readable;
      this.writable = new WritableStream<BufferSource>({
        write: (chunk) => (sizes.push(chunk.byteLength), writer.write(chunk)),
        close: () => writer.close(),
        abort: (reason) => writer.abort(reason),
      });
    }
  }
  vi.stubGlobal('DecompressionStream', Recording);
  return sizes;
}

afterEach(() => vi.unstubAllGlobals());

describe('inflateCapped', () => {
  it('inflates zlib data and counts what it produced', async () => {
    const text = 'a quiet harbour at dawn, '.repeat(2000);
    const out = await inflateCapped(await deflate(utf8Bytes(text)), MiB);
    expect(out.status).toBe('ok');
    expect(out.status === 'ok' && new TextDecoder().decode(out.bytes)).toBe(text);
    expect(out.produced).toBe(text.length);
  });

  it('reports corrupt, truncated and empty data as corrupt instead of throwing', async () => {
    const good = await deflate(utf8Bytes('hello world '.repeat(100)));
    expect((await inflateCapped(new Uint8Array([1, 2, 3, 4, 5]), MiB)).status).toBe('corrupt');
    expect((await inflateCapped(good.subarray(0, 20), MiB)).status).toBe('corrupt');
    expect((await inflateCapped(new Uint8Array(0), MiB)).status).toBe('corrupt');
  });

  it('stops a 1 GiB bomb one step past the cap, having fed the decompressor a few small steps only', async () => {
    const sizes = recordInputChunks();
    const bomb = zlibZeros(1024 ** 3);
    const out = await inflateCapped(bomb, MiB);
    expect(out.status).toBe('over-cap');
    expect(out.produced).toBeGreaterThan(MiB);
    expect(out.produced).toBeLessThanOrEqual(MiB + 1040 * INFLATE_STEP_BYTES);
    // Per the Compression Streams spec a whole input chunk is inflated before any of it can be read
    // (Chromium does so): the input is what must stay small. How far ahead the writes run depends on
    // the implementation (Node's buffers more than Chromium's); either way, a small part of the bomb.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(INFLATE_STEP_BYTES);
    expect(sizes.length * INFLATE_STEP_BYTES).toBeLessThan(bomb.length / 20);
  });
});
