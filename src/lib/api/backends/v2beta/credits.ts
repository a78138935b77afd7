import type { Sd3Model, V2betaEndpoint } from './vocabulary.ts';

/**
 * Credits per successful call, 2026-09 list prices (shared/API-v2beta.md §6, S26 and the live ledger). The
 * engine charges exactly these to the balance `/v1/user/balance` reads; refused requests cost nothing.
 */
export const V2BETA_ENDPOINT_CREDITS: Readonly<Record<Exclude<V2betaEndpoint, 'generate/sd3'>, number>> = {
  'generate/ultra': 8,
  'generate/core': 3,
  'edit/inpaint': 5,
  'edit/outpaint': 4,
  'edit/erase': 5,
  'upscale/fast': 2,
  'upscale/conservative': 40,
};

/** generate/sd3 is priced by model; the old names cost what their SD 3.5 equivalent costs. */
export const SD3_MODEL_CREDITS: Readonly<Record<Sd3Model, number>> = {
  'sd3.5-large': 6.5,
  'sd3.5-large-turbo': 4,
  'sd3.5-medium': 3.5,
  'sd3.5-flash': 2.5,
};

/** The model generate/sd3 uses when a request names none (S26). */
export const SD3_DEFAULT_MODEL: Sd3Model = 'sd3.5-large';

/**
 * Credits one call costs: the endpoint's price, or for generate/sd3 the model's (absent = the default model).
 * @param model a current model id (resolve aliases first with resolveSd3Model)
 */
export function v2betaCredits(endpoint: V2betaEndpoint, model: Sd3Model = SD3_DEFAULT_MODEL): number {
  return endpoint === 'generate/sd3' ? SD3_MODEL_CREDITS[model] : V2BETA_ENDPOINT_CREDITS[endpoint];
}
