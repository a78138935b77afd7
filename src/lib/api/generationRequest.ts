import type { AcceptMode, WireGenerationMode, WireGenerationOptions } from './wire.ts';

/**
 * One v1alpha/v1 generation call in wire terms: the endpoint, the Accept asked for, and the options exactly
 * as they travel. The v1x backends encode a neutral request into this (backends/v1x/wireOptions.ts).
 */
export interface WireGenerationRequest {
  mode: WireGenerationMode;
  engineId: string;
  accept: AcceptMode;
  /** Sent exactly as given (snake_case wire shape). */
  options: WireGenerationOptions;
  /** Required by the engine for image-to-image and masking; ignored for text-to-image. */
  initImage?: Blob;
  /** Masking only. */
  maskImage?: Blob;
}
