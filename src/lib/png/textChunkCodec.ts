import { PNG_LIMITS, type PngChunk } from './pngChunks';
import { PngFormatError } from './PngFormatError';

/** One text entry of a PNG (tEXt, zTXt or iTXt), decoded to a JS string. */
export interface PngTextEntry {
  keyword: string;
  text: string;
}

/** Latin-1 (ISO 8859-1) decode: byte n is U+00nn. `TextDecoder('latin1')` is windows-1252, so not that. */
export function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  // Chunked so very long texts do not overflow the argument list of fromCharCode.
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/**
 * Splits a text chunk's data at its keyword's NUL. A keyword must be 1–79 bytes; anything else means the
 * chunk is malformed (`null`): readers skip it, `withTextChunks` keeps it as it is.
 */
export function splitKeyword(data: Uint8Array): { keyword: string; rest: Uint8Array } | null {
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) return null;
  return { keyword: decodeLatin1(data.subarray(0, nul)), rest: data.subarray(nul + 1) };
}

/**
 * Checks a keyword we are about to write: 1–79 printable Latin-1 characters, no leading, trailing or
 * double spaces (PNG spec 11.3.4.2). Throws `PngFormatError('keyword')`.
 */
export function assertValidKeyword(keyword: string): void {
  const ok =
    keyword.length >= 1 &&
    keyword.length <= 79 &&
    /^[\x20-\x7e\xa1-\xff]+$/.test(keyword) &&
    !/^ | $| {2}/.test(keyword);
  if (!ok) throw new PngFormatError('keyword', `Not a valid PNG text keyword: ${JSON.stringify(keyword)}`);
}

/** Encodes an uncompressed iTXt chunk (UTF-8 text, no language tag). */
export function encodeITXt(entry: PngTextEntry): PngChunk {
  assertValidKeyword(entry.keyword);
  // UTF-8 never takes fewer bytes than UTF-16 code units, so an over-long string is refused unencoded.
  const text = entry.text.length > PNG_LIMITS.maxTextChunkBytes ? null : new TextEncoder().encode(entry.text);
  if (!text || text.length > PNG_LIMITS.maxTextChunkBytes) {
    throw new PngFormatError(
      'limit',
      `Text for "${entry.keyword}" is over ${PNG_LIMITS.maxTextChunkBytes} bytes`,
    );
  }
  const keyword = Uint8Array.from(entry.keyword, (c) => c.charCodeAt(0));
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0
  const data = new Uint8Array(keyword.length + 5 + text.length);
  data.set(keyword, 0);
  data.set(text, keyword.length + 5);
  return { type: 'iTXt', data };
}
