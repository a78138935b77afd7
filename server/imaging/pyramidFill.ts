/**
 * Multi-scale "push-pull" fill (Gortler et al. 1996): colours known at some pixels are spread smoothly into
 * the unknown ones. Pull: average known colour and coverage down a pyramid with a separable [1 3 3 1] tent.
 * Push: from the coarsest level back up, each pixel keeps its own colour as far as it is covered and takes
 * the bilinearly upsampled coarser result for the rest. Known pixels come back exactly; a hole gets a smooth
 * continuation of its rim's colours. Linear time, ~10 levels at 1024², no iteration to converge.
 */

/** Coverage above 1/COVERAGE_GAIN counts as fully known at a coarse level, which keeps rims crisp. */
const COVERAGE_GAIN = 2;

/** Three colour planes (premultiplied by coverage) and the coverage itself: four planes, pulled alike. */
interface Level {
  width: number;
  height: number;
  /** [R·cov, G·cov, B·cov, cov] */
  planes: [Float32Array, Float32Array, Float32Array, Float32Array];
}

/** Halves one plane along x with the tent [1 3 3 1] / 8, renormalised at the borders. */
function pullRows(src: Float32Array, width: number, height: number, outWidth: number): Float32Array {
  const out = new Float32Array(outWidth * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const orow = y * outWidth;
    for (let X = 0; X < outWidth; X++) {
      const x = 2 * X;
      let sum = 3 * src[row + x]!;
      let norm = 3;
      if (x > 0) {
        sum += src[row + x - 1]!;
        norm += 1;
      }
      if (x + 1 < width) {
        sum += 3 * src[row + x + 1]!;
        norm += 3;
      }
      if (x + 2 < width) {
        sum += src[row + x + 2]!;
        norm += 1;
      }
      out[orow + X] = sum / norm;
    }
  }
  return out;
}

/** Halves one plane along y with the same tent; walks rows so memory access stays sequential. */
function pullColumns(src: Float32Array, width: number, height: number, outHeight: number): Float32Array {
  const out = new Float32Array(width * outHeight);
  for (let Y = 0; Y < outHeight; Y++) {
    const y = 2 * Y;
    const r1 = y * width;
    const r0 = y > 0 ? r1 - width : -1;
    const r2 = y + 1 < height ? r1 + width : -1;
    const r3 = y + 2 < height ? r1 + 2 * width : -1;
    const norm = 3 + (r0 >= 0 ? 1 : 0) + (r2 >= 0 ? 3 : 0) + (r3 >= 0 ? 1 : 0);
    const inv = 1 / norm;
    const orow = Y * width;
    for (let x = 0; x < width; x++) {
      let sum = 3 * src[r1 + x]!;
      if (r0 >= 0) sum += src[r0 + x]!;
      if (r2 >= 0) sum += 3 * src[r2 + x]!;
      if (r3 >= 0) sum += src[r3 + x]!;
      out[orow + x] = sum * inv;
    }
  }
  return out;
}

function pull(src: Level): Level {
  const width = Math.ceil(src.width / 2);
  const height = Math.ceil(src.height / 2);
  const half = (plane: Float32Array): Float32Array =>
    pullColumns(pullRows(plane, src.width, src.height, width), width, src.height, height);
  const [r, g, b, c] = src.planes;
  return { width, height, planes: [half(r), half(g), half(b), half(c)] };
}

/** Bilinear sample positions of a 2× upsampling: for each child index, two parent indices and a weight. */
function upsampleTaps(size: number, parentSize: number): { i0: Int32Array; i1: Int32Array; f: Float32Array } {
  const i0 = new Int32Array(size);
  const i1 = new Int32Array(size);
  const f = new Float32Array(size);
  for (let x = 0; x < size; x++) {
    const p = (x + 0.5) / 2 - 0.5;
    const a = Math.floor(p);
    f[x] = p - a;
    i0[x] = Math.min(parentSize - 1, Math.max(0, a));
    i1[x] = Math.min(parentSize - 1, Math.max(0, a + 1));
  }
  return { i0, i1, f };
}

/**
 * One push step, in place: afterwards `level`'s colour planes hold its fill (no longer premultiplied).
 * Fully covered pixels skip the upsampling altogether, which is most of the picture at fine levels.
 */
function push(level: Level, coarse: Level): void {
  const { width, height } = level;
  const [r, g, b, cov] = level.planes;
  const [cr, cg, cb] = coarse.planes;
  const cw = coarse.width;
  const tx = upsampleTaps(width, cw);
  const ty = upsampleTaps(height, coarse.height);
  for (let y = 0; y < height; y++) {
    const r0 = ty.i0[y]! * cw;
    const r1 = ty.i1[y]! * cw;
    const fy = ty.f[y]!;
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const c = cov[p]!;
      const own = c > 0 ? 1 / c : 0;
      const a = c * COVERAGE_GAIN >= 1 ? 1 : c * COVERAGE_GAIN;
      if (a === 1) {
        r[p] = r[p]! * own;
        g[p] = g[p]! * own;
        b[p] = b[p]! * own;
        continue;
      }
      const x0 = tx.i0[x]!;
      const x1 = tx.i1[x]!;
      const fx = tx.f[x]!;
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const k = 1 - a;
      const ua = a * own;
      r[p] =
        ua * r[p]! + k * (w00 * cr[r0 + x0]! + w01 * cr[r0 + x1]! + w10 * cr[r1 + x0]! + w11 * cr[r1 + x1]!);
      g[p] =
        ua * g[p]! + k * (w00 * cg[r0 + x0]! + w01 * cg[r0 + x1]! + w10 * cg[r1 + x0]! + w11 * cg[r1 + x1]!);
      b[p] =
        ua * b[p]! + k * (w00 * cb[r0 + x0]! + w01 * cb[r0 + x1]! + w10 * cb[r1 + x0]! + w11 * cb[r1 + x1]!);
    }
  }
}

/**
 * Fills, in place, the pixels where `known` is 0 from those where it is 1.
 * @param planes R, G, B planes, each width·height long. Values at hole pixels are ignored; on return known
 *   pixels hold their input value exactly and hole pixels the fill.
 * @param known 1 for a pixel whose colour is given, 0 for a hole pixel; at least one pixel must be known
 */
export function pyramidFill(
  planes: [Float32Array, Float32Array, Float32Array],
  known: Uint8Array,
  width: number,
  height: number,
): void {
  const n = width * height;
  const coverage = new Float32Array(n);
  let any = false;
  for (let p = 0; p < n; p++) {
    if (known[p]) {
      coverage[p] = 1;
      any = true;
    } else {
      planes[0][p] = 0;
      planes[1][p] = 0;
      planes[2][p] = 0;
    }
  }
  if (!any) throw new RangeError('pyramidFill: nothing is known');
  const levels: Level[] = [{ width, height, planes: [planes[0], planes[1], planes[2], coverage] }];
  for (let top = levels[0]!; top.width > 1 || top.height > 1;) {
    top = pull(top);
    levels.push(top);
  }
  // The 1×1 top is covered (something is known), so it simply becomes its average colour.
  const top = levels[levels.length - 1]!;
  const inv = 1 / top.planes[3][0]!;
  for (let c = 0; c < 3; c++) top.planes[c]![0] = top.planes[c]![0]! * inv;
  for (let k = levels.length - 2; k >= 0; k--) push(levels[k]!, levels[k + 1]!);
}
