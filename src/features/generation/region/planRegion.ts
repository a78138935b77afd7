import { backendById, engineSizes, type BackendId, type GenerationMode } from '../../../lib/api/studio';
import {
  planMaskedRegion,
  sendRuleForBackend,
  V2BETA_INPAINT_SEND,
  type MaskedRegionPlan,
  type Rect,
  type SendSizeRule,
  type Size,
} from '../../../lib/pixels';
import type { BackendInfo } from '../../../lib/api/studio';
import { onlyMaskedApplies } from './onlyMaskedRule';
import type { RegionOptions } from './regionStore';

/** What decides whether and how a masked region is sent. */
export interface RegionContext {
  backendId: BackendId;
  engineId: string;
  /** The mode the canvas implies: only `masking` and `erase` send a region. */
  mode: GenerationMode;
  region: Pick<RegionOptions, 'onlyMasked' | 'contextMargin'>;
  imageSize: Size;
  /** The painted mask's box. */
  bounds: Rect;
}

/**
 * The "Only masked" plan for this canvas and these options — the region sent and its size — or null when
 * the whole image is sent (another mode, "Only masked" off, or a backend that cannot inpaint). Pure.
 */
export function planRegion(c: RegionContext): MaskedRegionPlan | null {
  if (c.mode !== 'masking' && c.mode !== 'erase') return null;
  const backend = backendById(c.backendId);
  if (!onlyMaskedApplies(c.region.onlyMasked, c.imageSize, engineSizes(backend, c.engineId, c.mode)))
    return null;
  const rule = sendRuleFor(backend, c.engineId);
  if (!rule) return null;
  return planMaskedRegion({
    imageSize: c.imageSize,
    maskBounds: c.bounds,
    margin: c.region.contextMargin,
    size: rule,
  });
}

/**
 * The sizes the selected backend takes for an inpaint's init image, as `planMaskedRegion` reads them:
 * the engine's own list where it has one, else the aspect-free rule of v2beta's inpaint and erase. Null
 * when the backend cannot inpaint.
 */
export function sendRuleFor(backend: BackendInfo, engineId: string): SendSizeRule | null {
  if (!backend.capabilities.modes.includes('masking')) return null;
  // An `input` rule (v2beta) takes any size within its bounds: a grid of suggestions would only round it.
  if (backend.fields(engineId, 'masking').size?.kind === 'input') return V2BETA_INPAINT_SEND;
  return sendRuleForBackend(backend, engineId);
}
