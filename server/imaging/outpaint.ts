import { inpaint } from './inpaint.ts';
import { assertRgba, type Rgba } from './rgba.ts';

/** Pixels added on each side (v2beta outpaint's `left`, `right`, `up`, `down`). */
export interface Extents {
  left: number;
  right: number;
  up: number;
  down: number;
}

/**
 * v2beta's outpaint: the picture placed on a larger canvas (`left`/`up` pixels in from its top-left corner)
 * and the new border painted by the engine's inpainting — the edge colours carried outwards by the pyramid
 * fill, with the generated picture's texture fading in away from the edge. The original pixels come back
 * exactly; the new area is opaque.
 * @param generated the text-to-image picture for the prompt, the size of the result
 * @param creativity 0..1: how much generated texture the new area carries (0 = only the continuation of the
 *   edges; the default 0.5 = what inpainting lays into a hole)
 */
export function outpaint(init: Rgba, e: Extents, generated: Rgba, seed: number, creativity: number): Rgba {
  assertRgba(init, 'outpaint init');
  const width = init.width + e.left + e.right;
  const height = init.height + e.up + e.down;
  if (generated.width !== width || generated.height !== height) {
    throw new RangeError(
      `outpaint: generated is ${generated.width}×${generated.height}, expected ${width}×${height}`,
    );
  }
  const canvas = new Uint8Array(width * height * 4);
  const strength = new Float32Array(width * height).fill(1);
  const rowBytes = init.width * 4;
  for (let y = 0; y < init.height; y++) {
    const at = (y + e.up) * width + e.left;
    canvas.set(init.data.subarray(y * rowBytes, (y + 1) * rowBytes), at * 4);
    strength.fill(0, at, at + init.width);
  }
  return inpaint({ width, height, data: canvas }, strength, generated, seed, 2 * creativity);
}
