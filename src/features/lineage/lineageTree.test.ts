import { describe, expect, it } from 'vitest';
import {
  generations,
  loadLineage,
  originalKey,
  treeKey,
  visibleRows,
  type LineageNode,
  type LineageResult,
  type LineageSource,
} from './lineageTree';

let seq = 0;
function result(id: string, recipe: LineageResult['recipe'] = {}, createdAt = ++seq): LineageResult {
  return { id, createdAt, seq: createdAt, recipe };
}

/** The gallery's indexes over a list of records, counting reads (the tree must not scan the gallery). */
function sourceOf(records: LineageResult[]) {
  const reads = { meta: 0, children: 0, input: 0 };
  const source: LineageSource<LineageResult> = {
    getMeta: async (id) => (reads.meta++, records.find((r) => r.id === id)),
    childResults: async (id) => (reads.children++, records.filter((r) => r.recipe.parentResultId === id)),
    inputResults: async (hash) => (
      reads.input++,
      records.filter((r) => r.recipe.initImageHash === hash || r.recipe.maskImageHash === hash)
    ),
  };
  return { source, reads };
}

/** The tree as nested [key, children] pairs, for readable assertions. */
const shape = (node: LineageNode): unknown => [node.key, node.children.map(shape)];

describe('loadLineage', () => {
  // generate → Edit on canvas → inpaint ×2 (a branch) → Edit on canvas from one → inpaint.
  const gen = result('gen');
  const a = result('a', { parentResultId: 'gen', initImageHash: 'h-gen', maskImageHash: 'm1' });
  const b = result('b', { parentResultId: 'gen', initImageHash: 'h-gen', maskImageHash: 'm2' });
  const c = result('c', { parentResultId: 'a', initImageHash: 'h-a', maskImageHash: 'm3' });
  const other = result('other');
  const records = [other, c, b, a, gen];

  it('finds the same tree from any node: the first result, every child oldest first, their children', async () => {
    for (const start of ['gen', 'a', 'b', 'c']) {
      const lineage = await loadLineage(start, sourceOf(records).source);
      expect(shape(lineage!.root)).toEqual([
        'gen',
        [
          ['a', [['c', []]]],
          ['b', []],
        ],
      ]);
      expect(lineage?.truncated).toBe(false);
      expect(generations(lineage!.root)).toBe(3);
    }
  });

  it('reads through the indexes: one read per node, never the whole gallery', async () => {
    const { source, reads } = sourceOf(records);
    await loadLineage('c', source);
    expect(reads).toEqual({ meta: 3, children: 4, input: 0 });
  });

  it('roots an upload at its original picture: its first edits are the results of it without a parent', async () => {
    const first = result('first', { initImageHash: 'upload', maskImageHash: 'm' });
    const second = result('second', { initImageHash: 'upload' });
    const next = result('next', { parentResultId: 'first', initImageHash: 'h-first' });
    // Uses the upload as a mask only: not made from it.
    const maskOnly = result('mask-only', { initImageHash: 'x', maskImageHash: 'upload' });
    const lineage = await loadLineage('next', sourceOf([first, second, next, maskOnly]).source);
    expect(shape(lineage!.root)).toEqual([
      originalKey('upload'),
      [
        ['first', [['next', []]]],
        ['second', []],
      ],
    ]);
    expect(lineage?.root.hash).toBe('upload');
  });

  it('starts at the first result still there when a parent was deleted, and is undefined for an unknown id', async () => {
    const orphan = result('orphan', { parentResultId: 'gone', initImageHash: 'h-gone' });
    const kid = result('kid', { parentResultId: 'orphan' });
    const lineage = await loadLineage('kid', sourceOf([orphan, kid]).source);
    expect(shape(lineage!.root)).toEqual(['orphan', [['kid', []]]]);
    expect(await loadLineage('nope', sourceOf([orphan]).source)).toBeUndefined();
  });

  it('survives a cycle in corrupt records and stops at the node budget, saying so', async () => {
    const x = result('x', { parentResultId: 'y' });
    const y = result('y', { parentResultId: 'x' });
    const cyclic = await loadLineage('x', sourceOf([x, y]).source);
    expect(cyclic?.root.key).toBe('y');
    expect(shape(cyclic!.root)).toEqual(['y', [['x', []]]]);

    const many = [gen, ...Array.from({ length: 10 }, (_, i) => result(`k${i}`, { parentResultId: 'gen' }))];
    const capped = await loadLineage('gen', sourceOf(many).source, 5);
    expect(capped?.root.children).toHaveLength(4);
    expect(capped?.truncated).toBe(true);
  });
});

describe('visibleRows and treeKey', () => {
  const leaf = (key: string): LineageNode => ({ key, children: [] });
  const root: LineageNode = {
    key: 'r',
    children: [{ key: 'a', children: [leaf('a1'), leaf('a2')] }, leaf('b')],
  };

  it('lists rows depth first with level, position and expansion, skipping collapsed children', () => {
    const rows = visibleRows(root, new Set());
    expect(rows.map((r) => [r.node.key, r.level, r.posinset, r.setsize, r.expanded])).toEqual([
      ['r', 1, 1, 1, true],
      ['a', 2, 1, 2, true],
      ['a1', 3, 1, 2, undefined],
      ['a2', 3, 2, 2, undefined],
      ['b', 2, 2, 2, undefined],
    ]);
    expect(visibleRows(root, new Set(['a'])).map((r) => r.node.key)).toEqual(['r', 'a', 'b']);
  });

  it('moves focus, opens and closes nodes, and activates, as the WAI-ARIA tree pattern does', () => {
    const rows = visibleRows(root, new Set());
    expect(treeKey(rows, 'a', 'ArrowDown')).toEqual({ focus: 'a1' });
    expect(treeKey(rows, 'a', 'ArrowUp')).toEqual({ focus: 'r' });
    expect(treeKey(rows, 'r', 'ArrowUp')).toBeNull();
    expect(treeKey(rows, 'b', 'ArrowDown')).toBeNull();
    expect(treeKey(rows, 'a1', 'Home')).toEqual({ focus: 'r' });
    expect(treeKey(rows, 'a1', 'End')).toEqual({ focus: 'b' });
    expect(treeKey(rows, 'a', 'ArrowRight')).toEqual({ focus: 'a1' });
    expect(treeKey(rows, 'a', 'ArrowLeft')).toEqual({ collapse: 'a' });
    expect(treeKey(rows, 'a2', 'ArrowLeft')).toEqual({ focus: 'a' });
    expect(treeKey(rows, 'r', 'ArrowLeft')).toEqual({ collapse: 'r' });
    expect(treeKey(rows, 'a1', 'Enter')).toEqual({ activate: 'a1' });
    expect(treeKey(rows, 'a1', 'x')).toBeNull();
    const closed = visibleRows(root, new Set(['a']));
    expect(treeKey(closed, 'a', 'ArrowRight')).toEqual({ expand: 'a' });
  });
});
