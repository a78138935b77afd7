import { distanceToKnown } from './distanceToKnown.ts';
import { localMean, sampleMean } from './localMean.ts';
import { createNoise } from './noise.ts';
import { hashNumbers, hashPixel, mulberry32 } from './prng.ts';
import { pyramidFill } from './pyramidFill.ts';
import { composeRepaint, repaintRegion, toPlanes, type Planes } from './repaint.ts';
import { assertRgba, assertSameSize, type Rgba } from './rgba.ts';

/** How much of the generated picture's own detail (its high-pass) is laid over the fill, deep in a hole. */
const DETAIL_GAIN = 0.9;
/** How far, deep in a hole, the fill's colour leans towards the generated picture's local colour. */
const PROMPT_TINT = 0.35;
/** Seeded mottling (grey levels, ±) and grain, so two seeds differ even over the same generated picture. */
const MOTTLE_AMP = 10;
const GRAIN_AMP = 4;
/** Texture fades in over this fraction of the shorter side from a hole's rim: the rim itself stays smooth. */
const TEXTURE_RAMP = 0.06;
/** …but never over fewer pixels than this, so small pictures keep a smooth rim too. */
const MIN_RAMP_PX = 16;
/** Radius (fraction of the shorter side) of the local mean that separates generated detail from colour. */
const DETAIL_RADIUS = 1 / 32;

/**
 * Masking (API.md): repaints `init` where `strength` > 0.
 * - strength 0: the init pixel, all four bytes, exactly.
 * - strength 1: new content — the colours around the hole carried into it by a multi-scale fill
 *   (pyramidFill), with texture fading in away from the rim: `generated`'s detail and local colour, plus
 *   seeded mottling and grain. Alpha 255.
 * - in between: init + s·(fill − init) per channel, alpha included. The fill depends only on where strength
 *   is 0, so the output is exactly linear in s.
 * The fill continues kept pixels that are not fully transparent; with none (every pixel masked) the fill is
 * `generated` itself.
 * @param strength width·height values in 0..1 (see maskStrength); NaN counts as 0
 * @param generated the text-to-image picture for this request, same size as init
 * @param texture how much texture is laid over the fill, 1 = as described (v2beta's outpaint scales it with
 *   `creativity`); 0 leaves the smooth continuation alone
 */
export function inpaint(
  init: Rgba,
  strength: Float32Array,
  generated: Rgba,
  seed: number,
  texture = 1,
): Rgba {
  assertRgba(init, 'inpaint init');
  assertRgba(generated, 'inpaint generated');
  assertSameSize(init, generated, 'inpaint');
  const { width, height } = init;
  const { known, holes, sources } = repaintRegion(init, strength);
  if (holes === 0) return { width, height, data: init.data.slice() };

  // With nothing known there is nothing to continue: the generated picture is the fill.
  const fill = toPlanes(sources === 0 ? generated : init);
  if (sources > 0) {
    pyramidFill(fill, known, width, height);
    if (texture > 0) addTexture(fill, generated, known, seed, texture);
  }
  return composeRepaint(init, strength, fill);
}

/**
 * Lays texture over the smooth fill inside the hole, fading in with the distance from the rim so the edge
 * continues its surroundings and the middle carries the generated picture's forms and the seed's mottling.
 */
function addTexture(fill: Planes, generated: Rgba, known: Uint8Array, seed: number, amount: number): void {
  const { width, height } = generated;
  const short = Math.min(width, height);
  const dist = distanceToKnown(known, width, height);
  const ramp = Math.max(MIN_RAMP_PX, short * TEXTURE_RAMP);
  const mean = localMean(generated, Math.max(2, short * DETAIL_RADIUS));
  const noise = createNoise(mulberry32(hashNumbers(seed, 0x1a9a)));
  const grainSeed = hashNumbers(seed, 0x9a17);
  const scale = 24 / short;
  const gen = generated.data;
  const m = new Float32Array(3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (known[p]) continue;
      const t = Math.min(1, dist[p]! / ramp);
      const k = t * t * (3 - 2 * t) * amount;
      const shared = (noise.fbm2(x * scale, y * scale, 2) - 0.5) * 2 * MOTTLE_AMP;
      const texture = shared + (hashPixel(x, y, grainSeed) - 0.5) * 2 * GRAIN_AMP;
      sampleMean(mean, x, y, m);
      for (let c = 0; c < 3; c++) {
        const f = fill[c]!;
        const mc = m[c]!;
        f[p] = f[p]! + k * (DETAIL_GAIN * (gen[p * 4 + c]! - mc) + PROMPT_TINT * (mc - f[p]!) + texture);
      }
    }
  }
}
