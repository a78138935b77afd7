import { PNG_SIGNATURE } from '../../src/lib/api/index.ts';

/** The image containers the engine accepts (API.md: recognised from the bytes, never the filename). */
export type ImageType = 'png' | 'jpeg' | 'webp';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/**
 * Identifies PNG, JPEG or WebP from magic bytes alone; anything else (GIF, SVG, text, empty) is `null`.
 * WebP needs both the RIFF header and the `WEBP` form type, since RIFF also wraps WAV and AVI.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  return null;
}
