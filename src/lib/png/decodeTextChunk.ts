import type { Inflater } from './inflateCapped';
import type { PngChunk } from './pngChunks';
import { decodeLatin1, splitKeyword, type PngTextEntry } from './textChunkCodec';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Why a text chunk was left out of what a reader returns. */
export type TextSkipReason =
  | 'crc' // its CRC does not match: damaged (or forged), never decoded
  | 'malformed' // no valid keyword, unknown compression, missing separators
  | 'corrupt' // compressed data that does not inflate
  | 'too-large' // raw chunk over PNG_LIMITS.maxTextChunkBytes, never read
  | 'inflates-too-large' // compressed text that inflates past PNG_LIMITS.maxTextChunkBytes (a zip bomb)
  | 'file-budget' // the file's inflate or text budget (PNG_LIMITS) was spent before or inside this chunk
  | 'too-many'; // past the first PNG_LIMITS.maxTextChunks text chunks

/** One decoded chunk, or why it was skipped. */
export type TextChunkDecode =
  { entry: PngTextEntry } | { skip: 'malformed' | 'corrupt' | 'inflates-too-large'; keyword?: string };

/**
 * Decodes one text chunk (whose CRC the caller has checked). Compressed text is inflated by `inflate`,
 * stopping past `maxInflated` bytes; bad UTF-8 in iTXt becomes U+FFFD. Never throws: a chunk it cannot
 * decode comes back as a skip with its reason.
 */
export async function decodeTextChunk(
  chunk: PngChunk,
  inflate: Inflater,
  maxInflated: number,
): Promise<TextChunkDecode> {
  const head = splitKeyword(chunk.data);
  if (!head) return { skip: 'malformed' };
  const { keyword, rest } = head;
  const inflated = async (data: Uint8Array, decode: (bytes: Uint8Array) => string) => {
    const out = await inflate(data, maxInflated);
    if (out.status === 'ok') return { entry: { keyword, text: decode(out.bytes) } };
    return { skip: out.status === 'over-cap' ? 'inflates-too-large' : 'corrupt', keyword } as const;
  };
  if (chunk.type === 'tEXt') return { entry: { keyword, text: decodeLatin1(rest) } };
  if (chunk.type === 'zTXt') {
    if (rest[0] !== 0) return { skip: 'malformed', keyword };
    return inflated(rest.subarray(1), decodeLatin1);
  }
  if (chunk.type === 'iTXt') {
    const flag = rest[0];
    const method = rest[1];
    if (rest.length < 4 || (flag !== 0 && flag !== 1) || method !== 0) {
      return { skip: 'malformed', keyword };
    }
    const langEnd = rest.indexOf(0, 2);
    const translatedEnd = langEnd < 0 ? -1 : rest.indexOf(0, langEnd + 1);
    if (translatedEnd < 0) return { skip: 'malformed', keyword };
    const body = rest.subarray(translatedEnd + 1);
    if (flag === 1) return inflated(body, (b) => utf8.decode(b));
    return { entry: { keyword, text: utf8.decode(body) } };
  }
  return { skip: 'malformed' };
}
