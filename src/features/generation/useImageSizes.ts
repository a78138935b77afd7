import { useMemo } from 'react';
import { engineSizes, type EngineSizes } from '../../lib/api/studio';
import { useSelectedBackend } from '../settings';
import { useOptionsStore } from './optionsStore';

/**
 * The sizes the selected engine of the chosen API accepts for an init image, for the canvas ("Image size",
 * the size banner); null when the API takes any size.
 */
export function useImageSizes(): EngineSizes | null {
  const backend = useSelectedBackend();
  const engineId = useOptionsStore((s) => s.engineId);
  return useMemo(() => engineSizes(backend, engineId, 'image-to-image'), [backend, engineId]);
}
