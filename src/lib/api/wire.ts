/**
 * The v1alpha and v1 wire vocabulary, shared by the studio's client and the local engine.
 * Everything here is DOM-free and React-free so `server/` may import it.
 * On the wire every field is snake_case (see shared/API.md). v1 keeps v1alpha's options; its additions
 * are at the end of this file, under "v1".
 */

export const API_VERSION_PREFIX = '/v1alpha';

export const SAMPLERS = [
  'DDIM',
  'DDPM',
  'K_DPMPP_2M',
  'K_DPMPP_2S_ANCESTRAL',
  'K_DPM_2',
  'K_DPM_2_ANCESTRAL',
  'K_EULER',
  'K_EULER_ANCESTRAL',
  'K_HEUN',
  'K_LMS',
] as const;
export type Sampler = (typeof SAMPLERS)[number];

export const CLIP_GUIDANCE_PRESETS = [
  'NONE',
  'FAST_BLUE',
  'FAST_GREEN',
  'SIMPLE',
  'SLOW',
  'SLOWER',
  'SLOWEST',
] as const;
export type ClipGuidancePreset = (typeof CLIP_GUIDANCE_PRESETS)[number];

export const MASK_SOURCES = ['MASK_IMAGE_WHITE', 'MASK_IMAGE_BLACK', 'INIT_IMAGE_ALPHA'] as const;
export type MaskSource = (typeof MASK_SOURCES)[number];

export const FINISH_REASONS = ['SUCCESS', 'ERROR', 'CONTENT_FILTERED'] as const;
export type FinishReason = (typeof FINISH_REASONS)[number];

/** The three generation endpoints of v1alpha and v1 (the studio's modes add `upscale`: backend/GenerationRequest.ts). */
export type WireGenerationMode = 'text-to-image' | 'image-to-image' | 'masking';

/** URL path segment after `/v1alpha/generation/{engine_id}/` for each mode. */
export const MODE_PATH: Record<WireGenerationMode, string> = {
  'text-to-image': 'text-to-image',
  'image-to-image': 'image-to-image',
  masking: 'image-to-image/masking',
};

export type AcceptMode = 'application/json' | 'image/png';

/** Numeric limits of the contract. Tuning these changes both client checks and engine answers. */
export const LIMITS = {
  promptTextMin: 1,
  promptTextMax: 2000,
  cfgScaleMin: 0,
  cfgScaleMax: 35,
  samplesMin: 1,
  samplesMax: 10,
  seedMin: 0,
  seedMax: 2147483647,
  stepsMin: 10,
  stepsMax: 150,
  sizeStep: 64,
  sideMin: 128,
  /** JSON bodies above this are refused (decided in API.md). */
  jsonBodyMaxBytes: 1024 * 1024,
  /** Each uploaded image above this is `invalid_file_size` (decided in API.md). */
  imageFileMaxBytes: 10 * 1024 * 1024,
} as const;

export const DEFAULTS = {
  cfg_scale: 7,
  clip_guidance_preset: 'NONE' as ClipGuidancePreset,
  height: 512,
  width: 512,
  samples: 1,
  seed: 0,
  steps: 50,
  step_schedule_start: 0.65,
  step_schedule_end: 0.01,
  weight: 1,
} as const;

export interface WireTextPrompt {
  text: string;
  weight?: number;
}

/** Generation options exactly as they travel (JSON body, or the `options` multipart part). */
export interface WireGenerationOptions {
  text_prompts: WireTextPrompt[];
  cfg_scale?: number;
  clip_guidance_preset?: ClipGuidancePreset;
  height?: number;
  width?: number;
  sampler?: Sampler;
  samples?: number;
  seed?: number;
  steps?: number;
  step_schedule_start?: number;
  step_schedule_end?: number;
  mask_source?: MaskSource;
}

export interface WireArtifact {
  base64: string;
  seed: number;
  finishReason: FinishReason;
}

export interface WireArtifactsResponse {
  artifacts: WireArtifact[];
}

/** goa-style error body: every field present. */
export interface WireErrorBody {
  name: string;
  id: string;
  message: string;
  temporary: boolean;
  timeout: boolean;
  fault: boolean;
}

export type ErrorName = 'bad_request' | 'unauthorized' | 'permission_denied' | 'not_found' | 'fault';

export const ERROR_STATUS: Record<ErrorName, number> = {
  bad_request: 400,
  unauthorized: 401,
  permission_denied: 403,
  not_found: 404,
  fault: 500,
};

