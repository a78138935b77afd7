import type { ImageRule } from '../api/backends/v2beta/imageRules';
import type { Size } from './types';

/**
 * The size to resample a `size` picture to so it meets `rule`: unchanged when it already does; shrunk
 * (aspect kept, sides rounded down) when it has too many pixels or too long a side; enlarged (rounded up)
 * when too few or too short a side. A picture too thin for the rule's aspect or sides even then is
 * stretched along its short side, the only way left to send it.
 */
export function fitImageRule(size: Size, rule: ImageRule): Size {
  const { width: w, height: h } = size;
  const sideMax = rule.sideMax ?? Infinity;
  const pixelsMax = rule.pixelsMax ?? Infinity;
  const down = Math.min(1, Math.sqrt(pixelsMax / (w * h)), sideMax / Math.max(w, h));
  const up = Math.max(1, Math.sqrt(rule.pixelsMin / (w * h)), rule.sideMin / Math.min(w, h));
  let width = w;
  let height = h;
  if (down < 1) {
    width = Math.max(1, Math.floor(w * down));
    height = Math.max(1, Math.floor(h * down));
  } else if (up > 1) {
    width = Math.min(sideMax, Math.ceil(w * up - 1e-9));
    height = Math.min(sideMax, Math.ceil(h * up - 1e-9));
  }
  // Thin pictures: the short side is stretched to the side minimum and the aspect limit.
  width = Math.max(width, rule.sideMin);
  height = Math.max(height, rule.sideMin);
  if (rule.aspectMax !== undefined) {
    if (width > rule.aspectMax * height) height = Math.ceil(width / rule.aspectMax);
    if (height > rule.aspectMax * width) width = Math.ceil(height / rule.aspectMax);
  }
  // Stretching can push a picture at the pixel limit over it: shrink the long side back.
  while (width * height > pixelsMax) {
    if (width >= height) width--;
    else height--;
  }
  return { width, height };
}
