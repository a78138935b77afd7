import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { queryMatcher } from './matchesFilter';
import { fakePng, fixturePng, recipe, REPOSITORY_IMPLEMENTATIONS } from './testSupport';
import type { DeletedSnapshot, GalleryRepository, PageRequest, ResultMeta, ResultQuery } from './types';

/** `n` results seeded in one restore: shuffled times with ties, every 7th a favourite, 3 kinds of prompt. */
async function seed(repo: GalleryRepository, n: number): Promise<void> {
  const snapshot: DeletedSnapshot = { results: [], inputs: [] };
  for (let i = 0; i < n; i++) {
    const createdAt = 1_000 + ((i * 7919) % Math.ceil(n / 2)); // two results per time, in shuffled order
    const text = i % 50 === 0 ? `rare comet ${i}` : i % 2 ? `odd lighthouse ${i}` : `even harbour ${i}`;
    snapshot.results.push({
      id: `r${i}`,
      createdAt,
      seq: i + 1,
      favourite: i % 7 === 0,
      recipe: recipe({ createdAt, seed: i, params: { ...recipe().params, prompts: [{ text, weight: 1 }] } }),
      pngSize: 1,
      pngType: 'image/png',
      thumbSize: 1,
      inputHashes: [],
      png: fakePng(1, i % 256),
    });
  }
  await repo.restoreResults(snapshot);
}

/** Every page of a request, following `next` to the end. */
async function allPages(repo: GalleryRepository, request: Omit<PageRequest, 'after'>) {
  const pages: ResultMeta[][] = [];
  let after: PageRequest['after'];
  for (;;) {
    const page = await repo.listResultPage({ ...request, after });
    pages.push(page.items);
    expect(page.items.length).toBeLessThanOrEqual(request.limit);
    if (!page.next) return pages;
    expect(page.next).toEqual({ createdAt: page.items.at(-1)!.createdAt, seq: page.items.at(-1)!.seq });
    after = page.next;
  }
}

const ids = (metas: readonly ResultMeta[]) => metas.map((m) => m.id);

