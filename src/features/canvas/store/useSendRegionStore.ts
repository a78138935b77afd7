import { create } from 'zustand';
import type { Rect } from '../../../lib/pixels';

/**
 * The part of the image the next request sends ("Only masked"), in image pixels; null when the whole
 * image is sent. Display only: the app works it out from the mask and its options and hands it here.
 */
export const useSendRegionStore = create<{ region: Rect | null }>()(() => ({ region: null }));

/** Public: draws `region` on the canvas as the part the next request sends (null: none). */
export function showSendRegion(region: Rect | null): void {
  const current = useSendRegionStore.getState().region;
  const same =
    current === region ||
    (current !== null &&
      region !== null &&
      current.x === region.x &&
      current.y === region.y &&
      current.width === region.width &&
      current.height === region.height);
  if (!same) useSendRegionStore.setState({ region });
}
