import { useState, type ReactNode } from 'react';
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
  if (!lineage) {
    return (
      <HistoryFrame>
        <p className="px-3 text-xs text-paper-500">
          {currentId ? 'Reading the history…' : 'The versions of a picture show here once you make one.'}
        </p>
      </HistoryFrame>
    );
  }
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
    <HistoryFrame
      summary={`${count} ${count === 1 ? 'generation' : 'generations'}${truncated ? ' (the first 400 versions)' : ''}`}
      action={
        <Button
          size="sm"
          className="ml-auto"
          disabled={!focusedNode.result && !focusedNode.hash}
          onClick={() => edit(focusedNode)}
          title="Open the chosen version on the canvas: what you make from it branches from there"
        >
          Edit on canvas
        </Button>
      }
    >
      <div className="min-h-0 flex-1 overflow-auto px-2 pb-2">
        <LineageTree
          root={root}
          currentKey={currentId}
          focusedKey={focusedNode.key}
          onFocus={setFocusedKey}
          onActivate={(node) => (node.result ? showResult(node.result.id) : undefined)}
        />
      </div>
    </HistoryFrame>
  );
}

/**
 * The panel's frame, one fixed height whatever the tree holds: the gallery under it never moves while the
 * artist clicks through results (a tree that grew or shrank would shift the cards under the pointer).
 */
function HistoryFrame({
  summary,
  action,
  children,
}: {
  summary?: string;
  action?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="history-heading" className={HISTORY_FRAME}>
      <header className="flex h-10 shrink-0 items-center gap-2 px-3">
        <h2 id="history-heading" className="text-sm font-semibold text-paper-100">
          History
        </h2>
        {summary && <span className="text-xs text-paper-500">{summary}</span>}
        {action}
      </header>
      {children}
    </section>
  );
}

/** The frame's classes, shared with the placeholder shown while the panel's code loads. */
const HISTORY_FRAME = 'flex h-44 shrink-0 flex-col border-b border-ink-700';

function findNode(node: LineageNode<GalleryItem>, key: string): LineageNode<GalleryItem> | undefined {
  if (node.key === key) return node;
  for (const child of node.children) {
    const found = findNode(child, key);
    if (found) return found;
  }
  return undefined;
}
