import { V1ALPHA_RULES } from '../../optionRules.ts';
import { ENGINE_CATALOGUE } from '../../sizeRules.ts';
import { v1xInfo } from '../v1x/v1xInfo.ts';

/**
 * v1alpha (shared/API.md): the API the studio was built on. Stability retired it in 2023; the local engine
 * still serves it. Weighted prompts, explicit sizes, no style preset, no upscaling.
 */
export const v1alphaInfo = v1xInfo({
  id: 'v1alpha',
  label: 'v1alpha',
  rules: V1ALPHA_RULES,
  engines: ENGINE_CATALOGUE,
  upscaleEngines: [],
  v1Options: false,
  servedByStability: false,
});
