/**
 * Credits charged per image: 0.2 for a 512×512, 50-step image, scaling linearly with pixel count and
 * steps (documented in server/README.md). Rounded to 1e-6 so the balance does not collect float dust.
 */
export const BASE_IMAGE_COST = 0.2;

export function imageCost(width: number, height: number, steps: number): number {
  const raw = BASE_IMAGE_COST * ((width * height) / 262_144) * (steps / 50);
  return Math.round(raw * 1e6) / 1e6;
}

/**
 * Credits charged per upscaled image, whatever its size (decided; documented in server/README.md): an upscale
 * runs no diffusion steps, so the generation rule does not apply, and one flat price is easy to predict.
 */
export const UPSCALE_COST = 0.2;

/** Subtracts a charge; the balance may go negative because the engine never refuses work. */
export function chargeBalance(balance: number, cost: number): number {
  return Math.round((balance - cost) * 1e6) / 1e6;
}
