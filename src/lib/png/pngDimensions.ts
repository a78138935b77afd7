import { PNG_SIGNATURE } from '../api/pngSignature';

/** Bytes needed to read a PNG's size: the signature, IHDR's length and type, width and height. */
const HEADER_BYTES = 24;

/**
 * A PNG's pixel size from its IHDR (bytes 16–23), or `null` when the bytes are not a PNG. Cheap: stored
 * images (init images, results) are PNGs, so a request can carry its image's size without decoding it.
 */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < HEADER_BYTES || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (ihdr !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** {@link pngDimensions} of a blob, reading only its first bytes. */
export async function blobPngDimensions(blob: Blob): Promise<{ width: number; height: number } | null> {
  return pngDimensions(new Uint8Array(await blob.slice(0, HEADER_BYTES).arrayBuffer()));
}
