import { PngFormatError } from './PngFormatError';
import { readPngText } from './readPngText';
import type { TextSkipReason } from './decodeTextChunk';
import type { PngTextEntry } from './textChunkCodec';

/** Skips that mean the file broke a limit (as opposed to one damaged or malformed chunk). */
const LIMIT_REASONS: ReadonlySet<TextSkipReason> = new Set([
  'too-large',
  'inflates-too-large',
  'file-budget',
  'too-many',
]);

/**
 * Every readable text entry of a PNG in file order: tEXt (Latin-1), zTXt and iTXt (UTF-8, compressed
 * or not). The strict form of `readPngText`, for reading our own files back: malformed text chunks and
 * text chunks with a bad CRC are skipped, but truncation, a damaged chunk head, a non-PNG or any broken
 * limit (`PNG_LIMITS`) throws `PngFormatError`. Untrusted files go through `readPngText`, which reads what
 * it can and reports the rest.
 */
export async function readTextChunks(bytes: Uint8Array): Promise<PngTextEntry[]> {
  const report = await readPngText(bytes);
  if (report.stopped) throw new PngFormatError(report.stopped.code, report.stopped.message);
  const broken = report.skipped.find((s) => LIMIT_REASONS.has(s.reason));
  if (broken) {
    throw new PngFormatError('limit', `A ${broken.type} chunk was skipped (${broken.reason})`);
  }
  return report.entries;
}
