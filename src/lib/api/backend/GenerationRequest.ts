import type { AcceptMode, FinishReason, MaskSource } from '../wire.ts';

/** The APIs the studio speaks, oldest first (backend/registry.ts lists them). */
export type BackendId = 'v1alpha' | 'v1' | 'v2beta';

/**
 * What a generation does, in the studio's words; each backend maps it to an endpoint. `erase` (the masked
 * area removed, filled from its surroundings, no prompt) and `outpaint` (the image extended past its edges)
 * exist only where an API has them (v2beta).
 */
export type GenerationMode =
  'text-to-image' | 'image-to-image' | 'masking' | 'erase' | 'outpaint' | 'upscale';

/** Pixels an outpaint adds on each side. */
export interface OutpaintExtents {
  left: number;
  right: number;
  up: number;
  down: number;
}

/** One prompt; a weight below 0 makes it a negative prompt ("steer away from this"). */
export interface WeightedPrompt {
  text: string;
  weight: number;
}

/**
 * Every option a generation can carry, in the studio's vocabulary. Absent = not sent / not applicable: a
 * backend's `normalize` drops what its API cannot express in the request's mode, so a stored recipe holds
 * exactly what shaped its result.
 */
export interface GenerationParams {
  prompts: WeightedPrompt[];
  /** Explicit-size backends, text-to-image only. */
  width?: number;
  height?: number;
  /** Aspect-ratio backends (v2beta), text-to-image only: `16:9`. */
  aspectRatio?: string;
  steps?: number;
  cfgScale?: number;
  /** Absent = the engine's choice. */
  sampler?: string;
  clipGuidancePreset?: string;
  /** Absent = none. */
  stylePreset?: string;
  samples?: number;
  /** 0 = a random seed. */
  seed?: number;
  /** How much of the init image survives, 0–1 (v1alpha sends `step_schedule_start = 1 − s`). */
  imageStrength?: number;
  stepScheduleEnd?: number;
  maskSource?: MaskSource;
  /** Inpaint and erase (v2beta): pixels the mask's edge grows (and feathers) by. */
  growMask?: number;
  /** Outpaint (v2beta): pixels added on each side. */
  outpaint?: OutpaintExtents;
  /** Outpaint and conservative upscale (v2beta): how freely new detail is invented. */
  creativity?: number;
  /** Upscale target: at most one side (the other keeps the aspect); neither = the backend's factor. */
  upscale?: { width?: number; height?: number };
}

/** One generation the studio asks for, independent of any wire. Recipes store its backend, mode, engine and params. */
export interface GenerationRequest {
  backend: BackendId;
  mode: GenerationMode;
  /** Engine (v1alpha, v1) or model (v2beta) id; the UI calls it "Engine" for every API. */
  engineId: string;
  /**
   * The API endpoint it goes to, where a mode has several (v2beta: `generate/core`, `edit/inpaint`): set by
   * the backend's `normalize`, and recorded with the result beside the backend and the model.
   */
  endpoint?: string;
  params: GenerationParams;
  /** Image modes: the init image; upscale: the image to upscale. */
  initImage?: Blob;
  /** Masking with a painted mask (white = repaint). */
  maskImage?: Blob;
  /** Pixel size of `initImage`, so validation needs no decoding. */
  initImageSize?: { width: number; height: number };
  /**
   * What each answer is composited over (the studio's, never sent). With "Only masked", `initImage` and
   * `maskImage` are a region of a larger picture, which the gallery stores whole with the result.
   */
  pasteBack?: PasteBackSource;
  /**
   * The answer's form: the artifacts JSON (default; every picture's seed, no CORS header exposure needed)
   * or the image bytes with `Seed`/`Finish-Reason` headers. The studio always asks for JSON; tests ask for both.
   */
  accept?: AcceptMode;
}

/** The full picture an "Only masked" answer is pasted back into, and where. */
export interface PasteBackSource {
  /** The region sent, in the full picture's pixels. */
  region: { x: number; y: number; width: number; height: number };
  imageSize: { width: number; height: number };
  /** The full picture as opened. */
  original: Blob;
  /** The full mask as an 8-bit grey PNG, written as `maskImage` is (its mask source). */
  mask: Blob;
  /** Feather (px) its results are composited with at first. */
  feather: number;
  /** True for "Only masked" (a region was sent); false when the whole image was (any other inpaint). */
  onlyMasked: boolean;
}

/** One picture of a successful generation. */
export interface GeneratedImage {
  /** `image/png`, validated to start with the PNG signature. */
  png: Blob;
  seed: number;
  finishReason: FinishReason;
}
