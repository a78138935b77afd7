import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakePng, fixturePng, recipe, REPOSITORY_IMPLEMENTATIONS } from './testSupport';

describe.each(REPOSITORY_IMPLEMENTATIONS)('%s repository: lineage and inputs', (_kind, open) => {
  it('lists the results made from a result, newest first, and none for a leaf or an unknown id', async () => {
    const repo = await open();
    await repo.addResult({ id: 'root', png: fakePng(4), recipe: recipe({ createdAt: 100 }) });
    const init = fakePng(9, 7);
    for (const [id, createdAt] of [
      ['a', 200],
      ['b', 300],
    ] as const) {
      await repo.addResult({
        id,
        png: fakePng(5),
        recipe: recipe({ mode: 'image-to-image', createdAt, parentResultId: 'root' }),
        initImage: init,
      });
    }
    await repo.addResult({
      id: 'grandchild',
      png: fakePng(6),
      recipe: recipe({ mode: 'image-to-image', createdAt: 400, parentResultId: 'a' }),
      initImage: init,
    });
    expect((await repo.listChildResults('root')).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await repo.listChildResults('a')).map((r) => r.id)).toEqual(['grandchild']);
    expect(await repo.listChildResults('grandchild')).toEqual([]);
    expect(await repo.listChildResults('nope')).toEqual([]);
    // A deleted child leaves its parent's list.
    await repo.deleteResults(['b']);
    expect((await repo.listChildResults('root')).map((r) => r.id)).toEqual(['a']);
  });

  it('lists the results that used an input, as init image or as mask, newest first', async () => {
    const repo = await open();
    const init = fixturePng('init_image.png');
    const mask = fixturePng('mask_image_white.png');
    await repo.addResult({
      id: 'masked',
      png: fakePng(5),
      recipe: recipe({ mode: 'masking', createdAt: 300 }),
      initImage: init,
      maskImage: mask,
    });
    await repo.addResult({
      id: 'varied',
      png: fakePng(6),
      recipe: recipe({ mode: 'image-to-image', createdAt: 200 }),
      initImage: init,
    });
    await repo.addResult({ id: 'plain', png: fakePng(7), recipe: recipe({ createdAt: 400 }) });
    const masked = await repo.getResultMeta('masked');
    const initHash = masked?.recipe.initImageHash ?? '';
    const maskHash = masked?.recipe.maskImageHash ?? '';
    expect((await repo.listInputResults(initHash)).map((r) => r.id)).toEqual(['masked', 'varied']);
    expect((await repo.listInputResults(maskHash)).map((r) => r.id)).toEqual(['masked']);
    expect(await repo.listInputResults('0'.repeat(64))).toEqual([]);
  });
});
