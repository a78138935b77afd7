import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { engineSizes, type EngineSizes } from '../../lib/api/studio';
import { useCanvasSummary } from '../canvas';
import { useSelectedBackend } from '../settings';
import { deriveMode } from './generationMode';
import { useOptionsStore } from './optionsStore';

/**
 * The sizes the chosen API accepts for an init image, for the canvas ("Image size", the size banner): the
 * selected engine's, in the image mode the canvas is in (v2beta's inpaint and erase take other sizes than
 * its image-to-image); null when the API takes any size.
 */
export function useImageSizes(): EngineSizes | null {
  const backend = useSelectedBackend();
  const o = useOptionsStore(
    useShallow((s) => ({ engineId: s.engineId, maskSource: s.maskSource, maskAction: s.maskAction })),
  );
  const { maskEmpty, initHasAlpha } = useCanvasSummary();
  const erase = o.maskAction === 'erase' && backend.capabilities.modes.includes('erase');
  // These sizes matter only while an image is open, so the mode is one of the image modes.
  const mode = deriveMode({ hasInitImage: true, maskPainted: !maskEmpty, initHasAlpha }, o.maskSource, erase);
  return useMemo(() => engineSizes(backend, o.engineId, mode), [backend, o.engineId, mode]);
}
