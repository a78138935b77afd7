import { crc32 } from './crc32';
import { inflateCapped, type Inflater } from './inflateCapped';
import { bytesSource, type PngByteSource } from './pngByteSource';
import {
  hasPngSignature,
  parseChunkHeader,
  PNG_LIMITS,
  TEXT_CHUNK_TYPES,
  type PngChunkHeader,
} from './pngChunks';
import { PngFormatError, type PngFormatErrorCode } from './PngFormatError';
import { decodeTextChunk, type TextSkipReason } from './decodeTextChunk';
import { splitKeyword, type PngTextEntry } from './textChunkCodec';

/** A text chunk a reader left out, and why. `keyword` only when the chunk was read and had one. */
export interface SkippedTextChunk {
  type: string;
  /** Byte offset of the chunk in the file. */
  offset: number;
  reason: TextSkipReason;
  keyword?: string;
}

/** Everything `readPngText` found, and everything it did not read. Plain data (crosses a worker boundary). */
export interface PngTextReport {
  /** Readable text entries, in file order. */
  entries: PngTextEntry[];
  /** The first `MAX_SKIPPED_LISTED` skipped text chunks; `skippedByReason` counts them all. */
  skipped: SkippedTextChunk[];
  skippedByReason: Partial<Record<TextSkipReason, number>>;
  /** Why reading ended before IEND (truncation, a broken chunk head, too many chunks); `null` if it did not. */
  stopped: { code: PngFormatErrorCode; message: string; offset: number } | null;
  /** Every byte the inflater produced for this file, aborted inflates included. */
  inflatedBytes: number;
  /** Chunks whose head was read, IHDR and IEND included. */
  chunks: number;
}

/** Skipped chunks listed one by one; a file with 100,000 of them is summarised by `skippedByReason`. */
export const MAX_SKIPPED_LISTED = 100;

export type PngTextLimits = Pick<
  typeof PNG_LIMITS,
  'maxChunks' | 'maxTextChunkBytes' | 'maxTotalTextBytes' | 'maxInflatedBytes' | 'maxTextChunks'
>;

export interface ReadPngTextOptions {
  /** Defaults to `inflateCapped`; tests inject a counting one. */
  inflate?: Inflater;
  /** Defaults to `PNG_LIMITS`. */
  limits?: Partial<PngTextLimits>;
}

/**
 * Reads the text of an untrusted PNG (tEXt Latin-1, zTXt, iTXt) without letting it cost more than
 * `PNG_LIMITS` allow, and says what it left out. Per text chunk, in order: past `maxTextChunks` it is
 * skipped unread; over `maxTextChunkBytes` raw it is skipped unread; its **CRC is checked before anything
 * is decoded or inflated**; compressed text is inflated in small steps and abandoned past
 * `maxTextChunkBytes` or past what is left of the file's `maxInflatedBytes` (once that is spent, no
 * further chunk is inflated at all); text past the file's `maxTotalTextBytes` is dropped. Pixel data is
 * never read (only chunk heads), so every byte of the file is read at most once. Damage after IHDR
 * (truncation, a lying length, a bad chunk type, more than `maxChunks` chunks) ends the scan with what was
 * read so far and `stopped` saying why. Throws `PngFormatError` only for a file that is no PNG: a bad
 * signature, or no readable IHDR first.
 */
