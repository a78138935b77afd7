import type { GenerationMode, GenerationRequest, WireGenerationOptions } from '../../lib/api';
import type { GenerationOptions } from './generationOptions';
import { deriveMode, sendsPaintedMask } from './generationMode';

/** What the canvas hands to the pipeline (exportCanvasInputs): the init image and, for inpainting, a mask. */
export interface CanvasInputs {
  initImage: Blob;
  /** The init image's pixel size; the engine's size rule applies to it. */
  width: number;
  height: number;
  /** The painted mask (white = repaint); absent when nothing is painted. */
  maskImage?: Blob;
  /** True when the init image has transparent pixels (then "Init image's transparency" can be the mask). */
  initHasAlpha?: boolean;
}

/** Rounds away float noise such as 1 − 0.35 = 0.6499999999999999. */
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Turns the panel's options (and the canvas, when there is one) into one client request. Pure: no DOM,
 * fetch or store, so each mode is unit-tested. It does not validate; the caller runs validateOptions on
 * the result so the studio and the engine judge the very same bytes.
 */
export function buildGenerationRequest(
  options: GenerationOptions,
  canvas: CanvasInputs | null,
): GenerationRequest {
  const mode: GenerationMode = deriveMode(
    {
      hasInitImage: canvas !== null,
      maskPainted: canvas?.maskImage !== undefined,
      initHasAlpha: canvas?.initHasAlpha === true,
    },
    options.maskSource,
  );
  const wire: WireGenerationOptions = {
    text_prompts: options.prompts.map((p) => ({ text: p.text, weight: p.weight })),
    cfg_scale: options.cfgScale,
    clip_guidance_preset: options.clipGuidancePreset,
    samples: options.samples,
    seed: options.seed,
    steps: options.steps,
  };
  // The engine picks its own sampler when the field is absent.
  if (options.sampler !== null) wire.sampler = options.sampler;
  if (!canvas) {
    wire.width = options.width;
    wire.height = options.height;
    return { mode, engineId: options.engineId, accept: 'application/json', options: wire };
  }
  // Image modes: the size is the init image's own; sending width/height would only risk a mismatch.
  wire.step_schedule_start = round6(1 - options.imageStrength);
  wire.step_schedule_end = options.stepScheduleEnd;
  const req: GenerationRequest = {
    mode,
    engineId: options.engineId,
    accept: 'application/json',
    options: wire,
    initImage: canvas.initImage,
  };
  if (mode === 'masking') wire.mask_source = options.maskSource;
  // With INIT_IMAGE_ALPHA the engine ignores mask_image, so the painted mask is not uploaded at all.
  if (canvas.maskImage && sendsPaintedMask(mode, options.maskSource)) req.maskImage = canvas.maskImage;
  return req;
}
