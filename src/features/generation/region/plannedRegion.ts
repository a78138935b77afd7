import { create } from 'zustand';
import type { MaskedRegionPlan } from '../../../lib/pixels';

/**
 * The "Only masked" plan for the canvas as it is (null: the whole image is sent), kept by
 * `useSendRegionSync`: validation judges the size actually sent, and the canvas outlines the region.
 */
export const usePlannedRegionStore = create<{ plan: MaskedRegionPlan | null }>()(() => ({ plan: null }));

/** The size the next inpaint sends with "Only masked", or null when it sends the whole image. */
export const usePlannedSendSize = () => usePlannedRegionStore((s) => s.plan?.sendSize ?? null);
