/**
 * Test helpers for src/lib/png (not exported from index.ts). The fixture comes in through Vite's
 * `?inline` asset import so these DOM-free tests need no Node types.
 */
import initPngDataUrl from '../../../tests/fixtures/stability-examples/init_image.png?inline';
import { concatBytes } from './hostilePngs';
import { readPngChunks, writePngChunks, type PngChunk } from './pngChunks';

/** The shared 512×512 fixture PNG's bytes. */
export function fixturePng(): Uint8Array<ArrayBuffer> {
  const b64 = initPngDataUrl.slice(initPngDataUrl.indexOf(',') + 1);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
export const utf8Bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

export const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => concatBytes(parts);

/** zlib-deflates bytes with the platform's CompressionStream (what PNG compression method 0 is). */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The fixture with extra chunks inserted right after IHDR. */
export function pngWith(extra: PngChunk[], png: Uint8Array = fixturePng()): Uint8Array<ArrayBuffer> {
  const [ihdr, ...rest] = readPngChunks(png);
  return writePngChunks([ihdr!, ...extra, ...rest]);
}

export const tEXt = (keyword: string, text: string): PngChunk => ({
  type: 'tEXt',
  data: concat(latin1Bytes(keyword), new Uint8Array([0]), latin1Bytes(text)),
});

export async function zTXt(keyword: string, text: string): Promise<PngChunk> {
  return {
    type: 'zTXt',
    data: concat(latin1Bytes(keyword), new Uint8Array([0, 0]), await deflate(latin1Bytes(text))),
  };
}

/** An iTXt chunk with arbitrary (possibly invalid) UTF-8 body bytes, optionally compressed. */
export async function iTXtRaw(keyword: string, body: Uint8Array, compressed = false): Promise<PngChunk> {
  const payload = compressed ? await deflate(body) : body;
  return {
    type: 'iTXt',
    data: concat(latin1Bytes(keyword), new Uint8Array([0, compressed ? 1 : 0, 0, 0, 0]), payload),
  };
}

/** Byte equality (vitest's deep equality is needlessly slow on 300 KiB arrays). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
