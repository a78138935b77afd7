/**
 * The local engine's pixel code: pure functions over RGBA rasters, plus sharp for decoding and encoding.
 * The HTTP layer uses only what this file exports (see shared/API.md, "The local engine's pictures").
 */
export type { Rgba } from './rgba.ts';
export { sniffImageType, type ImageType } from './sniff.ts';
export { readHeaderSize, type HeaderSize } from './headerSize.ts';
export {
  DECODE_MAX_PIXELS,
  decodeImage,
  encodeImage,
  encodePng,
  ImageDecodeError,
  type ImageDecodeReason,
  type OutputImageFormat,
} from './codec.ts';
export { renderTextToImage, type TextToImageParams } from './renderTextToImage.ts';
export { blendImageToImage } from './blend.ts';
export { maskStrength } from './maskStrength.ts';
export { inpaint } from './inpaint.ts';
export { growMask } from './growMask.ts';
export { erase } from './erase.ts';
export { outpaint, type Extents } from './outpaint.ts';
export { refineUpscale } from './refineUpscale.ts';
export { softenForContentFilter } from './blur.ts';
export { upscaleImage } from './upscale.ts';
export { applyStylePreset } from './stylePreset.ts';