export async function readPngText(
  input: Uint8Array | PngByteSource,
  options: ReadPngTextOptions = {},
): Promise<PngTextReport> {
  const source = input instanceof Uint8Array ? bytesSource(input) : input;
  const limits: PngTextLimits = { ...PNG_LIMITS, ...options.limits };
  const inflate = options.inflate ?? inflateCapped;
  if (!hasPngSignature(await source.read(0, Math.min(8, source.size)))) {
    throw new PngFormatError('signature', 'Not a PNG file (bad signature)');
  }
  const report: PngTextReport = {
    entries: [],
    skipped: [],
    skippedByReason: {},
    stopped: null,
    inflatedBytes: 0,
    chunks: 0,
  };
  const skip = (s: SkippedTextChunk) => {
    report.skippedByReason[s.reason] = (report.skippedByReason[s.reason] ?? 0) + 1;
    if (report.skipped.length < MAX_SKIPPED_LISTED) report.skipped.push(s);
  };
  let textChunks = 0;
  let textLeft = limits.maxTotalTextBytes;
  let inflateLeft = limits.maxInflatedBytes;
  let inflateCutByBudget = false;
  /** `inflate` within what is left of the file's inflate budget, counting every byte it produces. */
  const budgetedInflate: Inflater = async (data, maxBytes) => {
    const cap = Math.min(maxBytes, inflateLeft);
    inflateCutByBudget = cap < maxBytes;
    if (cap <= 0) return { status: 'over-cap', produced: 0 }; // spent: not even started
    const out = await inflate(data, cap);
    report.inflatedBytes += out.produced;
    inflateLeft = Math.max(0, inflateLeft - out.produced);
    return out;
  };

  /** Reads, checks and decodes one text chunk whose head is at `offset`. */
  const readText = async ({ type, typeBytes, length }: PngChunkHeader, offset: number) => {
    const dataStart = offset + 8;
    if (++textChunks > limits.maxTextChunks) return skip({ type, offset, reason: 'too-many' });
    if (length > limits.maxTextChunkBytes) {
      const keyword = splitKeyword(await source.read(dataStart, dataStart + Math.min(length, 80)))?.keyword;
      return skip({ type, offset, reason: 'too-large', ...(keyword !== undefined && { keyword }) });
    }
    const stored = await source.read(dataStart, dataStart + length + 4);
    const data = stored.subarray(0, length);
    const crc = new DataView(stored.buffer, stored.byteOffset + length, 4).getUint32(0);
    if (crc32(typeBytes, data) !== crc) return skip({ type, offset, reason: 'crc' });
    const decoded = await decodeTextChunk({ type, data }, budgetedInflate, limits.maxTextChunkBytes);
    if ('skip' in decoded) {
      const overBudget = decoded.skip === 'inflates-too-large' && inflateCutByBudget;
      const { keyword } = decoded;
      return skip({
        type,
        offset,
        reason: overBudget ? 'file-budget' : decoded.skip,
        ...(keyword && { keyword }),
      });
    }
    const cost = decoded.entry.text.length * 2;
    if (cost > textLeft) return skip({ type, offset, reason: 'file-budget', keyword: decoded.entry.keyword });
    textLeft -= cost;
    report.entries.push(decoded.entry);
  };

  for (let pos = 8; ;) {
    let header: PngChunkHeader;
    try {
      if (pos + 8 > source.size) throw new PngFormatError('truncated', 'The file ends before its IEND chunk');
      if (report.chunks >= limits.maxChunks) {
        throw new PngFormatError('limit', `The file has more than ${limits.maxChunks} chunks`);
      }
      header = parseChunkHeader(await source.read(pos, pos + 8), pos);
      if (pos + 12 + header.length > source.size) {
        throw new PngFormatError('truncated', `The file ends inside its ${header.type} chunk`);
      }
    } catch (e) {
      // Before IHDR there is nothing to salvage: the file is not a PNG we can read.
      if (!(e instanceof PngFormatError) || report.chunks === 0) throw e;
      report.stopped = { code: e.code, message: e.message, offset: pos };
      return report;
    }
    if (report.chunks === 0 && header.type !== 'IHDR') {
      throw new PngFormatError('structure', `The first chunk is ${header.type}, not IHDR`);
    }
    report.chunks++;
    if (header.type === 'IEND') return report;
    if (TEXT_CHUNK_TYPES.has(header.type)) await readText(header, pos);
    pos += 12 + header.length;
  }
}
