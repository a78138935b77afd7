import { describe, expect, it } from 'vitest';
import { outpaintMask } from '../../../lib/pixels';
import { MaskRaster } from '../raster/MaskRaster';
import { maskIsExtension } from './extension';

/** A raster holding `data` (MaskRaster keeps its painted count exact only through its own operations). */
function raster(width: number, height: number, data: Uint8Array) {
  let nonZeroCount = 0;
  for (const v of data) if (v !== 0) nonZeroCount++;
  return { width, height, data, nonZeroCount };
}

describe('maskIsExtension', () => {
  const margins = { left: 3, right: 5, top: 2, bottom: 4 };
  const mask = outpaintMask({ width: 10, height: 6 }, margins);

  it('is true for exactly the mask Extend makes', () => {
    expect(maskIsExtension(raster(mask.width, mask.height, mask.data), margins)).toBe(true);
  });

  it('is false once a pixel of the picture is painted, or one of the margin is not fully white', () => {
    const inside = mask.data.slice();
    inside[(2 + 1) * mask.width + 3 + 1] = 255;
    expect(maskIsExtension(raster(mask.width, mask.height, inside), margins)).toBe(false);
    const grey = mask.data.slice();
    grey[mask.width * mask.height - 1] = 128;
    expect(maskIsExtension(raster(mask.width, mask.height, grey), margins)).toBe(false);
    const erased = mask.data.slice();
    erased[3 * mask.width + mask.width - 1] = 0;
    expect(maskIsExtension(raster(mask.width, mask.height, erased), margins)).toBe(false);
  });

  it('is false for other margins of the same total size', () => {
    expect(
      maskIsExtension(raster(mask.width, mask.height, mask.data), { ...margins, left: 5, right: 3 }),
    ).toBe(false);
  });

  it('reads a MaskRaster', () => {
    const r = new MaskRaster(18, 12);
    expect(maskIsExtension(r, margins)).toBe(false);
  });
});
