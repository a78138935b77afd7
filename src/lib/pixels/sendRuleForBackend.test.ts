import { describe, expect, it } from 'vitest';
import type { BackendInfo } from '../api/backend/Backend';
import { v1Info } from '../api/backends/v1/info';
import { v1alphaInfo } from '../api/backends/v1alpha/info';
import { checkSize } from '../api/sizeRules';
import { UPSCALE_ENGINE_ID } from '../api/wire';
import { sendRuleForBackend } from './sendRuleForBackend';

const sizesOf = (backend: BackendInfo, engineId: string) => {
  const rule = sendRuleForBackend(backend, engineId);
  if (rule?.kind !== 'sizes') throw new Error(`expected a sizes rule, got ${JSON.stringify(rule)}`);
  return rule.sizes;
};

describe('sendRuleForBackend', () => {
  it('SDXL under v1: exactly its list of sizes, 1024×1024 first', () => {
    const sizes = sizesOf(v1Info, 'stable-diffusion-xl-1024-v1-0');
    expect(sizes[0]).toEqual([1024, 1024]);
    expect(sizes).toContainEqual([1536, 640]);
    expect(sizes).not.toContainEqual([512, 512]);
    for (const [w, h] of sizes) expect(checkSize('stable-diffusion-xl-1024-v1-0', w, h, 'v1')).toBeNull();
  });

  it('a 512-class engine under v1alpha: every size of its area rule, each one the engine accepts', () => {
    const sizes = sizesOf(v1alphaInfo, 'stable-diffusion-v1-5');
    expect(sizes).toContainEqual([512, 512]);
    expect(sizes).toContainEqual([1024, 1024]);
    expect(sizes).not.toContainEqual([1088, 1024]);
    for (const [w, h] of sizes) expect(checkSize('stable-diffusion-v1-5', w, h)).toBeNull();
  });

  it('null for an engine that only upscales and for a backend that cannot inpaint', () => {
    expect(sendRuleForBackend(v1Info, UPSCALE_ENGINE_ID)).toBeNull();
    const noInpaint: BackendInfo = {
      ...v1Info,
      capabilities: { ...v1Info.capabilities, modes: ['text-to-image', 'image-to-image'] },
    };
    expect(sendRuleForBackend(noInpaint, 'stable-diffusion-v1-5')).toBeNull();
  });

  it('null when the backend picks sizes by aspect ratio in masking mode (no explicit rule to plan with)', () => {
    const byAspect: BackendInfo = {
      ...v1Info,
      fields: (engineId, mode) => ({
        ...v1Info.fields(engineId, mode),
        size: { kind: 'aspect-ratio', ratios: ['1:1', '16:9'], default: '1:1' },
      }),
    };
    expect(sendRuleForBackend(byAspect, 'stable-diffusion-xl-1024-v1-0')).toBeNull();
  });
});
