import type { AcceptMode, FinishReason, GenerationMode, WireGenerationOptions } from './wire.ts';

/** One generation call, as the studio's pure request builder produces it. */
export interface GenerationRequest {
  mode: GenerationMode;
  engineId: string;
  /** The studio asks for JSON (seeds of every artifact, no CORS header exposure needed). */
  accept: AcceptMode;
  /** Sent exactly as given (snake_case wire shape). */
  options: WireGenerationOptions;
  /** Required by the engine for image-to-image and masking; ignored for text-to-image. */
  initImage?: Blob;
  /** Masking only. */
  maskImage?: Blob;
}

/** One picture of a successful generation. */
export interface GeneratedImage {
  /** `image/png`, validated to start with the PNG signature. */
  png: Blob;
  seed: number;
  finishReason: FinishReason;
}
