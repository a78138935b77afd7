/** What the tree needs of a stored result: its id, its place in time and how it was made. */
export interface LineageResult {
  id: string;
  createdAt: number;
  seq: number;
  recipe: { parentResultId?: string; initImageHash?: string; maskImageHash?: string };
}

/** One node: a result, or the original picture a first edit started from (an upload: no result). */
export interface LineageNode<T extends LineageResult = LineageResult> {
  /** The result's id, or `original:<hash>` for the uploaded original. */
  key: string;
  result?: T;
  /** The original's input hash (only for the original). */
  hash?: string;
  /** Oldest first: the tree reads top-down in the order things were made. */
  children: LineageNode<T>[];
}

/** Where the tree is read from: the gallery's records and indexes (no second source of truth). */
export interface LineageSource<T extends LineageResult> {
  getMeta(id: string): Promise<T | undefined>;
  /** Results whose `recipe.parentResultId` is `id` (an index). */
  childResults(id: string): Promise<T[]>;
  /** Results that used input `hash` (an index). */
  inputResults(hash: string): Promise<T[]>;
}

export interface Lineage<T extends LineageResult> {
  root: LineageNode<T>;
  /** More than `maxNodes` results: the rest were left out. */
  truncated: boolean;
}

/**
 * Most nodes read for one tree: a long session of branching stays far below it, and a gallery of any size
 * costs at most this many index reads.
 */
export const MAX_LINEAGE_NODES = 400;

const oldestFirst = (a: LineageResult, b: LineageResult) => a.createdAt - b.createdAt || a.seq - b.seq;

/** The key of the original picture with input hash `hash`. */
export const originalKey = (hash: string) => `original:${hash}`;

/**
 * The whole tree `startId` belongs to: up through `recipe.parentResultId` to the first result (stopping
 * at a parent that is gone), then to the original upload it was made from when it was made from one
 * (results of that picture with no parent result are its first edits), then down every child. Each
 * result appears once; cycles (corrupt records) cannot loop. Undefined when `startId` does not exist.
 */
export async function loadLineage<T extends LineageResult>(
  startId: string,
  source: LineageSource<T>,
  maxNodes = MAX_LINEAGE_NODES,
): Promise<Lineage<T> | undefined> {
  let top = await source.getMeta(startId);
  if (!top) return undefined;
  const seen = new Set([top.id]);
  for (let parentId = top.recipe.parentResultId; parentId && !seen.has(parentId);) {
    const parent = await source.getMeta(parentId);
    if (!parent) break;
    seen.add(parent.id);
    top = parent;
    parentId = parent.recipe.parentResultId;
  }
  let budget = maxNodes;
  let truncated = false;
  const placed = new Set<string>();
  const take = (results: T[]): LineageNode<T>[] => {
    const nodes: LineageNode<T>[] = [];
    for (const result of [...results].sort(oldestFirst)) {
      if (placed.has(result.id)) continue;
      if (budget <= 0) {
        truncated = true;
        break;
      }
      budget--;
      placed.add(result.id);
      nodes.push({ key: result.id, result, children: [] });
    }
    return nodes;
  };
  const hash = top.recipe.initImageHash;
  let root: LineageNode<T>;
  let frontier: LineageNode<T>[];
  if (!top.recipe.parentResultId && hash) {
    // An upload edited directly: its first edits are the results of that picture with no parent result.
    const firsts = (await source.inputResults(hash)).filter(
      (r) => r.recipe.initImageHash === hash && !r.recipe.parentResultId,
    );
    root = { key: originalKey(hash), hash, children: take(firsts) };
    frontier = root.children;
  } else {
    [root] = take([top]) as [LineageNode<T>];
    frontier = [root];
  }
  while (frontier.length > 0 && budget > 0) {
    const next: LineageNode<T>[] = [];
    for (const node of frontier) {
      if (!node.result) continue;
      node.children = take(await source.childResults(node.result.id));
      next.push(...node.children);
    }
    frontier = next;
  }
  // Nodes whose children were never read: there may be more.
  if (frontier.length > 0) truncated = true;
  return { root, truncated };
}

/** A node as the tree widget lists it: depth and place among its siblings, for aria-level/posinset/setsize. */
export interface TreeRow<T extends LineageResult = LineageResult> {
  node: LineageNode<T>;
  level: number;
  posinset: number;
  setsize: number;
  parentKey: string | null;
  expanded: boolean | undefined;
}

/** The rows a tree shows, depth first, skipping the children of collapsed nodes. Pure. */
export function visibleRows<T extends LineageResult>(
  root: LineageNode<T>,
  collapsed: ReadonlySet<string>,
): TreeRow<T>[] {
  const rows: TreeRow<T>[] = [];
  const walk = (node: LineageNode<T>, level: number, pos: number, size: number, parent: string | null) => {
    const open = node.children.length > 0 ? !collapsed.has(node.key) : undefined;
    rows.push({ node, level, posinset: pos, setsize: size, parentKey: parent, expanded: open });
    if (open) node.children.forEach((c, i) => walk(c, level + 1, i + 1, node.children.length, node.key));
  };
  walk(root, 1, 1, 1, null);
  return rows;
}

/** What a key does in the tree (WAI-ARIA tree pattern): focus another row, or expand/collapse one. */
export type TreeMove =
  { focus: string } | { expand: string } | { collapse: string } | { activate: string } | null;

/**
 * The tree's keys: ↑/↓ previous/next row, → opens a closed node or goes to its first child, ← closes an
 * open node or goes to its parent, Home/End first/last row, Enter/Space activate. Pure.
 */
export function treeKey(rows: readonly TreeRow[], focused: string, key: string): TreeMove {
  const i = rows.findIndex((r) => r.node.key === focused);
  const row = rows[i];
  if (!row) return null;
  const at = (j: number) => rows[j]?.node.key;
  switch (key) {
    case 'ArrowDown':
      return at(i + 1) ? { focus: at(i + 1) as string } : null;
    case 'ArrowUp':
      return at(i - 1) ? { focus: at(i - 1) as string } : null;
    case 'Home':
      return { focus: at(0) as string };
    case 'End':
      return { focus: at(rows.length - 1) as string };
    case 'ArrowRight':
      if (row.expanded === false) return { expand: focused };
      return row.expanded ? { focus: at(i + 1) as string } : null;
    case 'ArrowLeft':
      if (row.expanded) return { collapse: focused };
      return row.parentKey ? { focus: row.parentKey } : null;
    case 'Enter':
    case ' ':
      return { activate: focused };
    default:
      return null;
  }
}

/** How many generations the tree spans (its depth). */
export function generations(root: LineageNode): number {
  return 1 + Math.max(0, ...root.children.map(generations));
}
