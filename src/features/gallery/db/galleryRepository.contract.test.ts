import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMemoryRepository } from './createMemoryRepository';
import { hashBlob } from './hashBlob';
import { openGalleryRepository } from './openGalleryRepository';
import { fakePng, fixturePng, recipe, REPOSITORY_IMPLEMENTATIONS, sameBytes } from './testSupport';
import type { ResultRecord } from './types';

describe.each(REPOSITORY_IMPLEMENTATIONS)('%s repository', (kind, open) => {
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

  it('keeps an inpaint result at the feather chosen for it, and leaves other results as they are', async () => {
    const repo = await open();
    const pasteBack = { region: { x: 8, y: 8, width: 64, height: 64 }, feather: 0, onlyMasked: true };
    await repo.addResult({ id: 'a', png: fakePng(5), recipe: { ...recipe(), pasteBack } });
    await repo.addResult({ id: 'b', png: fakePng(6), recipe: recipe() });
    expect((await repo.setFeather('a', 16))?.recipe.pasteBack).toEqual({ ...pasteBack, feather: 16 });
    expect((await repo.getResultMeta('a'))?.recipe.pasteBack?.feather).toBe(16);
    expect((await repo.setFeather('b', 16))?.recipe.pasteBack).toBeUndefined();
    expect(await repo.setFeather('nope', 16)).toBeUndefined();
  });
});
