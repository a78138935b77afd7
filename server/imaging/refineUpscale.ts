import { assertRgba, type Rgba } from './rgba.ts';
import { grain, sharpenOrGlow, toRaster, toRgba } from './styleOps.ts';

/** Unsharp-mask radius (pixels of the upscaled picture) of the detail pass. */
const DETAIL_RADIUS = 2;
/** Grain per unit of creativity, as a fraction of full scale. */
const GRAIN_PER_CREATIVITY = 0.03;

/**
 * v2beta's conservative upscale after the Lanczos resize: crisper edges and a little seeded grain, both in
 * proportion to `creativity` (0.2..0.5), the stand-in for the detail a real model invents. Same size, alpha
 * kept; the same seed and creativity give the same pixels.
 */
export function refineUpscale(img: Rgba, seed: number, creativity: number): Rgba {
  assertRgba(img, 'refineUpscale');
  const raster = toRaster(img);
  sharpenOrGlow(raster, DETAIL_RADIUS, creativity);
  grain(raster, seed, creativity * GRAIN_PER_CREATIVITY);
  const out = toRgba(raster);
  for (let i = 3; i < out.data.length; i += 4) out.data[i] = img.data[i]!;
  return out;
}
