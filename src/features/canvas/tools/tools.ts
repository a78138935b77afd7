import { brushTool, eraserTool } from './brushTool';
import { handTool } from './handTool';
import { lassoTool } from './lassoTool';
import type { Tool, ToolId } from './toolTypes';

/** Dispatch table: the controller calls `tools[id].onPointer…`, never an if/else over tool ids. */
export const tools: Record<ToolId, Tool> = {
  brush: brushTool,
  eraser: eraserTool,
  lasso: lassoTool,
  hand: handTool,
};

/** Toolbar metadata: label (the button's accessible name) and keyboard shortcut. */
export const TOOL_INFO: ReadonlyArray<{ id: ToolId; label: string; key: string }> = [
  { id: 'brush', label: 'Brush', key: 'B' },
  { id: 'eraser', label: 'Eraser', key: 'E' },
  { id: 'lasso', label: 'Lasso', key: 'L' },
  { id: 'hand', label: 'Hand', key: 'H' },
];