describe.each(REPOSITORY_IMPLEMENTATIONS)('%s repository: pages and counts', (_kind, open) => {
  it('pages through 1,234 results newest first, the same order as the full list, for every query', async () => {
    const repo = await open();
    await seed(repo, 1234);
    const everything = await repo.listResultMeta();
    const queries: (ResultQuery | undefined)[] = [
      undefined,
      { text: 'comet' },
      { favourite: true },
      { favourite: false, text: 'odd' },
      { text: 'no such prompt' },
    ];
    for (const query of queries) {
      const expected = everything.filter(queryMatcher(query));
      const pages = await allPages(repo, { query, limit: 100 });
      expect(ids(pages.flat())).toEqual(ids(expected));
      expect(await repo.countResults(query)).toBe(expected.length);
    }
    expect(await repo.countResults()).toBe(1234);
    expect(await repo.countResults({ text: 'comet' })).toBe(25);
    // Oldest first is the exact reverse: what "free space" deletes first.
    const oldest = await allPages(repo, { query: { favourite: false }, limit: 333, order: 'oldest' });
    expect(ids(oldest.flat())).toEqual(ids(everything.filter((m) => !m.favourite).reverse()));
  });

  it('ends with next = null, and an empty gallery has one empty page', async () => {
    const repo = await open();
    expect(await repo.listResultPage({ limit: 10 })).toEqual({ items: [], next: null });
    expect(await repo.countResults()).toBe(0);
    for (const [id, createdAt] of [
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ] as const) {
      await repo.addResult({ id, png: fakePng(3), recipe: recipe({ createdAt }) });
    }
    const first = await repo.listResultPage({ limit: 2 });
    expect(ids(first.items)).toEqual(['c', 'b']);
    const second = await repo.listResultPage({ limit: 2, after: first.next! });
    expect(second).toMatchObject({ next: null });
    expect(ids(second.items)).toEqual(['a']);
    expect(ids((await repo.listResultPage({ limit: 1, after: { createdAt: 2, seq: 3 } })).items)).toEqual([
      'b',
    ]);
  });

  it('keeps its place when newer results arrive and when the cursor’s own result is deleted', async () => {
    const repo = await open();
    for (let i = 0; i < 6; i++) {
      await repo.addResult({ id: `r${i}`, png: fakePng(3), recipe: recipe({ createdAt: 100 + i }) });
    }
    const first = await repo.listResultPage({ limit: 3 });
    expect(ids(first.items)).toEqual(['r5', 'r4', 'r3']);
    await repo.addResult({ id: 'new', png: fakePng(3), recipe: recipe({ createdAt: 999 }) });
    await repo.deleteResults(['r3']);
    expect(ids((await repo.listResultPage({ limit: 3, after: first.next! })).items)).toEqual([
      'r2',
      'r1',
      'r0',
    ]);
  });

  it('reads one result’s record, and a run’s results through its index', async () => {
    const repo = await open();
    await repo.addResults(
      [0, 1, 2].map((i) => ({
        id: `s${i}`,
        png: fakePng(4, i),
        recipe: recipe({ createdAt: 50 }),
        runId: 'sweep',
      })),
    );
    await repo.addResult({ id: 'other', png: fakePng(4), recipe: recipe({ createdAt: 60 }), runId: 'x' });
    expect(ids(await repo.listRunResults('sweep'))).toEqual(['s0', 's1', 's2']);
    expect(await repo.listRunResults('none')).toEqual([]);
    const meta = await repo.getResultMeta('s1');
    expect(meta).toMatchObject({ id: 's1', runId: 'sweep', pngSize: 4 });
    expect(meta).not.toHaveProperty('png');
    expect(await repo.getResultMeta('missing')).toBeUndefined();
  });

  it('lists runs by status without reading the others', async () => {
    const repo = await open();
    const { seed: _s, finishReason: _f, ...runRecipe } = recipe({ createdAt: 5 });
    await repo.startRun(runRecipe, { id: 'a' });
    await repo.startRun({ ...runRecipe, createdAt: 6 }, { id: 'b' });
    await repo.finishRun('a', []);
    expect((await repo.listRuns('running')).map((r) => r.id)).toEqual(['b']);
    expect((await repo.listRuns('finished')).map((r) => r.id)).toEqual(['a']);
    expect(await repo.listRuns('interrupted')).toEqual([]);
  });

  it('keeps its counts and byte totals equal to what it stores, through adds, deletes, undo, runs and dismissal', async () => {
    const repo = await open();
    const init = fixturePng('init_image.png');
    const mask = fixturePng('mask_image_white.png');
    const expectBytes = async (png: number, thumb: number, input: number, results: number) => {
      expect(await repo.estimateUsage()).toMatchObject({
        pngBytes: png,
        thumbBytes: thumb,
        inputBytes: input,
        resultCount: results,
        inputCount: input === 0 ? 0 : input === init.size ? 1 : 2,
        galleryBytes: png + thumb + input,
      });
      expect(await repo.countResults()).toBe(results);
    };
    await repo.addResult({ id: 'a', png: fakePng(100), recipe: recipe(), initImage: init });
    // The same init image again is stored once: its bytes count once.
    await repo.addResult({ id: 'b', png: fakePng(8), recipe: recipe(), initImage: init });
    await expectBytes(108, 16 + 8, init.size, 2);
    const snapshot = await repo.deleteResults(['a', 'b']);
    await expectBytes(0, 0, 0, 0);
    await repo.restoreResults(snapshot);
    await repo.restoreResults(snapshot); // a repeated undo changes nothing
    await expectBytes(108, 24, init.size, 2);
    const { seed: _s, finishReason: _f, ...runRecipe } = recipe({ mode: 'masking' });
    await repo.startRun(runRecipe, { id: 'run', initImage: init, maskImage: mask });
    await expectBytes(108, 24, init.size + mask.size, 2);
    await repo.dismissRun('run');
    await expectBytes(108, 24, init.size, 2);
    await repo.deleteResults(['a']);
    await expectBytes(8, 8, init.size, 1);
  });
});
