import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { maskBoundsNow, showSendRegion, subscribeCanvasChanges, useCanvasSummary } from '../../canvas';
import { useSelectedBackend } from '../../settings';
import { useOptionsStore } from '../optionsStore';
import { planRegion } from './planRegion';
import { usePlannedRegionStore } from './plannedRegion';
import { regionContextNow } from './regionInputs';
import { useRegionStore } from './regionStore';

/**
 * While the inpaint options are shown: keeps the "Only masked" plan (and the canvas's outline of the
 * region sent) in step with the mask, "Context margin", "Only masked" and the engine. The mask's box is
 * read on committed mask changes only (~5 ms at 24 MP), never per pointer move.
 */
export function useSendRegionSync(): void {
  const backend = useSelectedBackend();
  const region = useRegionStore(useShallow((s) => [s.onlyMasked, s.contextMargin]));
  const options = useOptionsStore(useShallow((s) => [s.engineId, s.maskSource, s.maskAction]));
  const { width, height, hasInitImage } = useCanvasSummary();
  useEffect(() => {
    const update = () => {
      const now = maskBoundsNow();
      const plan = now?.bounds
        ? planRegion({ ...regionContextNow(), imageSize: now.imageSize, bounds: now.bounds })
        : null;
      usePlannedRegionStore.setState({ plan });
      showSendRegion(plan?.region ?? null);
    };
    update();
    const unsubscribe = subscribeCanvasChanges(update);
    return () => {
      unsubscribe();
      usePlannedRegionStore.setState({ plan: null });
      showSendRegion(null);
    };
  }, [backend, region, options, width, height, hasInitImage]);
}
