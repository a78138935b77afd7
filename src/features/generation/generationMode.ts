import type { GenerationMode, MaskSource } from '../../lib/api/studio';

/** What mode derivation needs to know about the canvas (no pixels). */
export interface CanvasModeState {
  hasInitImage: boolean;
  /** True when at least one mask pixel is painted. */
  maskPainted: boolean;
  /** True when the init image has at least one pixel that is not fully opaque. */
  initHasAlpha: boolean;
}

/** The mode chip's words, one per endpoint. */
export const MODE_LABELS: Record<GenerationMode, string> = {
  'text-to-image': 'Text to image',
  'image-to-image': 'Image to image',
  masking: 'Inpainting',
  erase: 'Erase',
  outpaint: 'Extend canvas',
  upscale: 'Upscale',
};

/**
 * The mask sources the API accepts, with the panel's words for them. Both mask-image sources send the
 * painted mask (the area shown is the area repainted); black = repaint writes it inverted (canvasExport).
 */
export const MASK_SOURCE_CHOICES: ReadonlyArray<{ value: MaskSource; label: string }> = [
  { value: 'MASK_IMAGE_WHITE', label: 'Painted mask (white = repaint)' },
  { value: 'MASK_IMAGE_BLACK', label: 'Painted mask, sent black = repaint' },
  { value: 'INIT_IMAGE_ALPHA', label: "Init image's transparency" },
];

/**
 * The endpoint the studio will use: no init image → text-to-image; an image with a painted mask →
 * inpainting, or erase when `erase` (the artist chose Erase and the API has it); an image whose own
 * transparency is the chosen mask → the same (nothing needs painting); otherwise image-to-image. Pure, so
 * the panel and the request builder always agree.
 */
export function deriveMode(canvas: CanvasModeState, maskSource: MaskSource, erase = false): GenerationMode {
  if (!canvas.hasInitImage) return 'text-to-image';
  const masked = canvas.maskPainted || (maskSource === 'INIT_IMAGE_ALPHA' && canvas.initHasAlpha);
  if (masked) return erase ? 'erase' : 'masking';
  return 'image-to-image';
}

/**
 * States the API would accept but that cannot do what the user means, as one sentence each (shown
 * above Generate, which stays disabled). Empty when all is well.
 */
export function modeProblems(canvas: CanvasModeState, maskSource: MaskSource): string[] {
  // Erase reads the mask as inpainting does: the same states cannot do what is meant.
  if (deriveMode(canvas, maskSource) !== 'masking') return [];
  if (maskSource === 'INIT_IMAGE_ALPHA' && !canvas.initHasAlpha) {
    return [
      'Mask source is the init image’s transparency, but this image is fully opaque: nothing would be repainted. Choose “Painted mask”.',
    ];
  }
  return [];
}

/** Whether the mask the user painted is what gets sent (as opposed to the init image's alpha). */
export function sendsPaintedMask(mode: GenerationMode, maskSource: MaskSource): boolean {
  return (mode === 'masking' || mode === 'erase') && maskSource !== 'INIT_IMAGE_ALPHA';
}
