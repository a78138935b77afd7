import sharp from 'sharp';
import { assertRgba, type Rgba } from './rgba.ts';

/**
 * Resizes a picture to `width`×`height` with a Lanczos-3 filter (sharp; alpha premultiplied while
 * filtering, so transparent pixels do not bleed their colour). The engine's stand-in for v1's ESRGAN
 * upscaler: deterministic, sharp-edged, no invented detail.
 */
export async function upscaleImage(img: Rgba, width: number, height: number): Promise<Rgba> {
  assertRgba(img, 'upscaleImage');
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`upscaleImage: bad size ${width}×${height}`);
  }
  const { data, info } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
    .resize(width, height, { kernel: 'lanczos3', fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const out: Rgba = {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
  assertRgba(out, 'upscaleImage');
  return out;
}
