/** Image types the v1alpha API accepts, recognised from the bytes (as the engine does), never the file name. */
export type ImageKind = 'png' | 'jpeg' | 'webp';

export function sniffImage(head: Uint8Array): ImageKind | null {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  const ascii = (from: number) => String.fromCharCode(b(from), b(from + 1), b(from + 2), b(from + 3));
  if (ascii(0) === 'RIFF' && ascii(8) === 'WEBP') return 'webp';
  return null;
}
