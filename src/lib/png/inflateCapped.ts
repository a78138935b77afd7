/**
 * Compressed bytes handed to the decompressor per step. The Compression Streams spec has an
 * implementation inflate a whole input chunk before the reader sees any of it (Chromium does), so the
 * only way to stop a zip bomb early is to feed it little by little: deflate expands at most ~1032:1, so
 * one step produces at most ~528 KiB, however hostile the data.
 */
export const INFLATE_STEP_BYTES = 512;

/** What became of one inflate. `produced` counts every byte the decompressor gave, kept or not. */
export type InflateOutcome =
  | { status: 'ok'; bytes: Uint8Array; produced: number }
  | { status: 'over-cap'; produced: number }
  | { status: 'corrupt'; produced: number };

/** The inflate the text readers use; injectable so tests can count and observe calls. */
export type Inflater = (data: Uint8Array, maxBytes: number) => Promise<InflateOutcome>;

/**
 * Inflates zlib data (PNG compression method 0) with `DecompressionStream('deflate')`, streaming: input
 * goes in `INFLATE_STEP_BYTES` at a time, output is counted as it arrives, and the stream is cancelled
 * as soon as it passes `maxBytes` (`'over-cap'`). Corrupt or truncated data is `'corrupt'`. Never throws.
 */
export async function inflateCapped(data: Uint8Array, maxBytes: number): Promise<InflateOutcome> {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  // Fed concurrently with the reads below: a write completes only once the reader has taken the
  // previous step's output, so at most one step is inflated ahead of what has been counted.
  const feeding = (async () => {
    for (let pos = 0; pos < data.length && !stopped; pos += INFLATE_STEP_BYTES) {
      await writer.write(data.slice(pos, pos + INFLATE_STEP_BYTES)); // a copy: the stream owns it
    }
    if (!stopped) await writer.close();
  })().catch(() => undefined); // a failed write shows up as a failed read

  const parts: Uint8Array[] = [];
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.length;
      if (produced > maxBytes) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        return { status: 'over-cap', produced };
      }
      parts.push(value);
    }
  } catch {
    stopped = true;
    return { status: 'corrupt', produced };
  } finally {
    stopped = true;
    await feeding;
  }
  const bytes = new Uint8Array(produced);
  let pos = 0;
  for (const p of parts) {
    bytes.set(p, pos);
    pos += p.length;
  }
  return { status: 'ok', bytes, produced };
}
