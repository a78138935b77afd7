/**
 * The engine's only doorway to the pixel code in server/imaging, so the HTTP layer names one module and
 * the agreed functions are all it relies on.
 */
export {
  DECODE_MAX_PIXELS,
  blendImageToImage,
  decodeImage,
  encodeImage,
  encodePng,
  erase,
  growMask,
  inpaint,
  outpaint,
  refineUpscale,
  maskStrength,
  readHeaderSize,
  renderTextToImage,
  type TextToImageParams,
  sniffImageType,
  softenForContentFilter,
  upscaleImage,
  type Extents,
  type OutputImageFormat,
  type Rgba,
} from '../imaging/index.ts';
