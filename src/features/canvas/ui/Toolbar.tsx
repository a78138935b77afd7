import { useShallow } from 'zustand/react/shallow';
import { maskActions } from '../session/historyActions';
import {
  useCanRedo,
  useCanUndo,
  useHasInitImage,
  useImageLoading,
  useMaskEmpty,
} from '../store/useCanvasDocStore';
import { BRUSH_SIZE_MAX, BRUSH_SIZE_MIN, useToolStore } from '../store/useToolStore';
import { useViewStore } from '../store/useViewStore';
import { TOOL_INFO } from '../tools/tools';
import { RangeField, ToolButton } from './controls';

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Tools, brush settings, history and mask actions. Every action shows its shortcut in its title. */
export function Toolbar() {
  const { tool, brushSize, hardness, setTool, setBrushSize, setHardness } = useToolStore(
    useShallow((s) => ({
      tool: s.tool,
      brushSize: s.brushSize,
      hardness: s.hardness,
      setTool: s.setTool,
      setBrushSize: s.setBrushSize,
      setHardness: s.setHardness,
    })),
  );
  // While an image loads, history and mask actions wait (they would act on the image about to go).
  const loading = useImageLoading();
  const hasImage = useHasInitImage();
  const canEdit = hasImage && !loading;
  const canUndo = useCanUndo() && !loading;
  const canRedo = useCanRedo() && !loading;
  const maskEmpty = useMaskEmpty();
  // Only the zoom readout: a pan must not re-render the toolbar.
  const scale = useViewStore((s) => s.view.scale);
  const { fit, actualSize } = useViewStore(useShallow((s) => ({ fit: s.fit, actualSize: s.actualSize })));

  return (
    <div
      role="toolbar"
      aria-label="Canvas tools"
      className="flex flex-wrap items-center gap-2 border-b border-ink-700 bg-ink-900 px-3 py-2"
    >
      <div className="flex gap-1" role="group" aria-label="Tool">
        {TOOL_INFO.map((t) => (
          <ToolButton
            key={t.id}
            pressed={tool === t.id}
            title={`${t.label} (${t.key})`}
            onClick={() => setTool(t.id)}
          >
            {t.label}
          </ToolButton>
        ))}
      </div>
      <RangeField
        label="Brush size"
        value={brushSize}
        min={BRUSH_SIZE_MIN}
        max={BRUSH_SIZE_MAX}
        step={1}
        display={`${brushSize} px`}
        onChange={setBrushSize}
      />
      <RangeField
        label="Brush hardness"
        value={Math.round(hardness * 100)}
        min={0}
        max={100}
        step={1}
        display={`${Math.round(hardness * 100)} %`}
        onChange={(v) => setHardness(v / 100)}
      />
      <div className="flex gap-1">
        <ToolButton title={`Undo (${MOD}Z)`} disabled={!canUndo} onClick={maskActions.undo}>
          Undo
        </ToolButton>
        <ToolButton title={`Redo (${MOD}Shift+Z)`} disabled={!canRedo} onClick={maskActions.redo}>
          Redo
        </ToolButton>
      </div>
      <div className="flex gap-1">
        <ToolButton title="Invert mask" disabled={!canEdit} onClick={maskActions.invert}>
          Invert mask
        </ToolButton>
        <ToolButton title="Clear mask" disabled={!canEdit || maskEmpty} onClick={maskActions.clear}>
          Clear mask
        </ToolButton>
        <ToolButton title="Fill mask" disabled={!canEdit} onClick={maskActions.fill}>
          Fill mask
        </ToolButton>
      </div>
      <div className="ml-auto flex items-center gap-1 text-xs text-paper-300">
        <ToolButton title={`Fit to screen (${MOD}0)`} onClick={fit} disabled={!hasImage}>
          Fit
        </ToolButton>
        <ToolButton title={`Actual size (${MOD}1)`} onClick={actualSize} disabled={!hasImage}>
          100 %
        </ToolButton>
        <span aria-live="polite" className="w-14 text-right tabular-nums">
          {Math.round(scale * 100)} %
        </span>
      </div>
    </div>
  );
}
