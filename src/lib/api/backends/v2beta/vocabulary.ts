/**
 * The Stable Image API's (v2beta) words: paths, enums and models (shared/API-v2beta.md §1, §2.3, §4). DOM-free:
 * the studio and the local engine both read them from here.
 */

/** Path prefix of the Stable Image API; every endpoint below lives under `${V2BETA_API_PREFIX}/stable-image/`. */
export const V2BETA_API_PREFIX = '/v2beta';

/** The synchronous image endpoints the studio and the engine speak, as `<family>/<name>` (§1 inventory). */
export const V2BETA_ENDPOINTS = [
  'generate/ultra',
  'generate/core',
  'generate/sd3',
  'edit/inpaint',
  'edit/outpaint',
  'edit/erase',
  'upscale/fast',
  'upscale/conservative',
] as const;
export type V2betaEndpoint = (typeof V2BETA_ENDPOINTS)[number];

/** The URL path of an endpoint, e.g. `/v2beta/stable-image/generate/core`. */
export function v2betaPath(endpoint: V2betaEndpoint): string {
  return `${V2BETA_API_PREFIX}/stable-image/${endpoint}`;
}

// In a module of its own: the studio's first paint reads the ratios, and a module it imports is bundled whole.
export { V2BETA_ASPECT_RATIOS, type V2betaAspectRatio } from './aspectRatios.ts';

/**
 * `style_preset` (§2.3), in the spec's order. The same 17 values as v1's `STYLE_PRESETS` (a test holds them
 * equal), so the engine draws them with the one stylePreset module. No "none" value: omit the field.
 */
export const V2BETA_STYLE_PRESETS = [
  'enhance',
  'anime',
  'photographic',
  'digital-art',
  'comic-book',
  'fantasy-art',
  'line-art',
  'analog-film',
  'neon-punk',
  'isometric',
  'low-poly',
  'origami',
  'modeling-compound',
  'cinematic',
  '3d-model',
  'pixel-art',
  'tile-texture',
] as const;
export type V2betaStylePreset = (typeof V2BETA_STYLE_PRESETS)[number];

/** `output_format` (§2.3); default `png`. It also sets the success body's media type. */
export const V2BETA_OUTPUT_FORMATS = ['png', 'jpeg', 'webp'] as const;
export type V2betaOutputFormat = (typeof V2BETA_OUTPUT_FORMATS)[number];

/** The media type an output format is sent as (`content-type`, or `type=` of the JSON answer). */
export function v2betaMediaType(format: V2betaOutputFormat): `image/${V2betaOutputFormat}` {
  return `image/${format}`;
}

/** `finish_reason` / `finish-reason` (§3.3): v2beta has no `ERROR`. */
export const V2BETA_FINISH_REASONS = ['SUCCESS', 'CONTENT_FILTERED'] as const;
export type V2betaFinishReason = (typeof V2BETA_FINISH_REASONS)[number];

/** `mode` of generate/sd3 (§4.3); default `text-to-image`. */
export const SD3_MODES = ['text-to-image', 'image-to-image'] as const;
export type Sd3Mode = (typeof SD3_MODES)[number];

/** Current `model` values of generate/sd3 (§4.3), `sd3.5-flash` included although S26's enum lacks it. */
export const SD3_MODELS = ['sd3.5-large', 'sd3.5-large-turbo', 'sd3.5-medium', 'sd3.5-flash'] as const;
export type Sd3Model = (typeof SD3_MODELS)[number];

/** Older model names the service still takes, re-routed to their SD 3.5 equivalent at its price (§4.3). */
export const SD3_MODEL_ALIASES: Readonly<Record<string, Sd3Model>> = {
  'sd3-large': 'sd3.5-large',
  'sd3-large-turbo': 'sd3.5-large-turbo',
  'sd3-medium': 'sd3.5-medium',
  sd3: 'sd3.5-large',
  'sd3-turbo': 'sd3.5-large-turbo',
};

/** The current model a `model` value names (itself or through an alias); `null` when it names none. */
export function resolveSd3Model(name: string): Sd3Model | null {
  if ((SD3_MODELS as readonly string[]).includes(name)) return name as Sd3Model;
  return Object.hasOwn(SD3_MODEL_ALIASES, name) ? (SD3_MODEL_ALIASES[name] ?? null) : null;
}

/** Every `model` value generate/sd3 accepts: the current ones, then the aliases. */
export const SD3_MODEL_VALUES: readonly string[] = [...SD3_MODELS, ...Object.keys(SD3_MODEL_ALIASES)];

/** The error `name`s of v2beta answers (§5.2), plus the engine's 404/405 for paths and methods. */
export type V2betaErrorName =
  | 'bad_request'
  | 'unauthorized'
  | 'payment_required'
  | 'content_moderation'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'invalid_language'
  | 'rate_limit_exceeded'
  | 'internal_error';
