const DIAGONAL = Math.SQRT2;

/**
 * Approximate Euclidean distance (in pixels) from every pixel to the nearest known pixel: a two-pass
 * chamfer transform with 1 / √2 steps, within a few percent of the true distance and linear in time.
 * Known pixels get 0; if nothing is known every pixel gets +Infinity.
 */
export function distanceToKnown(known: Uint8Array, width: number, height: number): Float32Array {
  const d = new Float32Array(width * height);
  for (let p = 0; p < d.length; p++) d[p] = known[p] ? 0 : Infinity;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      let v = d[p]!;
      if (v === 0) continue;
      if (x > 0) v = Math.min(v, d[p - 1]! + 1);
      if (y > 0) {
        const up = p - width;
        v = Math.min(v, d[up]! + 1);
        if (x > 0) v = Math.min(v, d[up - 1]! + DIAGONAL);
        if (x < width - 1) v = Math.min(v, d[up + 1]! + DIAGONAL);
      }
      d[p] = v;
    }
  }
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const p = y * width + x;
      let v = d[p]!;
      if (v === 0) continue;
      if (x < width - 1) v = Math.min(v, d[p + 1]! + 1);
      if (y < height - 1) {
        const down = p + width;
        v = Math.min(v, d[down]! + 1);
        if (x < width - 1) v = Math.min(v, d[down + 1]! + DIAGONAL);
        if (x > 0) v = Math.min(v, d[down - 1]! + DIAGONAL);
      }
      d[p] = v;
    }
  }
  return d;
}
