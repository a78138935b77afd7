import { distanceToKnown } from './distanceToKnown.ts';
import { hashNumbers, hashPixel } from './prng.ts';
import { pyramidFill } from './pyramidFill.ts';
import { composeRepaint, repaintRegion, toPlanes } from './repaint.ts';
import { assertRgba, type Rgba } from './rgba.ts';

/**
 * Grain (grey levels, ±) laid over the erased area, so a large fill does not read as a flat airbrushed
 * patch and the seed still chooses something (the service returns a seed that reproduces the pixels).
 * Small on purpose: erase invents nothing.
 */
const ERASE_GRAIN = 2;
/** The grain fades in over this many pixels from the hole's rim, so the seam stays smooth. */
const GRAIN_RAMP_PX = 8;
/** The colour of a picture erased entirely: there is nothing around to continue. */
const NOTHING_LEFT = 128;

/**
 * v2beta's erase: removes what the mask covers by filling it with the surrounding content — the push-pull
 * pyramid fill (pyramidFill) of the kept pixels, with no generated picture and no prompt, plus a faint
 * seeded grain. Strength 0 keeps the pixel exactly; in between the result is init + s·(fill − init), alpha
 * towards 255 (composeRepaint). Fully transparent kept pixels give no colour; if nothing is kept the fill is
 * mid-grey.
 * @param strength width·height values in 0..1 (the mask, grown by grow_mask)
 */
export function erase(init: Rgba, strength: Float32Array, seed: number): Rgba {
  assertRgba(init, 'erase');
  const { width, height } = init;
  const { known, holes, sources } = repaintRegion(init, strength);
  if (holes === 0) return { width, height, data: init.data.slice() };
  const fill = toPlanes(init);
  if (sources === 0) for (const plane of fill) plane.fill(NOTHING_LEFT);
  else {
    pyramidFill(fill, known, width, height);
    const dist = distanceToKnown(known, width, height);
    const grainSeed = hashNumbers(seed, 0xe4a5e);
    for (let y = 0, p = 0; y < height; y++) {
      for (let x = 0; x < width; x++, p++) {
        if (known[p]) continue;
        const g =
          (hashPixel(x, y, grainSeed) - 0.5) * 2 * ERASE_GRAIN * Math.min(1, dist[p]! / GRAIN_RAMP_PX);
        fill[0][p] = fill[0][p]! + g;
        fill[1][p] = fill[1][p]! + g;
        fill[2][p] = fill[2][p]! + g;
      }
    }
  }
  return composeRepaint(init, strength, fill);
}
