import type { EngineSizes } from '../../lib/api/studio';

/** A named size offered in the picker. */
export interface SizePreset {
  /** "1:1", "3:2"… */
  label: string;
  width: number;
  height: number;
}

/** Aspect ratios offered, landscape first then portrait (each as width:height). */
const RATIOS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [5, 4],
  [4, 3],
  [3, 2],
  [16, 9],
  [21, 9],
  [4, 5],
  [3, 4],
  [2, 3],
  [9, 16],
  [9, 21],
];

/**
 * Presets for an engine: for each ratio, the valid size closest in shape, then in pixel count to the size
 * the engine is made for (512² for the 512-class engines, 768² for the 768 one, SDXL's 1024²).
 */
export function sizePresets(engine: EngineSizes): SizePreset[] {
  const sizes = engine.all();
  const target = engine.nativeArea;
  const out: SizePreset[] = [];
  for (const [rw, rh] of RATIOS) {
    const best = closest(sizes, rw / rh, target);
    if (!best) continue;
    const [width, height] = best;
    // Skip ratios the engine cannot approximate within 5 %, and duplicates of an earlier preset.
    if (Math.abs(Math.log(width / height / (rw / rh))) > 0.05) continue;
    if (out.some((p) => p.width === width && p.height === height)) continue;
    out.push({ label: `${rw}:${rh}`, width, height });
  }
  return out;
}

/**
 * The engine-valid size nearest to a wanted one (same shape first, then pixel count); the wanted size
 * itself when it is valid. Non-finite input falls back to the engine's native square-ish size.
 */
export function nearestValidSize(
  engine: EngineSizes,
  width: number,
  height: number,
): { width: number; height: number } {
  const sizes = engine.all();
  if (sizes.some(([w, h]) => w === width && h === height)) return { width, height };
  const ok = Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0;
  const best = closest(sizes, ok ? width / height : 1, ok ? width * height : engine.nativeArea);
  return best ? { width: best[0], height: best[1] } : { width, height };
}

function closest(
  sizes: ReadonlyArray<readonly [number, number]>,
  ratio: number,
  area: number,
): readonly [number, number] | undefined {
  let best: readonly [number, number] | undefined;
  let bestScore = Infinity;
  for (const s of sizes) {
    // Shape dominates; pixel count breaks ties between equally shaped sizes.
    const score = Math.abs(Math.log(s[0] / s[1] / ratio)) * 10 + Math.abs(Math.log((s[0] * s[1]) / area));
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}
