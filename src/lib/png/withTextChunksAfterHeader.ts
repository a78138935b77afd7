import { hasPngSignature, PNG_SIGNATURE, parseChunkHeader, writePngChunks } from './pngChunks';
import { PngFormatError } from './PngFormatError';
import { encodeITXt, type PngTextEntry } from './textChunkCodec';

/** Signature (8) + IHDR: length and type (8), 13 bytes of data, CRC (4). */
const HEAD_BYTES = 8 + 8 + 13 + 4;

/**
 * A PNG the studio has just encoded itself, with one uncompressed iTXt chunk per entry placed right after
 * IHDR (text may sit anywhere between IHDR and IEND). Only the head is read and the pixels are not
 * copied — the result is a Blob of three parts — so writing a recipe into a 20 MB picture costs the text,
 * not two CRC passes over the pixels as `withTextChunks` (which checks and rewrites a stranger's file)
 * would. Throws `PngFormatError` when the Blob does not start with a PNG signature and IHDR, or for an
 * invalid keyword or text over the per-chunk limit.
 */
export async function withTextChunksAfterHeader(png: Blob, entries: readonly PngTextEntry[]): Promise<Blob> {
  const head = new Uint8Array(await png.slice(0, HEAD_BYTES).arrayBuffer());
  if (head.length < HEAD_BYTES || !hasPngSignature(head))
    throw new PngFormatError('signature', 'Not a PNG file');
  const ihdr = parseChunkHeader(head.subarray(8, 16), 8);
  if (ihdr.type !== 'IHDR' || ihdr.length !== 13) {
    throw new PngFormatError('structure', 'The first chunk is not a 13-byte IHDR');
  }
  // writePngChunks signs each chunk; its leading signature is not wanted here.
  const text = writePngChunks(entries.map(encodeITXt)).subarray(PNG_SIGNATURE.length);
  return new Blob([png.slice(0, HEAD_BYTES), text, png.slice(HEAD_BYTES)], { type: 'image/png' });
}
