import type { Channels, Raster } from './resample';
import type { Rect, Size } from './types';

/**
 * A copy of `rect` of `src` (`channels` bytes per pixel). The rectangle must lie inside the image: a crop
 * that silently padded would send the engine pixels nobody painted.
 */
export function crop(src: Raster, channels: Channels, rect: Rect): Size & { data: Uint8Array } {
  const { x, y, width, height } = rect;
  if (x < 0 || y < 0 || x + width > src.width || y + height > src.height || width < 0 || height < 0) {
    throw new RangeError(
      `crop: ${width}×${height} at (${x}, ${y}) is not inside the ${src.width}×${src.height} image`,
    );
  }
  const data = new Uint8Array(width * height * channels);
  const rowBytes = width * channels;
  for (let r = 0; r < height; r++) {
    const from = ((y + r) * src.width + x) * channels;
    data.set(src.data.subarray(from, from + rowBytes), r * rowBytes);
  }
  return { width, height, data };
}
