import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { migrateRecipe } from './migrateRecipe';
import { openGalleryRepository } from './openGalleryRepository';
import { fakeThumbnailer, recipe } from './testSupport';

/** A recipe as the gallery stored it before the backend seam: v1alpha's wire options, no backend. */
const legacy = {
  mode: 'image-to-image' as const,
  engineId: 'stable-diffusion-v1-5',
  options: {
    text_prompts: [{ text: 'a red fox' }, { text: 'blurry', weight: -1 }],
    cfg_scale: 9,
    clip_guidance_preset: 'NONE' as const,
    samples: 2,
    seed: 41,
    steps: 30,
    sampler: 'K_EULER' as const,
    step_schedule_start: 0.65,
    step_schedule_end: 0.01,
  },
  createdAt: 100,
  initImageHash: 'abc',
  parentResultId: 'r0',
};

const migratedParams = {
  prompts: [
    { text: 'a red fox', weight: 1 },
    { text: 'blurry', weight: -1 },
  ],
  cfgScale: 9,
  clipGuidancePreset: 'NONE',
  samples: 2,
  seed: 41,
  steps: 30,
  sampler: 'K_EULER',
  imageStrength: 0.35,
  stepScheduleEnd: 0.01,
};

describe('migrateRecipe', () => {
  it('reads a recipe stored before the seam as v1alpha’s, with the same params; today’s shape passes as is', () => {
    expect(migrateRecipe({ ...legacy, seed: 41, finishReason: 'SUCCESS' } as never)).toEqual({
      backend: 'v1alpha',
      mode: 'image-to-image',
      engineId: 'stable-diffusion-v1-5',
      params: migratedParams,
      createdAt: 100,
      initImageHash: 'abc',
      parentResultId: 'r0',
      seed: 41,
      finishReason: 'SUCCESS',
    });
    const today = recipe();
    expect(migrateRecipe(today)).toBe(today);
  });
});

/** Opens `name` at schema version 1 (as the studio did before the seam) and stores raw records in it. */
async function writeVersion1(
  factory: IDBFactory,
  name: string,
  records: { results: object[]; runs: object[] },
) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(name, 1);
    open.onupgradeneeded = () => {
      const d = open.result;
      const results = d.createObjectStore('results', { keyPath: 'id' });
      results.createIndex('byOrder', ['createdAt', 'seq']);
      results.createIndex('byInput', 'inputHashes', { multiEntry: true });
      results.createIndex('byRun', 'runId');
      d.createObjectStore('pngs', { keyPath: 'id' });
      d.createObjectStore('thumbs', { keyPath: 'id' });
      d.createObjectStore('inputs', { keyPath: 'hash' });
      const runs = d.createObjectStore('runs', { keyPath: 'id' });
      runs.createIndex('byOrder', ['startedAt', 'seq']);
      runs.createIndex('byInput', 'inputHashes', { multiEntry: true });
      runs.createIndex('byStatus', 'status');
      d.createObjectStore('draft', { keyPath: 'key' });
      d.createObjectStore('meta', { keyPath: 'key' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['results', 'runs'], 'readwrite');
  for (const r of records.results) tx.objectStore('results').put(r);
  for (const r of records.runs) tx.objectStore('runs').put(r);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

describe('gallery database version 3', () => {
  it('rewrites results and runs stored before the seam once, so every read sees neutral recipes', async () => {
    const factory = new IDBFactory();
    await writeVersion1(factory, 'gesso-old', {
      results: [
        {
          id: 'old',
          createdAt: 100,
          seq: 1,
          favourite: false,
          recipe: { ...legacy, seed: 41, finishReason: 'SUCCESS' },
          pngSize: 1,
          pngType: 'image/png',
          thumbSize: 0,
          inputHashes: [],
        },
      ],
      runs: [
        {
          id: 'cut',
          recipe: legacy,
          status: 'interrupted',
          startedAt: 100,
          seq: 1,
          resultIds: [],
          pageLoadId: 'gone',
          inputHashes: [],
        },
      ],
    });
    const repo = await openGalleryRepository({
      dbName: 'gesso-old',
      idbFactory: factory,
      thumbnailer: fakeThumbnailer,
    });
    const [result] = await repo.listResultMeta();
    expect(result?.recipe).toMatchObject({ backend: 'v1alpha', params: migratedParams, seed: 41 });
    expect(result?.recipe).not.toHaveProperty('options');
    const [run] = await repo.listRuns();
    expect(run?.recipe).toMatchObject({ backend: 'v1alpha', mode: 'image-to-image', params: migratedParams });
    repo.close();
  });
});
