import { useCallback } from 'react';
import type { EngineSizes } from '../../../lib/api/studio';
import type { Size } from '../../../lib/pixels';
import type { KeepSize } from '../../canvas';
import { onlyMaskedApplies } from './onlyMaskedRule';
import { useRegionStore } from './regionStore';

/**
 * For the canvas: an image opens at its own size when "Only masked" applies to it (chosen on, or left to
 * the default and larger than the model allows), since only a region of it is sent.
 */
export function useKeepSize(sizes: EngineSizes | null): KeepSize {
  const choice = useRegionStore((s) => s.onlyMasked);
  return useCallback((size: Size) => onlyMaskedApplies(choice, size, sizes), [choice, sizes]);
}
