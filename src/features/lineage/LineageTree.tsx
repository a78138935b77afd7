import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { cx } from '../../components/ui';
import type { GalleryItem } from '../gallery';
import { ResultThumbnail } from './galleryViews';
import { treeKey, visibleRows, type LineageNode, type TreeRow } from './lineageTree';

const MODE_NAMES: Record<string, string> = {
  'text-to-image': 'text to image',
  'image-to-image': 'image to image',
  masking: 'inpaint',
  upscale: 'upscale',
};

/** A node's accessible name: "Seed 42, inpaint", or "Original image" for an upload. */
export function nodeName(node: LineageNode<GalleryItem>): string {
  const r = node.result;
  return r ? `Seed ${r.recipe.seed}, ${MODE_NAMES[r.recipe.mode] ?? r.recipe.mode}` : 'Original image';
}

export interface LineageTreeProps {
  root: LineageNode<GalleryItem>;
  /** The node shown now (on stage, or the canvas's image): selected. */
  currentKey: string | undefined;
  /** The node keyboard focus is on; the panel's "Edit on canvas" acts on it. */
  focusedKey: string;
  onFocus: (key: string) => void;
  /** A click, Enter or Space on a node. */
  onActivate: (node: LineageNode<GalleryItem>) => void;
}

/**
 * tree "Versions": the lineage as a WAI-ARIA tree (nested groups, aria-level/posinset/setsize), one tab
 * stop, roving focus (↑/↓, ←/→ close/open or move to parent/child, Home/End), Enter/Space/click activate.
 */
export function LineageTree({ root, currentKey, focusedKey, onFocus, onActivate }: LineageTreeProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => visibleRows(root, collapsed), [root, collapsed]);
  const byKey = useMemo(() => new Map(rows.map((r) => [r.node.key, r])), [rows]);
  const focused = byKey.has(focusedKey) ? focusedKey : root.key;
  const treeRef = useRef<HTMLUListElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    // Focus follows the keys only once the tree has it: a new tree never steals focus from elsewhere.
    if (!moved) return;
    treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }, [focused, moved]);

  const onKeyDown = (e: KeyboardEvent) => {
    const move = treeKey(rows, focused, e.key);
    if (!move || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    e.stopPropagation();
    setMoved(true);
    if ('focus' in move) onFocus(move.focus);
    else if ('expand' in move) setCollapsed((c) => new Set([...c].filter((k) => k !== move.expand)));
    else if ('collapse' in move) setCollapsed((c) => new Set(c).add(move.collapse));
    else {
      const row = byKey.get(move.activate);
      if (row) onActivate(row.node);
    }
  };

  const renderRow = (row: TreeRow<GalleryItem>) => {
    const { node } = row;
    const kids = row.expanded ? rows.filter((r) => r.parentKey === node.key) : [];
    return (
      <li
        key={node.key}
        role="treeitem"
        data-key={node.key}
        aria-label={nodeName(node)}
        aria-level={row.level}
        aria-posinset={row.posinset}
        aria-setsize={row.setsize}
        aria-expanded={row.expanded}
        aria-selected={node.key === currentKey}
        tabIndex={node.key === focused ? 0 : -1}
        className="outline-none focus-visible:[&>div]:ring-2 focus-visible:[&>div]:ring-accent-500"
        onFocus={(e) => e.target === e.currentTarget && onFocus(node.key)}
        onClick={(e) => {
          e.stopPropagation();
          onFocus(node.key);
          onActivate(node);
        }}
      >
        <div
          className={cx(
            'flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-xs hover:bg-ink-800',
            node.key === currentKey ? 'bg-ink-700 text-paper-100' : 'text-paper-300',
          )}
          style={{ paddingLeft: `${(row.level - 1) * 14 + 4}px` }}
        >
          {node.result ? (
            <ResultThumbnail
              id={node.result.id}
              className="h-7 w-7 shrink-0 rounded bg-ink-800 object-cover"
            />
          ) : (
            <span className="h-7 w-7 shrink-0 rounded border border-dashed border-ink-600" />
          )}
          <span className="truncate">{nodeName(node)}</span>
        </div>
        {kids.length > 0 && <ul role="group">{kids.map(renderRow)}</ul>}
      </li>
    );
  };

  const [top] = rows;
  return (
    <ul ref={treeRef} role="tree" aria-label="Versions" className="flex flex-col" onKeyDown={onKeyDown}>
      {top && renderRow(top)}
    </ul>
  );
}
