/** A colour as three floats in 0..1 (sRGB, not linearised: the engine paints, it does not simulate light). */
export type Rgb = [number, number, number];

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/** `#rrggbb` → {@link Rgb}. */
export function hex(code: string): Rgb {
  const v = Number.parseInt(code.replace('#', ''), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}

/** Linear interpolation a → b by t (not clamped). */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** RGB → [hue 0..1, saturation 0..1, lightness 0..1]. */
export function rgbToHsl(c: Rgb): Rgb {
  const [r, g, b] = c;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h / 6, s, l];
}

function hueChannel(p: number, q: number, t: number): number {
  if (t < 0) t += 1;
  if (t > 1) t -= 1;
  if (t < 1 / 6) return p + (q - p) * 6 * t;
  if (t < 1 / 2) return q;
  if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
  return p;
}

/** [hue, saturation, lightness] → RGB; inputs are clamped / wrapped. */
export function hslToRgb(hsl: Rgb): Rgb {
  const h = ((hsl[0] % 1) + 1) % 1;
  const s = clamp01(hsl[1]);
  const l = clamp01(hsl[2]);
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return [hueChannel(p, q, h + 1 / 3), hueChannel(p, q, h), hueChannel(p, q, h - 1 / 3)];
}

/** Shifts lightness by `dl` and scales saturation by `sat`, keeping the hue. */
export function adjust(c: Rgb, dl: number, sat = 1): Rgb {
  const [h, s, l] = rgbToHsl(c);
  return hslToRgb([h, s * sat, l + dl]);
}

/** Euclidean distance in RGB (0..√3). */
export function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
