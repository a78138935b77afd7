import { useState } from 'react';
import type { ExtendRule } from '../extend/extendRule';
import { useCanvasDocStore } from '../store/useCanvasDocStore';
import { ToolButton } from './controls';
import { ExtendCanvasDialog } from './ExtendCanvasDialog';

/**
 * "Extend canvas" (under the toolbar's "More": the one row has no room left at 1280 px) and the dialog it
 * opens.
 */
export function ExtendCanvasButton({ disabled, rule }: { disabled: boolean; rule: ExtendRule }) {
  const [open, setOpen] = useState(false);
  const width = useCanvasDocStore((s) => s.width);
  const height = useCanvasDocStore((s) => s.height);
  return (
    <>
      <ToolButton
        aria-label="Extend canvas"
        title="Extend canvas: add margins to paint past the edges"
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        Extend canvas…
      </ToolButton>
      {open && !disabled && (
        <ExtendCanvasDialog before={{ width, height }} rule={rule} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
