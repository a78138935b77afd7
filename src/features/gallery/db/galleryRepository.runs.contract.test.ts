import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakePng, fixturePng, recipe, REPOSITORY_IMPLEMENTATIONS } from './testSupport';
import type { DeletedSnapshot } from './types';

describe.each(REPOSITORY_IMPLEMENTATIONS)('%s repository: runs, draft, usage', (kind, open) => {
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
