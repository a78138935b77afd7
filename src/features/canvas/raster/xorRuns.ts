import { ByteSink, ByteSource } from './byteBuffers';
import type { Rect } from './rect';

/*
 * Undo patches as run-length coded XOR. A step's "before" and "after" differ only where it painted, so
 * their XOR is zero nearly everywhere: coded as runs it takes a few bytes per changed span instead of two
 * full copies of the rect, and the same code applied again turns "before" into "after" and back. A Fill or
 * Clear of a 6000×4000 mask (48 MB as before/after bytes) codes to a few kilobytes; a stroke to about its
 * painted area. Token = varint (len << 2 | kind): kind 0 skips len unchanged pixels, 1 repeats the next
 * byte len times, 2 is len literal bytes.
 */

const SKIP = 0;
const REPEAT = 1;
const LITERAL = 2;
/** Equal non-zero values shorter than this stay in a literal (a repeat token costs 2–4 bytes). */
const MIN_REPEAT = 4;

/** Streams pixel values into tokens: runs of zeros and of equal values, everything else as literals. */
class RunWriter {
  private runValue = -1;
  private runLen = 0;
  private literal = new ByteSink();

  constructor(private readonly out: ByteSink) {}

  /** Adds `count` pixels of value `v`. */
  add(v: number, count: number): void {
    if (v === this.runValue) {
      this.runLen += count;
      return;
    }
    this.flushRun();
    this.runValue = v;
    this.runLen = count;
  }

  private flushLiteral(): void {
    const n = this.literal.length;
    if (n === 0) return;
    this.out.varint(n * 4 + LITERAL);
    this.out.bytes(this.literal.view());
    this.literal.length = 0;
  }

  private flushRun(): void {
    const { runValue: v, runLen: n } = this;
    if (n === 0) return;
    if (v === 0 || n >= MIN_REPEAT) {
      this.flushLiteral();
      this.out.varint(n * 4 + (v === 0 ? SKIP : REPEAT));
      if (v !== 0) this.out.byte(v);
    } else {
      for (let i = 0; i < n; i++) this.literal.byte(v);
    }
    this.runLen = 0;
    this.runValue = -1;
  }

  /** Ends the stream; a stream of nothing but unchanged pixels writes nothing and returns false. */
  finish(): boolean {
    const onlySkips = this.runValue === 0 || this.runLen === 0;
    if (onlySkips && this.literal.length === 0 && this.out.length === 0) return false;
    // A trailing skip carries no information: the decoder stops at the end of the data anyway.
    if (this.runValue !== 0) this.flushRun();
    this.flushLiteral();
    return true;
  }
}

/** 32-bit view (signed: its reads stay small integers in V8) of a byte array when it starts on a word boundary (fresh arrays do), else null. */
function words(a: Uint8Array): Int32Array | null {
  return a.byteOffset % 4 === 0 ? new Int32Array(a.buffer, a.byteOffset, a.length >> 2) : null;
}

/**
 * Where the run of value `v` in `a XOR b` (or `a` alone) that starts at index `i` ends, before `end`.
 * Word at a time once aligned: a Fill of a 6000×4000 mask is one run per row.
 */
function runEnd(
  a: Uint8Array,
  b: Uint8Array | null,
  a32: Int32Array | null,
  b32: Int32Array | null,
  i: number,
  end: number,
  v: number,
): number {
  const at = (k: number) => (b ? (a[k] as number) ^ (b[k] as number) : (a[k] as number));
  while (i < end && i & 3 && at(i) === v) i++;
  if (a32 && (!b || b32) && !(i & 3)) {
    const v4 = Math.imul(v, 0x01010101);
    let k = i >> 2;
    const kEnd = end >> 2;
    if (b32) while (k < kEnd && ((a32[k] as number) ^ (b32[k] as number)) === v4) k++;
    else while (k < kEnd && ((a32[k] as number) | 0) === v4) k++;
    i = Math.max(i, k << 2);
  }
  while (i < end && at(i) === v) i++;
  return i;
}

/**
 * Writes the run code of `a XOR b` over `rect` of two width-wide single-channel images into `out`
 * (which must be empty), returning false (and writing nothing) when they are equal there. With `b`
 * null the code is of `a` itself (its XOR with zeros): a compact copy of a mask.
 */
export function encodeXorRuns(
  a: Uint8Array,
  b: Uint8Array | null,
  width: number,
  rect: Rect,
  out: ByteSink,
): boolean {
  const w = new RunWriter(out);
  const a32 = words(a);
  const b32 = b ? words(b) : null;
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    let i = y * width + rect.x;
    const end = i + rect.w;
    while (i < end) {
      const v = b ? (a[i] as number) ^ (b[i] as number) : (a[i] as number);
      const e = runEnd(a, b, a32, b32, i + 1, end, v);
      w.add(v, e - i);
      i = e;
    }
  }
  return w.finish();
}

