import type { Sampler } from '../api/wire';

/** The v1alpha sampler ↔ AUTOMATIC1111's display name. */
export const A1111_SAMPLER_NAMES: Readonly<Record<Sampler, string>> = {
  K_EULER_ANCESTRAL: 'Euler a',
  K_EULER: 'Euler',
  K_LMS: 'LMS',
  K_HEUN: 'Heun',
  K_DPM_2: 'DPM2',
  K_DPM_2_ANCESTRAL: 'DPM2 a',
  K_DPMPP_2S_ANCESTRAL: 'DPM++ 2S a',
  K_DPMPP_2M: 'DPM++ 2M',
  DDIM: 'DDIM',
  DDPM: 'DDPM',
};

/** ComfyUI `sampler_name` values that match a v1alpha sampler. */
export const COMFYUI_SAMPLER_NAMES: Readonly<Record<string, Sampler>> = {
  euler: 'K_EULER',
  euler_ancestral: 'K_EULER_ANCESTRAL',
  heun: 'K_HEUN',
  lms: 'K_LMS',
  dpm_2: 'K_DPM_2',
  dpm_2_ancestral: 'K_DPM_2_ANCESTRAL',
  dpmpp_2s_ancestral: 'K_DPMPP_2S_ANCESTRAL',
  dpmpp_2m: 'K_DPMPP_2M',
  ddim: 'DDIM',
  ddpm: 'DDPM',
};

/**
 * InvokeAI `scheduler` values that match a v1alpha sampler. The `_k` variants are the same sampler with
 * Karras sigmas, which v1alpha cannot express; the sampler is the closest match. `dpmpp_2s` is a
 * single-step, non-ancestral solver and has no v1alpha match, so it is left unmapped on purpose.
 */
export const INVOKEAI_SCHEDULER_NAMES: Readonly<Record<string, Sampler>> = {
  ddim: 'DDIM',
  ddpm: 'DDPM',
  euler: 'K_EULER',
  euler_k: 'K_EULER',
  euler_a: 'K_EULER_ANCESTRAL',
  heun: 'K_HEUN',
  heun_k: 'K_HEUN',
  lms: 'K_LMS',
  lms_k: 'K_LMS',
  kdpm_2: 'K_DPM_2',
  kdpm_2_k: 'K_DPM_2',
  kdpm_2_a: 'K_DPM_2_ANCESTRAL',
  kdpm_2_a_k: 'K_DPM_2_ANCESTRAL',
  dpmpp_2m: 'K_DPMPP_2M',
  dpmpp_2m_k: 'K_DPMPP_2M',
};

/** A1111 name → sampler; also accepts the old combined names like `DPM++ 2M Karras`. */
export function samplerFromA1111(name: string): Sampler | undefined {
  const trimmed = name.trim().replace(/ (Karras|Exponential|Uniform)$/, '');
  const entry = Object.entries(A1111_SAMPLER_NAMES).find(([, display]) => display === trimmed);
  return entry?.[0] as Sampler | undefined;
}

/** Looks a name up in one of the maps above, own keys only. */
export function lookupSampler(map: Readonly<Record<string, Sampler>>, name: unknown): Sampler | undefined {
  return typeof name === 'string' && Object.hasOwn(map, name) ? map[name] : undefined;
}
