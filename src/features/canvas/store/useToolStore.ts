import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ToolId } from '../tools/toolTypes';

/** Brush diameters in image pixels. */
export const BRUSH_SIZE_MIN = 1;
export const BRUSH_SIZE_MAX = 500;

export interface ToolStoreState {
  tool: ToolId;
  brushSize: number;
  /** 0 = soft edge all the way, 1 = hard edge. */
  hardness: number;
  setTool: (tool: ToolId) => void;
  setBrushSize: (size: number) => void;
  /** `[` and `]`: ~10 % steps so both tiny and huge brushes change at a usable rate. */
  nudgeBrushSize: (direction: 1 | -1) => void;
  setHardness: (h: number) => void;
}

const clampSize = (v: number) => Math.round(Math.min(BRUSH_SIZE_MAX, Math.max(BRUSH_SIZE_MIN, v)));

export const useToolStore = create<ToolStoreState>()(
  persist(
    (set, get) => ({
      tool: 'brush',
      brushSize: 48,
      hardness: 0.7,
      setTool: (tool) => set({ tool }),
      setBrushSize: (size) => set({ brushSize: clampSize(size) }),
      nudgeBrushSize: (direction) => {
        const s = get().brushSize;
        const step = Math.max(1, Math.round(s * 0.1));
        set({ brushSize: clampSize(s + direction * step) });
      },
      setHardness: (h) => set({ hardness: Math.min(1, Math.max(0, h)) }),
    }),
    {
      name: 'gesso.canvas.tools',
      version: 1,
      // Persist preferences only; an unknown older shape falls back to the defaults.
      partialize: (s) => ({ tool: s.tool, brushSize: s.brushSize, hardness: s.hardness }),
      migrate: () => ({ tool: 'brush' as const, brushSize: 48, hardness: 0.7 }),
    },
  ),
);

export const useActiveTool = () => useToolStore((s) => s.tool);
export const useBrushSize = () => useToolStore((s) => s.brushSize);
export const useBrushHardness = () => useToolStore((s) => s.hardness);
