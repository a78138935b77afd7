import { useState } from 'react';
import { Button } from '../../components/ui';
import { loadInitImage, useCanvasParentResultId, useCanvasSummary } from '../canvas';
import { useGalleryStore, type GalleryItem } from '../gallery';
import { showCanvas, showResult, useCentreView, useStagedId } from '../stage';
import { generations, type LineageNode } from './lineageTree';
import { LineageTree } from './LineageTree';
import { useLineage } from './useLineage';

export interface HistoryPanelProps {
  /** "Edit on canvas" of a result (the gallery's "Use as init image": what is made from it names it as parent). */
  onEditOnCanvas?: (item: GalleryItem) => void;
}

/** The result whose tree is drawn: the canvas's image when the canvas is in front and is a result, else the stage's. */
function useCurrentResultId(): string | undefined {
  const { hasInitImage } = useCanvasSummary();
  const { view } = useCentreView(hasInitImage);
  const canvasParent = useCanvasParentResultId();
  const staged = useStagedId();
  const newest = useGalleryStore((s) => s.items[0]?.id);
  if (view === 'canvas' && canvasParent) return canvasParent;
  return staged ?? newest;
}

/**
 * region "History": the tree of the current image — the original, every result made from it, the results
 * made from those — read from the gallery (each result's `parentResultId`), so it is the same after a
 * reload. A click (or Enter) shows a version on the stage; "Edit on canvas" opens the focused one on the
 * canvas, and what is made from it starts a new branch there.
 */
export function HistoryPanel({ onEditOnCanvas }: HistoryPanelProps) {
  const currentId = useCurrentResultId();
  const lineage = useLineage(currentId);
  const [focusedKey, setFocusedKey] = useState<string>('');
  if (!lineage) return null;
  const { root, truncated } = lineage;
  const focusedNode = findNode(root, focusedKey) ?? findNode(root, currentId ?? '') ?? root;
  const edit = (node: LineageNode<GalleryItem>) => {
    if (node.result) return onEditOnCanvas?.(node.result);
    if (!node.hash) return;
    showCanvas();
    void loadInitImage(useGalleryStore.getState().getInput(node.hash));
  };
  const count = generations(root) - (root.result ? 0 : 1);
  return (
    <section aria-labelledby="history-heading" className="flex max-h-72 flex-col border-b border-ink-700">
      <header className="flex items-center gap-2 px-3 pt-2 pb-1">
        <h2 id="history-heading" className="text-sm font-semibold text-paper-100">
          History
        </h2>
        <span className="text-xs text-paper-500">
          {count} {count === 1 ? 'generation' : 'generations'}
          {truncated ? ' (the first 400 versions)' : ''}
        </span>
        <Button
          size="sm"
          className="ml-auto"
          disabled={!focusedNode.result && !focusedNode.hash}
          onClick={() => edit(focusedNode)}
          title="Open the chosen version on the canvas: what you make from it branches from there"
        >
          Edit on canvas
        </Button>
      </header>
      <div className="min-h-0 overflow-auto px-2 pb-2">
        <LineageTree
          root={root}
          currentKey={currentId}
          focusedKey={focusedNode.key}
          onFocus={setFocusedKey}
          onActivate={(node) => (node.result ? showResult(node.result.id) : undefined)}
        />
      </div>
    </section>
  );
}

function findNode(node: LineageNode<GalleryItem>, key: string): LineageNode<GalleryItem> | undefined {
  if (node.key === key) return node;
  for (const child of node.children) {
    const found = findNode(child, key);
    if (found) return found;
  }
  return undefined;
}
