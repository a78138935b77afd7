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
import { ExtendCanvasButton } from './ExtendCanvasButton';
import { DEFAULT_EXTEND_RULE, type ExtendRule } from '../extend/extendRule';
import { ToolbarMore } from './ToolbarMore';

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/**
 * Tools, brush size, history and zoom on one row (a 1280-wide window leaves it 640 px); brush hardness,
 * the mask actions and "Extend canvas" under "More". Every action shows its shortcut in its title.
 */
export function Toolbar({ extend = DEFAULT_EXTEND_RULE }: { extend?: ExtendRule }) {
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

  const zoom = Math.round(scale * 100);

  return (
    <div
      role="toolbar"
      aria-label="Canvas tools"
      className="flex items-center gap-1.5 border-b border-ink-700 bg-ink-900 px-2 py-2 whitespace-nowrap"
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
        shown="Size"
        narrow
        value={brushSize}
        min={BRUSH_SIZE_MIN}
        max={BRUSH_SIZE_MAX}
        step={1}
        display={`${brushSize} px`}
        onChange={setBrushSize}
      />
      <div className="flex gap-1">
        <ToolButton aria-label="Undo" title={`Undo (${MOD}Z)`} disabled={!canUndo} onClick={maskActions.undo}>
          <span aria-hidden="true">↶</span>
        </ToolButton>
        <ToolButton
          aria-label="Redo"
          title={`Redo (${MOD}Shift+Z)`}
          disabled={!canRedo}
          onClick={maskActions.redo}
        >
          <span aria-hidden="true">↷</span>
        </ToolButton>
      </div>
      <div className="ml-auto flex items-center gap-1">
        <ToolButton title={`Fit to screen (${MOD}0)`} onClick={fit} disabled={!hasImage}>
          Fit
        </ToolButton>
        {/* One zoom control: it reads the zoom and sets actual size (there was a "100 %" button beside the readout). */}
        <ToolButton
          title={`Zoom ${zoom} %. Actual size (${MOD}1)`}
          aria-label={`${zoom} %, actual size`}
          onClick={actualSize}
          disabled={!hasImage}
        >
          <span className="inline-block min-w-10 text-right tabular-nums">{zoom} %</span>
        </ToolButton>
      </div>
      <ToolbarMore>
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
        <ExtendCanvasButton disabled={!canEdit} rule={extend} />
      </ToolbarMore>
    </div>
  );
}
