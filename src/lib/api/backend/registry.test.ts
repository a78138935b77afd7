import { describe, expect, it } from 'vitest';
import { checkSize, validSizes } from '../sizeRules.ts';
import { validationContextOf } from '../validationContextOf.ts';
import { V1_RULES, V1ALPHA_RULES } from '../optionRules.ts';
import { engineSizes } from './engineSizes.ts';
import {
  BACKENDS,
  backendById,
  DEFAULT_BACKEND_ID,
  isBackendId,
  loadBackendRuntime,
  proposeBackend,
} from './registry.ts';

describe('backend registry', () => {
  it('lists the APIs oldest first, labelled for combobox "API version"', () => {
    expect(BACKENDS.map((b) => [b.id, b.label])).toEqual([
      ['v1alpha', 'v1alpha'],
      ['v1', 'v1'],
      ['v2beta', 'Stable Image (v2beta)'],
    ]);
    expect(DEFAULT_BACKEND_ID).toBe('v1alpha');
    expect(isBackendId('v1')).toBe(true);
    expect(isBackendId('v3')).toBe(false);
  });

  it('proposes the newest API Stability still serves for its host, nothing for other hosts', () => {
    expect(proposeBackend('https://api.stability.ai')).toBe('v2beta');
    expect(proposeBackend('https://api.stability.ai/')).toBe('v2beta');
    expect(proposeBackend('')).toBeNull();
    expect(proposeBackend('http://127.0.0.1:7860')).toBeNull();
  });

  it('loads each runtime on demand, once, with the same plain part', async () => {
    for (const info of BACKENDS) {
      const first = loadBackendRuntime(info.id);
      expect(loadBackendRuntime(info.id)).toBe(first);
      const { backend } = await first;
      expect(backend.id).toBe(info.id);
      expect(backend.capabilities).toBe(info.capabilities);
      expect(backendById(info.id)).toBe(info);
    }
  });
});

describe('validationContextOf', () => {
  const base = { engineId: 'stable-diffusion-v1-5', params: { prompts: [] } };
  it('builds the context validateOptions judges a request in, for each v1x API', () => {
    expect(
      validationContextOf({
        ...base,
        backend: 'v1alpha',
        mode: 'text-to-image',
        initImageSize: { width: 1, height: 1 },
      }),
    ).toEqual({
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-5',
      accept: 'application/json',
      hasMaskImage: false,
      rules: V1ALPHA_RULES,
    });
    expect(
      validationContextOf({
        ...base,
        backend: 'v1',
        mode: 'masking',
        initImageSize: { width: 512, height: 768 },
        maskImage: new Blob([]),
        accept: 'image/png',
      }),
    ).toEqual({
      mode: 'masking',
      engineId: 'stable-diffusion-v1-5',
      accept: 'image/png',
      hasMaskImage: true,
      initImageSize: { width: 512, height: 768 },
      rules: V1_RULES,
    });
    expect(() => validationContextOf({ ...base, backend: 'v1', mode: 'upscale' })).toThrow(RangeError);
  });
});

describe('engineSizes', () => {
  it('answers the panel and the canvas from the engine’s rule, without them knowing it', () => {
    const v1alpha = backendById('v1alpha');
    const sd = engineSizes(v1alpha, 'stable-diffusion-v1-5')!;
    expect(sd.problem(512, 512)).toBeNull();
    expect(sd.problem(500, 512)).toBe(checkSize('stable-diffusion-v1-5', 500, 512)?.message);
    expect(sd.all()).toEqual(validSizes('stable-diffusion-v1-5'));
    expect(sd.nativeArea).toBe(262_144);
    expect(engineSizes(v1alpha, 'stable-diffusion-xl-1024-v1-0')!.nativeArea).toBe(1024 * 1024);
    expect(engineSizes(v1alpha, 'stable-diffusion-768-v2-1')!.nativeArea).toBe(589_824);
    expect(engineSizes(backendById('v1'), 'stable-diffusion-v1-6')!.nativeArea).toBe(512 * 512);
    expect(engineSizes(backendById('v1'), 'esrgan-v1-x2plus', 'upscale')).toBeNull();
  });
});
