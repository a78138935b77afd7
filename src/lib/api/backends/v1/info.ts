import { V1_RULES } from '../../optionRules.ts';
import { UPSCALE_ENGINES, V1_ENGINE_CATALOGUE } from '../../sizeRules.ts';
import { v1xInfo } from '../v1x/v1xInfo.ts';

/**
 * v1 (shared/API.md §v1): v1alpha's options plus style presets, uint32 seeds, image strength in v1's own
 * form, Stable Diffusion v1.6 and SDXL's defaults, and Real-ESRGAN upscaling. What third-party clients speak.
 */
export const v1Info = v1xInfo({
  id: 'v1',
  label: 'v1',
  rules: V1_RULES,
  engines: V1_ENGINE_CATALOGUE,
  upscaleEngines: UPSCALE_ENGINES,
  v1Options: true,
  servedByStability: true,
});
