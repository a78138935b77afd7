/**
 * The local engine's pixel code: pure functions over RGBA rasters, plus sharp for decoding and encoding.
 * The HTTP layer uses only what this file exports (see shared/API.md, "The local engine's pictures").
 */
export type { Rgba } from './rgba';
export { sniffImageType, type ImageType } from './sniff';
export { decodeImage, encodePng, ImageDecodeError, type ImageDecodeReason } from './codec';
export { renderTextToImage, type TextToImageParams } from './renderTextToImage';
export { blendImageToImage } from './blend';
export { maskStrength } from './maskStrength';
export { inpaint } from './inpaint';
export { softenForContentFilter } from './blur';
