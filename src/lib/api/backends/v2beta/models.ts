import { SD3_MODEL_CREDITS, V2BETA_ENDPOINT_CREDITS } from './credits.ts';
import type { Sd3Model } from './vocabulary.ts';

/** One model the studio offers for generation, with where it is sent and what it costs. */
export interface V2betaModel {
  /** `ultra`, `core`, or the sd3 `model` value. */
  id: 'ultra' | 'core' | Sd3Model;
  name: string;
  description: string;
  endpoint: 'generate/ultra' | 'generate/core' | 'generate/sd3';
  /** Credits per image (§6, 2026-09). */
  credits: number;
  /** Whether the model takes an init image (`image` + `strength`). Core does not. */
  imageToImage: boolean;
  /** `cfg_scale` (sd3 only): 1..10, default 4 for Large/Medium, 1 for the distilled Turbo and Flash (§4.3). */
  cfgScale?: { min: number; max: number; default: number };
}

const cfg = (fallback: number) => ({ min: 1, max: 10, default: fallback });

/** The generation models, in the order the studio lists them (§4.1–4.3). */
export const V2BETA_MODELS: readonly V2betaModel[] = [
  {
    id: 'ultra',
    name: 'Stable Image Ultra',
    description: 'Highest quality, about 1 megapixel; text-to-image or image-to-image',
    endpoint: 'generate/ultra',
    credits: V2BETA_ENDPOINT_CREDITS['generate/ultra'],
    imageToImage: true,
  },
  {
    id: 'core',
    name: 'Stable Image Core',
    description: 'Fast and cheap text-to-image (about 1536×1536 at 1:1)',
    endpoint: 'generate/core',
    credits: V2BETA_ENDPOINT_CREDITS['generate/core'],
    imageToImage: false,
  },
  {
    id: 'sd3.5-large',
    name: 'SD 3.5 Large',
    description: 'Stable Diffusion 3.5 Large, about 1 megapixel',
    endpoint: 'generate/sd3',
    credits: SD3_MODEL_CREDITS['sd3.5-large'],
    imageToImage: true,
    cfgScale: cfg(4),
  },
  {
    id: 'sd3.5-large-turbo',
    name: 'SD 3.5 Large Turbo',
    description: 'Stable Diffusion 3.5 Large, distilled for few steps',
    endpoint: 'generate/sd3',
    credits: SD3_MODEL_CREDITS['sd3.5-large-turbo'],
    imageToImage: true,
    cfgScale: cfg(1),
  },
  {
    id: 'sd3.5-medium',
    name: 'SD 3.5 Medium',
    description: 'Stable Diffusion 3.5 Medium',
    endpoint: 'generate/sd3',
    credits: SD3_MODEL_CREDITS['sd3.5-medium'],
    imageToImage: true,
    cfgScale: cfg(4),
  },
  {
    id: 'sd3.5-flash',
    name: 'SD 3.5 Flash',
    description: 'Stable Diffusion 3.5 Flash, the cheapest',
    endpoint: 'generate/sd3',
    credits: SD3_MODEL_CREDITS['sd3.5-flash'],
    imageToImage: true,
    cfgScale: cfg(1),
  },
];

/** A generation model by id; `undefined` for ids that are none. */
export function v2betaModel(id: string): V2betaModel | undefined {
  return V2BETA_MODELS.find((m) => m.id === id);
}

/** The `cfg_scale` default of an sd3 model. */
export function sd3CfgDefault(model: Sd3Model): number {
  return v2betaModel(model)?.cfgScale?.default ?? 4;
}
