/**
 * The precomputed radial stamp of a round brush: coverage (0–255) indexed by squared normalised distance,
 * so stamping needs no sqrt per pixel. One table per hardness, cached; the radius only scales the lookup,
 * which keeps pressure-varying radii free of per-dab allocation.
 */

/** Table resolution over d²/r² ∈ [0, 1). 1024 steps keep soft edges smooth up to ~500 px radii. */
export const PROFILE_STEPS = 1024;

const cache = new Map<number, Uint8Array>();

/**
 * Coverage for hardness h ∈ [0, 1]: full inside h·r, then a smoothstep falloff to 0 at r.
 * Non-increasing in distance by construction (tests rely on it).
 */
export function brushProfile(hardness: number): Uint8Array {
  const h = Math.round(Math.min(1, Math.max(0, hardness)) * 100) / 100;
  const hit = cache.get(h);
  if (hit) return hit;
  const lut = new Uint8Array(PROFILE_STEPS);
  for (let i = 0; i < PROFILE_STEPS; i++) {
    const d = Math.sqrt((i + 0.5) / PROFILE_STEPS);
    let a: number;
    if (d <= h) a = 1;
    else {
      const t = (d - h) / (1 - h);
      a = 1 - t * t * (3 - 2 * t);
    }
    lut[i] = Math.round(a * 255);
  }
  cache.set(h, lut);
  return lut;
}
