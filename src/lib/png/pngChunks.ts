import { hasPngSignature, PNG_SIGNATURE } from '../api/pngSignature';
import { crc32 } from './crc32';
import { PngFormatError } from './PngFormatError';

/** One PNG chunk. `data` may be a view into the input bytes: copy it before mutating. */
export interface PngChunk {
  /** Four ASCII letters, e.g. `IHDR`, `IDAT`, `tEXt`. */
  type: string;
  data: Uint8Array;
}

// One signature check for the whole app: lib/api owns it (the engine may import nothing else from src/).
export { hasPngSignature, PNG_SIGNATURE };

/**
 * Caps that turn hostile input into a `PngFormatError('limit')` instead of a hang or an out-of-memory.
 * `maxChunks` is far above real files (libpng writes 8 KiB IDATs: 100 MB of pixels ≈ 12,000 chunks)
 * and far below what 12-byte empty chunks in a large file could produce.
 */
export const PNG_LIMITS = {
  maxChunks: 100_000,
  /** Per text chunk (tEXt/zTXt/iTXt), raw and after decompression. A ComfyUI workflow is tens of KiB. */
  maxTextChunkBytes: 1024 * 1024,
  /** All text kept from one file, as JS string memory (2 bytes per UTF-16 unit). */
  maxTotalTextBytes: 8 * 1024 * 1024,
  /**
   * Everything inflated for one file, aborted inflates included. Once spent, the remaining compressed
   * chunks are skipped uninflated, so twenty 1 GiB bombs cost this much, not twenty per-chunk caps.
   */
  maxInflatedBytes: 8 * 1024 * 1024,
  /** Text chunks read per file; real files carry a handful (A1111 one, ComfyUI two, InvokeAI a few). */
  maxTextChunks: 256,
  /** The PNG spec's own cap on a chunk length. */
  maxChunkLength: 0x7fffffff,
} as const;

export const TEXT_CHUNK_TYPES: ReadonlySet<string> = new Set(['tEXt', 'zTXt', 'iTXt']);

export interface ReadPngOptions {
  /**
   * What a CRC mismatch does. `'throw'` (default): refuse the file — used before rewriting it, so a
   * corrupt file is never silently re-signed. `'drop-ancillary'`: skip ancillary chunks (lower-case first
   * letter, e.g. text) whose CRC fails, as libpng does, but still throw for critical chunks — used
   * when only reading metadata, so one damaged text chunk does not hide the others.
   */
  badCrc?: 'throw' | 'drop-ancillary';
}

const isLetter = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** A chunk's 8-byte head: its declared data length and its type. */
export interface PngChunkHeader {
  length: number;
  type: string;
  typeBytes: Uint8Array;
}

/**
 * Reads the length and type at the start of `head` (8 bytes of a chunk found at byte `pos` of its file).
 * Throws `PngFormatError` `'structure'` for a type that is not four ASCII letters and `'limit'` for a
 * length over the PNG maximum; whether the data fits in the file is the caller's check.
 */
export function parseChunkHeader(head: Uint8Array, pos: number): PngChunkHeader {
  const length = new DataView(head.buffer, head.byteOffset, 8).getUint32(0);
  const typeBytes = head.subarray(4, 8);
  if (!typeBytes.every(isLetter)) throw new PngFormatError('structure', `Bad chunk type at byte ${pos + 4}`);
  const type = String.fromCharCode(...typeBytes);
  if (length > PNG_LIMITS.maxChunkLength) {
    throw new PngFormatError('limit', `Chunk ${type} declares ${length} bytes, over the PNG maximum`);
  }
  return { length, type, typeBytes };
}

/** Ancillary chunks (text, colour hints…) have a lower-case first letter; a reader may drop them. */
export const isAncillary = (typeBytes: Uint8Array): boolean => (typeBytes[0]! & 0x20) !== 0;

/**
 * Splits a PNG into its chunks, from IHDR to IEND inclusive; bytes after IEND are ignored. Throws
 * `PngFormatError` for a missing signature, truncation, a bad chunk type, a CRC mismatch (see
 * `options.badCrc`), IHDR not first, or more than `PNG_LIMITS.maxChunks` chunks.
 */
export function readPngChunks(bytes: Uint8Array, options: ReadPngOptions = {}): PngChunk[] {
  if (!hasPngSignature(bytes)) throw new PngFormatError('signature', 'Not a PNG file (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let pos = 8;
  let seen = 0;
  for (;;) {
    if (pos + 8 > bytes.length) throw new PngFormatError('truncated', 'PNG ends before its IEND chunk');
    if (++seen > PNG_LIMITS.maxChunks) {
      throw new PngFormatError('limit', `PNG has more than ${PNG_LIMITS.maxChunks} chunks`);
    }
    const { length, type, typeBytes } = parseChunkHeader(bytes.subarray(pos, pos + 8), pos);
    const dataStart = pos + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) {
      throw new PngFormatError('truncated', `PNG ends inside its ${type} chunk`);
    }
    const data = bytes.subarray(dataStart, dataEnd);
    pos = dataEnd + 4;
    if (chunks.length === 0 && type !== 'IHDR') {
      throw new PngFormatError('structure', `The first chunk is ${type}, not IHDR`);
    }
    if (crc32(typeBytes, data) !== view.getUint32(dataEnd)) {
      if (options.badCrc !== 'drop-ancillary' || !isAncillary(typeBytes)) {
        throw new PngFormatError('crc', `Chunk ${type} has a bad CRC (the file is damaged)`);
      }
      continue;
    }
    chunks.push({ type, data });
    if (type === 'IEND') return chunks;
  }
}

/** Serialises chunks (signature, then length, type, data, CRC each). Validates each chunk type. */
export function writePngChunks(chunks: readonly PngChunk[]): Uint8Array<ArrayBuffer> {
  if (chunks.length > PNG_LIMITS.maxChunks) {
    throw new PngFormatError('limit', `Refusing to write more than ${PNG_LIMITS.maxChunks} chunks`);
  }
  const total = chunks.reduce((sum, c) => sum + 12 + c.data.length, 8);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let pos = 8;
  for (const { type, data } of chunks) {
    const typeBytes = Uint8Array.from(type, (ch) => ch.charCodeAt(0));
    if (typeBytes.length !== 4 || !typeBytes.every(isLetter)) {
      throw new PngFormatError('structure', `Bad chunk type ${JSON.stringify(type)}`);
    }
    if (data.length > PNG_LIMITS.maxChunkLength) {
      throw new PngFormatError('limit', `Chunk ${type} is over the PNG maximum length`);
    }
    view.setUint32(pos, data.length);
    out.set(typeBytes, pos + 4);
    out.set(data, pos + 8);
    view.setUint32(pos + 8 + data.length, crc32(typeBytes, data));
    pos += 12 + data.length;
  }
  return out;
}
