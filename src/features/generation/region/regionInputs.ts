import { backendById, type PasteBackSource } from '../../../lib/api/studio';
import {
  canvasExtensionNow,
  exportCanvasInputs,
  exportMaskedRegion,
  maskBoundsNow,
  type CanvasInputs,
} from '../../canvas';
import { currentConnection } from '../../settings';
import { useOptionsStore } from '../optionsStore';
import { planRegion, type RegionContext } from './planRegion';
import { useRegionStore } from './regionStore';

/** The canvas inputs a request sends; with "Only masked", a region and the picture to paste it back into. */
export type SendInputs = CanvasInputs & { pasteBack?: PasteBackSource };

/** The options and backend as they are now, for `planRegion` (without the canvas's part). */
export function regionContextNow(): Omit<RegionContext, 'imageSize' | 'bounds'> {
  const o = useOptionsStore.getState();
  const backendId = currentConnection().backendId;
  const erase = o.maskAction === 'erase';
  return {
    backendId,
    engineId: o.engineId,
    mode: o.maskSource === 'INIT_IMAGE_ALPHA' ? 'image-to-image' : erase ? 'erase' : 'masking',
    region: useRegionStore.getState(),
  };
}

/**
 * "Only masked" inputs read at the press: the region around the painted mask (at the size it is sent) and
 * the full picture and mask its answers are pasted back into; null when the whole image is sent.
 */
export async function maskedRegionInputsNow(maskBlackRepaints: boolean): Promise<SendInputs | null> {
  const now = maskBoundsNow();
  if (!now?.bounds) return null;
  const context = regionContextNow();
  const planned = planRegion({ ...context, imageSize: now.imageSize, bounds: now.bounds });
  if (!planned) return null;
  const exported = await exportMaskedRegion(
    (imageSize, bounds) => planRegion({ ...context, imageSize, bounds }) ?? planned,
    { maskBlackRepaints },
  );
  if (!exported) return null;
  const { inputs, region, imageSize, original, mask } = exported;
  return {
    ...inputs,
    pasteBack: {
      region,
      imageSize,
      original,
      mask,
      feather: useRegionStore.getState().feather,
      onlyMasked: true,
    },
  };
}

/**
 * What a request sends from the canvas, read at the press, with what each inpaint answer is composited
 * over (issue 11 §2): with "Only masked" the region and the whole picture; any other painted mask, the
 * whole image and mask (region: all of it), so every inpaint result can be feathered on the stage.
 */
export async function sendInputsNow(maskBlackRepaints: boolean): Promise<SendInputs | null> {
  // An extension the API outpaints goes as the picture before and its margins: never a region, and its
  // answer is a new, larger picture, nothing to paste back into.
  const outpaints =
    canvasExtensionNow() !== null &&
    backendById(currentConnection().backendId).capabilities.modes.includes('outpaint');
  const region = outpaints ? null : await maskedRegionInputsNow(maskBlackRepaints);
  if (region) return region;
  const canvas = await exportCanvasInputs({ maskBlackRepaints });
  if (!canvas?.mask || outpaints || regionContextNow().mode === 'image-to-image') return canvas;
  const { width, height } = canvas;
  const pasteBack: PasteBackSource = {
    region: { x: 0, y: 0, width, height },
    imageSize: { width, height },
    original: canvas.initImage,
    mask: canvas.mask,
    feather: useRegionStore.getState().feather,
    onlyMasked: false,
  };
  return { ...canvas, pasteBack };
}
