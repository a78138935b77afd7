import { readPngChunks, TEXT_CHUNK_TYPES, writePngChunks } from './pngChunks';
import { PngFormatError } from './PngFormatError';
import { encodeITXt, splitKeyword, type PngTextEntry } from './textChunkCodec';

/**
 * Returns a copy of `png` with one uncompressed iTXt chunk per entry inserted just before the first
 * IDAT (where readers that stop at pixel data still find it). Existing tEXt/zTXt/iTXt chunks with the
 * same keyword are removed; when `entries` repeats a keyword, the last one wins. Pixels and all other
 * chunks are copied byte for byte. Throws `PngFormatError` for a damaged PNG (any bad CRC), a PNG
 * without IDAT, an invalid keyword, or text over the per-chunk limit.
 */
export function withTextChunks(png: Uint8Array, entries: readonly PngTextEntry[]): Uint8Array<ArrayBuffer> {
  const byKeyword = new Map<string, PngTextEntry>();
  for (const e of entries) {
    byKeyword.delete(e.keyword); // keep insertion order of the last occurrence
    byKeyword.set(e.keyword, e);
  }
  const added = [...byKeyword.values()].map(encodeITXt);
  const chunks = readPngChunks(png, { badCrc: 'throw' });
  const kept = chunks.filter((c) => {
    if (!TEXT_CHUNK_TYPES.has(c.type)) return true;
    const k = splitKeyword(c.data)?.keyword;
    return k === undefined || !byKeyword.has(k);
  });
  const idat = kept.findIndex((c) => c.type === 'IDAT');
  if (idat < 0) throw new PngFormatError('structure', 'PNG has no IDAT chunk');
  return writePngChunks([...kept.slice(0, idat), ...added, ...kept.slice(idat)]);
}
