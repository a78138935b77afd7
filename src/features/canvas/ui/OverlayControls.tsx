import { useShallow } from 'zustand/react/shallow';
import { downloadMask } from '../io/exportCanvasInputs';
import { clearInitImage } from '../io/loadInitImage';
import { useCanvasDocStore, useMaskEmpty } from '../store/useCanvasDocStore';
import { useOverlayStore } from '../store/useOverlayStore';
import { RangeField, ToolButton } from './controls';
import { LoadMaskButton } from './LoadMaskButton';

/** Mask overlay look (display only), image size readout, and the image/mask file actions. */
export function OverlayControls() {
  const { color, opacity, hidden, setColor, setOpacity, toggleHidden } = useOverlayStore(
    useShallow((s) => ({
      color: s.color,
      opacity: s.opacity,
      hidden: s.hidden,
      setColor: s.setColor,
      setOpacity: s.setOpacity,
      toggleHidden: s.toggleHidden,
    })),
  );
  const { width, height } = useCanvasDocStore(useShallow((s) => ({ width: s.width, height: s.height })));
  const maskEmpty = useMaskEmpty();

  return (
    <div className="flex flex-wrap items-center gap-3 px-3 py-2 text-xs text-paper-300">
      <label className="flex items-center gap-1">
        <span>Mask colour</span>
        <input
          type="color"
          aria-label="Mask colour"
          value={color}
          onChange={(e) => setColor(e.target.value)}
          className="h-6 w-8 cursor-pointer rounded border border-ink-600 bg-transparent"
        />
      </label>
      <RangeField
        label="Mask opacity"
        value={Math.round(opacity * 100)}
        min={0}
        max={100}
        step={1}
        display={`${Math.round(opacity * 100)} %`}
        onChange={(v) => setOpacity(v / 100)}
      />
      <ToolButton onClick={toggleHidden} aria-pressed={undefined}>
        {hidden ? 'Show mask' : 'Hide mask'}
      </ToolButton>
      {hidden && (
        <span className="text-warn-400">
          {maskEmpty ? 'Mask hidden.' : 'Mask hidden — it still applies to the next generation.'}
        </span>
      )}
      <span className="ml-auto tabular-nums">
        Init image {width}×{height}
      </span>
      <LoadMaskButton />
      <ToolButton onClick={() => void downloadMask()}>Download mask</ToolButton>
      <ToolButton onClick={clearInitImage}>Remove image</ToolButton>
    </div>
  );
}
