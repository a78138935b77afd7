import { beforeEach, describe, expect, it } from 'vitest';
import { backendById, engineSizes } from '../../lib/api/studio';
import { createJSONStorage } from 'zustand/middleware';
import type { GenerationOptions } from './generationOptions';
import { OPTIONS_VERSION, migrateOptions } from './migrateOptions';
import { OPTIONS_STORAGE_KEY, createOptionsStore } from './optionsStore';
import { memoryStorage } from '../../lib/storage/memoryStorage';

/** A Storage over a Map, so persistence can be read back like localStorage. */

let backing: Storage;
const makeStore = () => createOptionsStore(createJSONStorage<GenerationOptions>(() => backing));

beforeEach(() => {
  backing = memoryStorage();
});

describe('options store actions', () => {
  it('adds, edits, reorders and removes prompt rows, keeping at least one', () => {
    const store = makeStore();
    const s = () => store.getState();
    s().setPromptText(s().prompts[0]!.id, 'first');
    s().addPrompt();
    s().setPromptText(s().prompts[1]!.id, 'second');
    s().setPromptWeight(s().prompts[1]!.id, -1);
    expect(s().prompts.map((p) => [p.text, p.weight])).toEqual([
      ['first', 1],
      ['second', -1],
    ]);
    s().movePrompt(s().prompts[1]!.id, -1);
    expect(s().prompts.map((p) => p.text)).toEqual(['second', 'first']);
    s().movePrompt(s().prompts[0]!.id, -1); // already first: no-op
    expect(s().prompts.map((p) => p.text)).toEqual(['second', 'first']);
    s().removePrompt(s().prompts[0]!.id);
    expect(s().prompts.map((p) => p.text)).toEqual(['first']);
    s().removePrompt(s().prompts[0]!.id);
    expect(s().prompts).toHaveLength(1);
  });

  it('swaps the size and snaps it when the engine changes', () => {
    const store = makeStore();
    store.getState().setSize(768, 512);
    store.getState().swapSize();
    expect([store.getState().width, store.getState().height]).toEqual([512, 768]);
    const xl = 'stable-diffusion-xl-1024-v1-0';
    store.getState().setEngine(xl, engineSizes(backendById('v1alpha'), xl));
    expect([store.getState().width, store.getState().height]).toEqual([832, 1216]);
  });

  it('keeps the image-mode fields, which buildGenerationRequest turns into step_schedule_start etc.', () => {
    const store = makeStore();
    expect(store.getState().imageStrength).toBe(0.35);
    store.getState().setImageStrength(0.8);
    store.getState().setStepScheduleEnd(0.1);
    store.getState().setMaskSource('INIT_IMAGE_ALPHA');
    expect([
      store.getState().imageStrength,
      store.getState().stepScheduleEnd,
      store.getState().maskSource,
    ]).toEqual([0.8, 0.1, 'INIT_IMAGE_ALPHA']);
  });

  it('persists options (not actions) under a versioned key and restores them', async () => {
    const store = makeStore();
    store.getState().setSeed(1234);
    store.getState().setSampler('K_LMS');
    const raw = JSON.parse(backing.getItem(OPTIONS_STORAGE_KEY) ?? '{}') as {
      version: number;
      state: Record<string, unknown>;
    };
    expect(raw.version).toBe(OPTIONS_VERSION);
    expect(raw.state.seed).toBe(1234);
    expect(raw.state.setSeed).toBeUndefined();

    const again = makeStore();
    await again.persist.rehydrate();
    expect(again.getState().seed).toBe(1234);
    expect(again.getState().sampler).toBe('K_LMS');
  });

  it('restores an emptied number field (stored as null) as its default', async () => {
    const store = makeStore();
    store.getState().setSteps(Number.NaN);
    const again = makeStore();
    await again.persist.rehydrate();
    expect(again.getState().steps).toBe(50);
  });

  it('migrates an older blob through migrate()', async () => {
    backing.setItem(
      OPTIONS_STORAGE_KEY,
      JSON.stringify({ version: 0, state: { prompt: 'a lighthouse', negativePrompt: 'fog', seed: 9 } }),
    );
    const store = makeStore();
    await store.persist.rehydrate();
    expect(store.getState().prompts.map((p) => [p.text, p.weight])).toEqual([
      ['a lighthouse', 1],
      ['fog', -1],
    ]);
    expect(store.getState().seed).toBe(9);
  });
});

describe('migrateOptions', () => {
  it('resets only the fields that are invalid', () => {
    const out = migrateOptions(
      {
        prompts: [{ id: 'x', text: 'cat', weight: 2 }, { text: 5 }],
        engineId: 'stable-diffusion-512-v2-1',
        sampler: 'NOT_A_SAMPLER',
        clipGuidancePreset: 'SLOW',
        cfgScale: 'high',
        maskSource: 'INIT_IMAGE_ALPHA',
      },
      OPTIONS_VERSION,
    );
    expect(out.prompts).toEqual([{ id: 'x', text: 'cat', weight: 2 }]);
    expect(out.engineId).toBe('stable-diffusion-512-v2-1');
    expect(out.sampler).toBeNull();
    expect(out.clipGuidancePreset).toBe('SLOW');
    expect(out.cfgScale).toBe(7);
    expect(out.maskSource).toBe('INIT_IMAGE_ALPHA');
    expect(out.imageStrength).toBe(0.35);
    expect(out.stepScheduleEnd).toBe(0.01);
  });

  it('reads the Stable Image fields (aspect ratio, grow mask, Erase), defaulting those older blobs lack', () => {
    const stored = migrateOptions(
      { aspectRatio: '21:9', growMask: 40, maskAction: 'erase' },
      OPTIONS_VERSION,
    );
    expect([stored.aspectRatio, stored.growMask, stored.maskAction]).toEqual(['21:9', 40, 'erase']);
    const old = migrateOptions({ aspectRatio: '', growMask: null, maskAction: 'paint' }, OPTIONS_VERSION);
    expect([old.aspectRatio, old.growMask, old.maskAction]).toEqual(['1:1', 5, 'inpaint']);
  });

  it('turns junk into the defaults with one empty prompt', () => {
    const out = migrateOptions('garbage', 0);
    expect(out.prompts).toHaveLength(1);
    expect(out.prompts[0]?.text).toBe('');
    expect(out.width).toBe(512);
  });
});