/** Non-zero count change when word `old` is XORed with four bytes of `v`. */
function wordDelta(old: number, v: number): number {
  let d = 0;
  for (let s = 0; s < 32; s += 8) {
    const byte = (old >>> s) & 255;
    if (byte === 0) d++;
    else if (byte === v) d--;
  }
  return d;
}

/** XORs `n` pixels from index `i` with `v` (a repeat token), word at a time once aligned; returns the count change. */
function xorRepeat(data: Uint8Array, d32: Int32Array | null, i: number, n: number, v: number): number {
  let delta = 0;
  const end = i + n;
  const byteAt = (k: number) => {
    const old = data[k] as number;
    data[k] = old ^ v;
    if (old === 0) delta++;
    else if (old === v) delta--;
  };
  while (i < end && i & 3) byteAt(i++);
  if (d32) {
    const v4 = Math.imul(v, 0x01010101);
    const kEnd = end >> 2;
    let k = i >> 2;
    for (; k < kEnd; k++) {
      const old = (d32[k] as number) | 0;
      d32[k] = old ^ v4;
      if (old === 0) delta += 4;
      else if (old === v4) delta -= 4;
      else delta += wordDelta(old, v);
    }
    i = Math.max(i, k << 2);
  }
  while (i < end) byteAt(i++);
  return delta;
}

/**
 * XORs a run code into `rect` of `data` (width-wide) and returns how the count of non-zero pixels
 * changed, so a caller can keep its tally exact. Stops at the end of the code (a trailing skip is implied).
 */
export function applyXorRuns(code: Uint8Array, data: Uint8Array, width: number, rect: Rect): number {
  const src = new ByteSource(code);
  const d32 = words(data);
  let x = 0;
  let y = 0;
  let nonZeroDelta = 0;
  while (!src.done) {
    const token = src.varint();
    const kind = token & 3;
    let len = Math.floor(token / 4);
    if (kind === SKIP) {
      x += len;
      y += Math.floor(x / rect.w);
      x %= rect.w;
      continue;
    }
    const repeat = kind === REPEAT;
    const v = repeat ? src.byte() : 0;
    while (len > 0) {
      const n = Math.min(len, rect.w - x);
      let i = (rect.y + y) * width + rect.x + x;
      if (repeat) nonZeroDelta += xorRepeat(data, d32, i, n, v);
      else {
        for (const end = i + n; i < end; i++) {
          const old = data[i] as number;
          const next = old ^ src.byte();
          data[i] = next;
          if (old === 0) {
            if (next !== 0) nonZeroDelta++;
          } else if (next === 0) nonZeroDelta--;
        }
      }
      len -= n;
      x += n;
      if (x === rect.w) {
        x = 0;
        y++;
      }
    }
  }
  return nonZeroDelta;
}

/**
 * Calls `fn` for each part of a packed buffer (encodeXorParts: per part, varints x, y, w, h and code
 * length, then the code); the codes are views, not copies.
 */
export function forEachPart(packed: Uint8Array, fn: (rect: Rect, code: Uint8Array) => void): void {
  const src = new ByteSource(packed);
  while (!src.done) {
    const rect = { x: src.varint(), y: src.varint(), w: src.varint(), h: src.varint() };
    const len = src.varint();
    fn(rect, packed.subarray(src.pos, src.pos + len));
    src.pos += len;
  }
}

const partSink = new ByteSink();
const codeSink = new ByteSink();

/**
 * The run-coded XOR of `a` and `b` (or of `a` alone when `b` is null) over each of `rects`, packed
 * (per part: varints x, y, w, h and code length, then the code) without intermediate copies. Rects where
 * they are equal are left out; null when all are.
 */
export function encodeXorParts(
  a: Uint8Array,
  b: Uint8Array | null,
  width: number,
  rects: readonly Rect[],
): Uint8Array | null {
  partSink.length = 0;
  for (const rect of rects) appendXorPart(partSink, a, b, width, rect);
  return partSink.length > 0 ? partSink.take() : null;
}

/**
 * Appends one part of encodeXorParts' packing (`rect`'s header and code) to `sink`, or nothing when `a`
 * and `b` are equal there. For a caller that codes its rects a few at a time (MaskDocument's sliced capture
 * of a stroke) into a sink of its own.
 */
export function appendXorPart(
  sink: ByteSink,
  a: Uint8Array,
  b: Uint8Array | null,
  width: number,
  rect: Rect,
): void {
  codeSink.length = 0;
  if (!encodeXorRuns(a, b, width, rect, codeSink)) return;
  sink.varint(rect.x);
  sink.varint(rect.y);
  sink.varint(rect.w);
  sink.varint(rect.h);
  sink.varint(codeSink.length);
  sink.bytes(codeSink.view());
}

/** A whole mask (width×height values) run-coded as MaskDocument.encode gives it; null when empty. */
export function encodeMaskValues(values: Uint8Array, width: number, height: number): Uint8Array | null {
  return encodeXorParts(values, null, width, [{ x: 0, y: 0, w: width, h: height }]);
}
