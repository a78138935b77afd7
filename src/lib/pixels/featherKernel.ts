/**
 * The feather's kernel: three box blurs in x and in y (a separable approximation of a Gaussian), with
 * radii summing to `span` ≤ the feather radius r. Its square support would reach √2·r at the corners, so the
 * span is chosen so that the kernel's total weight outside the disc of radius r, times 255, stays under
 * `OUTSIDE_WEIGHT_LIMIT`: then a pixel whose whole r-disc has one mask value keeps that value exactly after
 * rounding — feather r changes only pixels within r px (Euclidean) of the mask's edge, by construction.
 * (The span comes out at r − 1 … r − 6 for r ≤ 128; r = 1 has no separable kernel and uses a plus.)
 */
export interface FeatherKernel {
  /** The feather radius asked for. */
  radius: number;
  /** Box radii of the three passes (the same in x and y); their sum is the span. */
  boxes: readonly [number, number, number];
  span: number;
  /** Π(2bᵢ + 1): what one axis's three unnormalised passes multiply a flat value by. */
  gain: number;
}

/** Below 0.5 with a margin for the float division: the rounded feather is then exact away from edges. */
export const OUTSIDE_WEIGHT_LIMIT = 0.49;

/** The 1-D kernel of three boxes, unnormalised (integer weights; they sum to the gain). */
function kernel1d(boxes: readonly number[]): number[] {
  let k = [1];
  for (const b of boxes) {
    const out = new Array<number>(k.length + 2 * b).fill(0);
    for (let i = 0; i < k.length; i++) for (let j = 0; j <= 2 * b; j++) out[i + j]! += k[i]!;
    k = out;
  }
  return k;
}

function boxesFor(span: number): [number, number, number] {
  const a = Math.floor(span / 3);
  const rest = span - 3 * a;
  return [a + (rest > 0 ? 1 : 0), a + (rest > 1 ? 1 : 0), a];
}

/** 255 × the kernel's weight at offsets farther than `radius` from its centre. */
export function outsideWeight(boxes: readonly number[], radius: number): number {
  const k = kernel1d(boxes);
  const c = (k.length - 1) / 2;
  const total = k.reduce((a, b) => a + b, 0) ** 2;
  let outside = 0;
  for (let y = 0; y < k.length; y++) {
    for (let x = 0; x < k.length; x++) {
      if ((x - c) ** 2 + (y - c) ** 2 > radius * radius) outside += k[x]! * k[y]!;
    }
  }
  return (255 * outside) / total;
}

const cache = new Map<number, FeatherKernel>();

/** The kernel for feather `radius` (whole pixels ≥ 0); radius 0 is the identity (span 0). */
export function featherKernel(radius: number): FeatherKernel {
  let kernel = cache.get(radius);
  if (!kernel) {
    let span = radius;
    while (span > 0 && outsideWeight(boxesFor(span), radius) >= OUTSIDE_WEIGHT_LIMIT) span--;
    const boxes = boxesFor(span);
    kernel = { radius, boxes, span, gain: boxes.reduce((g, b) => g * (2 * b + 1), 1) };
    cache.set(radius, kernel);
  }
  return kernel;
}
