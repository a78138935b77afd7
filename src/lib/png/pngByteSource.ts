/**
 * Random access to a file's bytes, so a reader can jump over pixel data and oversized chunks instead of
 * loading the whole file: reading the text of a 60 MB PNG then touches its chunk heads and its text only.
 */
export interface PngByteSource {
  /** Total length in bytes. */
  readonly size: number;
  /** Bytes `[start, end)`, with `0 ≤ start ≤ end ≤ size`. The result may be a view: do not mutate it. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** Bytes already in memory. */
export function bytesSource(bytes: Uint8Array): PngByteSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/**
 * Bytes read on demand from a Blob (a `File` from a picker or a drop). Small reads are served from one
 * cached window of `windowBytes`, so scanning 100,000 chunk heads costs a few dozen `arrayBuffer()`
 * calls, not 100,000; large reads go straight to the file.
 */
export function blobSource(blob: Blob, windowBytes = 256 * 1024): PngByteSource {
  let windowStart = 0;
  let window = new Uint8Array(0);
  const load = async (start: number, end: number) =>
    new Uint8Array(await blob.slice(start, end).arrayBuffer());
  return {
    size: blob.size,
    async read(start, end) {
      if (start >= windowStart && end <= windowStart + window.length) {
        return window.subarray(start - windowStart, end - windowStart);
      }
      if (end - start > windowBytes) return load(start, end);
      windowStart = start;
      window = await load(start, Math.min(blob.size, start + windowBytes));
      return window.subarray(0, end - start);
    },
  };
}
