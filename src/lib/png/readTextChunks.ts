import { PNG_LIMITS, readPngChunks, TEXT_CHUNK_TYPES } from './pngChunks';
import { PngFormatError } from './PngFormatError';
import { decodeTextChunk, type PngTextEntry } from './textChunkCodec';

/**
 * Every readable text entry of a PNG in file order: tEXt (Latin-1), zTXt and iTXt (UTF-8, compressed
 * or not). Malformed text chunks and text chunks with a bad CRC are skipped; a damaged critical chunk,
 * truncation, a non-PNG or a broken limit (`PNG_LIMITS`) throws `PngFormatError`.
 */
export async function readTextChunks(bytes: Uint8Array): Promise<PngTextEntry[]> {
  const chunks = readPngChunks(bytes, { badCrc: 'drop-ancillary' });
  const out: PngTextEntry[] = [];
  let total = 0;
  for (const chunk of chunks) {
    if (!TEXT_CHUNK_TYPES.has(chunk.type)) continue;
    const entry = await decodeTextChunk(chunk);
    if (!entry) continue;
    // Counted in UTF-16 code units ×2 as an upper bound of memory held, cheap and monotone.
    total += entry.text.length * 2;
    if (total > PNG_LIMITS.maxTotalTextBytes) {
      throw new PngFormatError('limit', `PNG text totals more than ${PNG_LIMITS.maxTotalTextBytes} bytes`);
    }
    out.push(entry);
  }
  return out;
}
