import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMemoryRepository } from './createMemoryRepository';
import { hashBlob } from './hashBlob';
import { openGalleryRepository } from './openGalleryRepository';
import { fakePng, fakeThumbnailer, fixturePng, recipe, sameBytes } from './testSupport';
import type { DeletedSnapshot, GalleryRepository, ResultRecord } from './types';

// The same behaviour is required of both implementations: the memory one stands in when IndexedDB is missing.
const implementations: [string, () => Promise<GalleryRepository>][] = [
  [
    'indexeddb',
    () =>
      openGalleryRepository({
        dbName: 'contract',
        idbFactory: new IDBFactory(),
        thumbnailer: fakeThumbnailer,
        estimateStorage: async () => ({ usage: 123_456, quota: 9_999_999 }),
      }),
  ],
  ['memory', async () => createMemoryRepository({ thumbnailer: fakeThumbnailer })],
];

describe.each(implementations)('%s repository', (kind, open) => {
  it('lists newest first, ties broken by insertion sequence', async () => {
    const repo = await open();
    for (const [id, createdAt] of [
      ['a', 1000],
      ['b', 2000],
      ['c', 2000],
      ['d', 1500],
    ] as const) {
      await repo.addResult({ id, png: fakePng(100), recipe: recipe({ createdAt }) });
    }
    const list = await repo.listResultMeta();
    expect(list.map((m) => m.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(list.map((m) => m.seq)).toEqual([3, 2, 4, 1]);
    expect(repo.kind).toBe(kind);
  });

  it('lists a batch in the order the engine sent it, before older results', async () => {
    const repo = await open();
    await repo.addResult({ id: 'old', png: fakePng(5), recipe: recipe({ createdAt: 100 }) });
    const batch = [0, 1, 2].map((i) => ({
      id: `s${i}`,
      png: fakePng(5, i),
      recipe: recipe({ createdAt: 200, seed: 40 + i }),
      runId: 'sweep',
      runLabel: 'Seed sweep ×3',
    }));
    const added = await repo.addResults(batch);
    expect(added.map((m) => m.id)).toEqual(['s0', 's1', 's2']);
    expect((await repo.listResultMeta()).map((m) => m.id)).toEqual(['s0', 's1', 's2', 'old']);
    // A later single result with the same time still goes first.
    await repo.addResult({ id: 'late', png: fakePng(5), recipe: recipe({ createdAt: 200 }) });
    expect((await repo.listResultMeta())[0]?.id).toBe('late');
  });

  it('refuses a batch with a duplicate id and stores none of it', async () => {
    const repo = await open();
    await repo.addResult({ id: 'a', png: fakePng(5), recipe: recipe() });
    // Written last to first, so 'b' is already in the transaction when 'a' collides.
    const batch = ['a', 'b'].map((id) => ({ id, png: fakePng(5), recipe: recipe() }));
    await expect(repo.addResults(batch)).rejects.toThrow();
    expect((await repo.listResultMeta()).map((m) => m.id)).toEqual(['a']);
    expect(await repo.getPng('b')).toBeUndefined();
  });

  it('stores PNG and thumbnail as Blobs, and meta carries no blob', async () => {
    const repo = await open();
    const png = fixturePng('init_image.png');
    const meta = await repo.addResult({
      id: 'r1',
      png,
      recipe: recipe(),
      runId: 'run1',
      runLabel: 'Seed sweep ×4',
    });
    expect(meta).toMatchObject({ pngSize: png.size, pngType: 'image/png', thumbSize: 16, favourite: false });
    const stored = await repo.getPng('r1');
    expect(stored).toBeInstanceOf(Blob);
    expect(stored?.size).toBe(png.size);
    expect(await sameBytes(stored, png)).toBe(true);
    const thumb = await repo.getThumb('r1');
    expect(thumb).toBeInstanceOf(Blob);
    expect(thumb?.size).toBe(16);
    expect(thumb?.type).toBe('image/webp');
    const [listed] = await repo.listResultMeta();
    expect(listed).not.toHaveProperty('png');
    expect(listed).not.toHaveProperty('thumb');
    expect(listed).toMatchObject({ runId: 'run1', runLabel: 'Seed sweep ×4', recipe: recipe() });
  });

  it('serves the PNG as thumbnail when the thumbnailer fails', async () => {
    const repo =
      kind === 'memory'
        ? createMemoryRepository({ thumbnailer: () => Promise.reject(new Error('no decoder')) })
        : await openGalleryRepository({
            idbFactory: new IDBFactory(),
            thumbnailer: () => Promise.reject(new Error('no decoder')),
          });
    const meta = await repo.addResult({ id: 'r', png: fakePng(300), recipe: recipe() });
    expect(meta.thumbSize).toBe(0);
    expect((await repo.getThumb('r'))?.size).toBe(300);
  });

  it('stores a shared init image and mask once, and deletes them with their last user', async () => {
    const repo = await open();
    const init = fixturePng('init_image.png');
    const mask = fixturePng('mask_image_white.png');
    const masking = recipe({ mode: 'masking' });
    const a = await repo.addResult({
      id: 'a',
      png: fakePng(10, 1),
      recipe: masking,
      initImage: init,
      maskImage: mask,
    });
    // A fresh Blob with the same bytes: dedup is by content, not identity.
    const initCopy = new Blob([await init.arrayBuffer()], { type: 'image/png' });
    const b = await repo.addResult({ id: 'b', png: fakePng(10, 2), recipe: masking, initImage: initCopy });
    const initHash = await hashBlob(init);
    const maskHash = await hashBlob(mask);
    expect(a.recipe.initImageHash).toBe(initHash);
    expect(a.recipe.maskImageHash).toBe(maskHash);
    expect(b.recipe.initImageHash).toBe(initHash);
    expect(b.recipe.maskImageHash).toBeUndefined();
    expect((await repo.estimateUsage()).inputCount).toBe(2);
    expect((await repo.getInput(initHash))?.size).toBe(init.size);

    await repo.deleteResults(['a']);
    expect(await repo.getInput(maskHash)).toBeUndefined();
    expect((await repo.getInput(initHash))?.size).toBe(init.size);
    await repo.deleteResults(['b']);
    expect(await repo.getInput(initHash)).toBeUndefined();
    expect((await repo.estimateUsage()).inputCount).toBe(0);
  });

  it('accepts an input by hash when already stored, and refuses an unknown hash without writing', async () => {
    const repo = await open();
    const init = fixturePng('init_image.png');
    const first = await repo.addResult({ id: 'a', png: fakePng(5), recipe: recipe(), initImage: init });
    const hash = first.recipe.initImageHash!;
    const rerun = await repo.addResult({
      id: 'b',
      png: fakePng(5),
      recipe: recipe({ initImageHash: hash, parentResultId: 'a' }),
    });
    expect(rerun.recipe).toMatchObject({ initImageHash: hash, parentResultId: 'a' });
    await expect(
      repo.addResult({ id: 'c', png: fakePng(5), recipe: recipe({ initImageHash: 'f'.repeat(64) }) }),
    ).rejects.toThrow(/not stored/);
    expect((await repo.listResultMeta()).map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('restores deleted results exactly, including inputs removed with them', async () => {
    const repo = await open();
    const init = fixturePng('init_image.png');
    await repo.addResult({
      id: 'a',
      png: fakePng(50, 1),
      recipe: recipe({ createdAt: 10 }),
      initImage: init,
    });
    await repo.addResult({ id: 'b', png: fakePng(60, 2), recipe: recipe({ createdAt: 20 }), runId: 'r' });
    await repo.addResult({ id: 'c', png: fakePng(70, 3), recipe: recipe({ createdAt: 30 }) });
    await repo.setFavourite('a', true);
    const before = await repo.listResultMeta();
    const beforeA = (await repo.getResult('a')) as ResultRecord;

    const snapshot = await repo.deleteResults(['a', 'b', 'missing']);
    expect(snapshot.results.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(snapshot.inputs).toHaveLength(1);
    expect(snapshot.results.every((r) => r.png instanceof Blob && r.thumb instanceof Blob)).toBe(true);
    expect((await repo.listResultMeta()).map((m) => m.id)).toEqual(['c']);
    expect(await repo.getPng('a')).toBeUndefined();
    expect(await repo.getThumb('a')).toBeUndefined();
    expect((await repo.estimateUsage()).inputCount).toBe(0);

    await repo.restoreResults(snapshot);
    expect(await repo.listResultMeta()).toEqual(before);
    const afterA = (await repo.getResult('a')) as ResultRecord;
    expect(afterA.favourite).toBe(true);
    expect(await sameBytes(afterA.png, beforeA.png)).toBe(true);
    expect(await repo.getInput(afterA.recipe.initImageHash!)).toBeInstanceOf(Blob);
  });

  it('keeps favourites', async () => {
    const repo = await open();
    await repo.addResult({ id: 'a', png: fakePng(5), recipe: recipe() });
    expect((await repo.setFavourite('a', true))?.favourite).toBe(true);
    expect((await repo.listResultMeta())[0]?.favourite).toBe(true);
    expect((await repo.setFavourite('a', false))?.favourite).toBe(false);
    expect(await repo.setFavourite('nope', true)).toBeUndefined();
  });

  it('tracks a run from start to finish, holding its inputs only while re-runnable', async () => {
    const repo = await open();
    const init = fixturePng('init_image.png');
    const {
      seed: _seed,
      finishReason: _fr,
      ...runRecipe
    } = recipe({ mode: 'image-to-image', createdAt: 500 });
    const run = await repo.startRun(runRecipe, { id: 'run1', label: 'Seed sweep ×2', initImage: init });
    expect(run).toMatchObject({ id: 'run1', status: 'running', label: 'Seed sweep ×2', resultIds: [] });
    const hash = run.recipe.initImageHash!;
    expect(await repo.getInput(hash)).toBeInstanceOf(Blob);

    await repo.addResult({
      id: 'x',
      png: fakePng(5),
      recipe: recipe({ initImageHash: hash }),
      runId: 'run1',
    });
    const finished = await repo.finishRun('run1', ['x']);
    expect(finished).toMatchObject({ status: 'finished', resultIds: ['x'], inputHashes: [] });
    expect(finished?.finishedAt).toBeTypeOf('number');
    // The result still holds the input; deleting it lets it go.
    expect(await repo.getInput(hash)).toBeInstanceOf(Blob);
    await repo.deleteResults(['x']);
    expect(await repo.getInput(hash)).toBeUndefined();

    const failing = await repo.startRun(runRecipe, { id: 'run2', initImage: init });
    const failed = await repo.failRun(failing.id, 'Engine unreachable');
    expect(failed).toMatchObject({ status: 'failed', error: 'Engine unreachable' });
    expect(await repo.getInput(hash)).toBeInstanceOf(Blob);
    expect((await repo.listRuns()).map((r) => r.id)).toEqual(['run2', 'run1']);
    await repo.dismissRun('run2');
    expect(await repo.getInput(hash)).toBeUndefined();
    expect((await repo.listRuns()).map((r) => r.id)).toEqual(['run1']);
    expect(await repo.finishRun('nope', [])).toBeUndefined();
    // Runs of this page load are never stale.
    await repo.startRun(runRecipe, { id: 'run3' });
    expect(await repo.markStaleRunsInterrupted()).toEqual([]);
  });

  it('saves, patches, loads and clears the draft', async () => {
    const repo = await open();
    expect(await repo.loadDraft()).toBeUndefined();
    const init = fixturePng('init_image.png');
    const mask = fixturePng('mask_image_black.png');
    await repo.saveDraft({ initImage: init, maskImage: mask, view: { zoom: 1.5, x: 10, y: -4 } });
    await repo.saveDraft({ view: { zoom: 2, x: 0, y: 0 } });
    const draft = await repo.loadDraft();
    expect(draft?.initImage).toBeInstanceOf(Blob);
    expect(draft?.initImage?.size).toBe(init.size);
    expect(draft?.maskImage?.size).toBe(mask.size);
    expect(draft?.view).toEqual({ zoom: 2, x: 0, y: 0 });
    expect(draft?.savedAt).toBeTypeOf('number');
    await repo.saveDraft({ maskImage: null });
    expect((await repo.loadDraft())?.maskImage).toBeUndefined();
    expect((await repo.loadDraft())?.initImage?.size).toBe(init.size);
    await repo.clearDraft();
    expect(await repo.loadDraft()).toBeUndefined();
  });

  it('sums the bytes it stores', async () => {
    const repo = await open();
    const init = fixturePng('init_image.png');
    const draftMask = fixturePng('mask_image_white.png');
    await repo.addResult({ id: 'a', png: fakePng(1000), recipe: recipe(), initImage: init });
    await repo.addResult({ id: 'b', png: fakePng(10), recipe: recipe(), initImage: init });
    await repo.saveDraft({ maskImage: draftMask });
    const usage = await repo.estimateUsage();
    expect(usage).toMatchObject({
      pngBytes: 1010,
      thumbBytes: 16 + 10,
      inputBytes: init.size,
      draftBytes: draftMask.size,
      galleryBytes: 1010 + 26 + init.size + draftMask.size,
      resultCount: 2,
      inputCount: 1,
    });
    if (kind === 'indexeddb') expect(usage).toMatchObject({ originUsage: 123_456, originQuota: 9_999_999 });
  });

  it('lists 5,000 results in order without blobs', async () => {
    const repo = await open();
    const base: DeletedSnapshot = { results: [], inputs: [] };
    // Seeded through restoreResults: one transaction, so the test stays quick while using the real path.
    for (let i = 0; i < 5000; i++) {
      const createdAt = 1_000 + ((i * 7919) % 5000); // shuffled insertion order
      base.results.push({
        id: `r${i}`,
        createdAt,
        seq: i + 1,
        favourite: i % 10 === 0,
        recipe: recipe({ createdAt, seed: i }),
        pngSize: 1,
        pngType: 'image/png',
        thumbSize: 1,
        inputHashes: [],
        png: fakePng(1, i % 256),
        thumb: fakePng(1, i % 256),
      });
    }
    await repo.restoreResults(base);
    const list = await repo.listResultMeta();
    expect(list).toHaveLength(5000);
    expect(list[0]?.createdAt).toBe(5_999);
    expect(list.at(-1)?.createdAt).toBe(1_000);
    expect(list.every((m, i) => i === 0 || list[i - 1]!.createdAt >= m.createdAt)).toBe(true);
    expect(list.some((m) => 'png' in m || 'thumb' in m)).toBe(false);
    expect(list.filter((m) => m.favourite)).toHaveLength(500);
  });
});
