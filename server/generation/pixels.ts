/**
 * The engine's only doorway to the pixel code in server/imaging, so the HTTP layer names one module and
 * the agreed functions are all it relies on.
 */
export {
  blendImageToImage,
  decodeImage,
  encodePng,
  inpaint,
  maskStrength,
  readHeaderSize,
  renderTextToImage,
  sniffImageType,
  softenForContentFilter,
  upscaleImage,
  type Rgba,
} from '../imaging/index.ts';
