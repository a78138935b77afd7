/**
 * lib/pixels: DOM-free pixel cores for "Only masked" inpainting, paste-back with feather and seam, mask PNGs
 * and outpaint pre-fill (issue 11). README.md says how they fit together.
 */
export type { GreyImage, Rect, RgbaImage, Size } from './types';
export {
  planMaskedRegion,
  V2BETA_INPAINT_SEND,
  type MaskedRegionPlan,
  type MaskedRegionRequest,
  type SendSizeRule,
} from './planMaskedRegion';
export { sendRuleForBackend } from './sendRuleForBackend';
export { maskBounds } from './maskBounds';
export { cropForSending } from './cropForSending';
export { crop } from './crop';
export { resample } from './resample';
export { PasteBackSession, MAX_FEATHER, type PasteBackInput, type Patch } from './PasteBackSession';
export { createPasteBack, type PasteBack, type PixelWorker } from './createPasteBack';
export { SEAM_RGB, type PreviewRequest } from './renderPreview';
export { compressMask, decompressMask, type MaskPngOptions } from './maskPngCodec';
export { encodeGreyPng } from './encodeGreyPng';
export { decodeGreyPng, MAX_MASK_PIXELS } from './decodeGreyPng';
export { decodeRgbaPng } from './decodeRgbaPng';
export {
  outpaintMask,
  outpaintPrefill,
  type Margins,
  type OutpaintPrefill,
  type OutpaintPrefillOptions,
} from './outpaintPrefill';
export { createComposer, composePng, type Composer } from './createComposer';
export { createComposeHandler, type ComposeSource, type PictureCodec } from './composeProtocol';
