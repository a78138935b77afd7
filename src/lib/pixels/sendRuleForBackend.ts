import type { BackendInfo } from '../api/backend/Backend';
import { engineSizes } from '../api/backend/engineSizes';
import type { SendSizeRule } from './planMaskedRegion';

/**
 * The sizes `backend` takes for an inpaint ("masking") init image with `engineId`, as `planMaskedRegion`
 * reads them — from the backend's own fields, so the plan follows whatever API is selected, never a size
 * rule of its own. `null` when this backend cannot inpaint, or sets no explicit size rule on the init image
 * in that mode (an API that picks sizes by aspect ratio: give `planMaskedRegion` its rule directly, e.g.
 * `V2BETA_INPAINT_SEND`).
 */
export function sendRuleForBackend(backend: BackendInfo, engineId: string): SendSizeRule | null {
  if (!backend.capabilities.modes.includes('masking')) return null;
  const sizes = engineSizes(backend, engineId, 'masking');
  return sizes ? { kind: 'sizes', sizes: sizes.all() } : null;
}
