import type { GenerationRequest } from '../../../lib/api/studio';
import type { SendInputs } from './regionInputs';
import { useRegionStore } from './regionStore';

/**
 * The request with what its answers are composited over (issue 11 §2): with "Only masked", the whole
 * picture its region came from; for any other inpaint or erase with a painted mask, the init image itself
 * (region: all of it), so every inpaint result can be feathered on the stage without another request.
 */
export function withPasteBack(request: GenerationRequest, canvas: SendInputs | null): GenerationRequest {
  if (canvas?.pasteBack) return { ...request, pasteBack: canvas.pasteBack };
  if ((request.mode !== 'masking' && request.mode !== 'erase') || !canvas?.mask) return request;
  const { width, height } = canvas;
  return {
    ...request,
    pasteBack: {
      region: { x: 0, y: 0, width, height },
      imageSize: { width, height },
      original: canvas.initImage,
      mask: canvas.mask,
      feather: useRegionStore.getState().feather,
      onlyMasked: false,
    },
  };
}