/** Specific 400 codes; they prefix the message as `code: …`. */
export const BAD_REQUEST_CODES = [
  'invalid_samples',
  'invalid_height_or_width',
  'invalid_pixel_count',
  'invalid_file_size',
  'invalid_mime_type',
  'invalid_image_dimensions',
  'invalid_mask_image',
  'invalid_prompts',
  // v1's size code for the SDXL engine (shared/API.md §v1, "Engines").
  'invalid_sdxl_v1_dimensions',
] as const;
export type BadRequestCode = (typeof BAD_REQUEST_CODES)[number];

/** What a client reads as "the code" of an error: a specific 400 code, else the error name. */
export type ErrorCode = BadRequestCode | ErrorName | (string & {});

export interface WireEngine {
  id: string;
  name: string;
  description: string;
  type: 'PICTURE';
}

export interface WireEnginesResponse {
  engines: WireEngine[];
}

export interface WireOrganization {
  id: string;
  name: string;
  role: string;
  is_default: boolean;
}

export interface WireAccount {
  id: string;
  email: string;
  organizations: WireOrganization[];
}

export interface WireBalance {
  credits: number;
}

/**
 * The one key the local engine accepts when GESSO_ENGINE_KEYS is unset. It is public on purpose
 * (documented in the README); the studio's default connection sends it automatically.
 */
export const LOCAL_ENGINE_DEV_KEY = 'gesso-local-dev-key';

/** The local engine's single account organization, and the one it treats as default. */
export const LOCAL_ENGINE_ORG_ID = 'org-gesso-local';

// ---------------------------------------------------------------------------------------------------
// v1 (shared/API.md §v1): what differs from v1alpha on the wire.

/** Path prefix of the v1 API. */
export const V1_API_PREFIX = '/v1';

/** The 17 `style_preset` values of v1 (absent = no preset). */
export const STYLE_PRESETS = [
  '3d-model',
  'analog-film',
  'anime',
  'cinematic',
  'comic-book',
  'digital-art',
  'enhance',
  'fantasy-art',
  'isometric',
  'line-art',
  'low-poly',
  'modeling-compound',
  'neon-punk',
  'origami',
  'photographic',
  'pixel-art',
  'tile-texture',
] as const;
export type StylePreset = (typeof STYLE_PRESETS)[number];

/** How image-to-image reads the init image's influence: `image_strength`, or `step_schedule_*`. */
export const INIT_IMAGE_MODES = ['IMAGE_STRENGTH', 'STEP_SCHEDULE'] as const;
export type InitImageMode = (typeof INIT_IMAGE_MODES)[number];

/** v1's limits where they differ from {@link LIMITS}. */
export const V1_LIMITS = {
  /** uint32: v1 seeds run 0..4294967295 (0 = random). */
  seedMax: 4_294_967_295,
} as const;

/** v1's defaults where they differ from, or add to, {@link DEFAULTS}. */
export const V1_DEFAULTS = {
  init_image_mode: 'IMAGE_STRENGTH' as InitImageMode,
  /** `step_schedule_start = 1 − image_strength`, so 0.35 is v1alpha's 0.65. */
  image_strength: 0.35,
  /** Later v1 releases default SDXL to 30 steps; every other engine keeps 50 (decided). */
  sdxlSteps: 30,
} as const;

/** v1 generation options: v1alpha's, plus style preset, extras and the image-strength form. */
export interface WireV1GenerationOptions extends WireGenerationOptions {
  style_preset?: StylePreset;
  /** Any JSON object; accepted and ignored. */
  extras?: Record<string, unknown>;
  init_image_mode?: InitImageMode;
  image_strength?: number;
}

/** v1's error body: `Content-Type: application/json`, three fields. */
export interface WireV1ErrorBody {
  id: string;
  name: string;
  message: string;
}

/** v1 names its 500 `server_error` (v1alpha: `fault`). */
export type V1ErrorName = Exclude<ErrorName, 'fault'> | 'server_error';

/** `GET /v1/engines/list` answers a bare array. */
export type WireV1EnginesResponse = WireEngine[];

/** The one upscale engine of v1. */
export const UPSCALE_ENGINE_ID = 'esrgan-v1-x2plus';

/** v1 upscale limits (shared/API.md §v1, "Engines"; reference/v1-2023.yaml). */
export const UPSCALE_LIMITS = {
  /** Without width or height the image doubles. */
  factor: 2,
  /** The result may have at most this many pixels (2048×2048). */
  maxOutputPixels: 4_194_304,
  /** The input may have at most this many pixels (1024×1024). */
  maxInputPixels: 1_048_576,
  /** A requested width or height is at least this (the spec's minimum). */
  targetSideMin: 512,
} as const;
