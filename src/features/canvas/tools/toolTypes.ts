import type { ImagePoint, ScreenPoint } from '../geometry/coords';
import type { BrushSample } from '../raster/strokeSegment';
import type { StrokeOptions } from '../raster/MaskDocument';

export type ToolId = 'brush' | 'eraser' | 'lasso' | 'hand';

/** A pointer sample already converted to both spaces; DOM-free so tools test without a browser. */
export interface ToolPointerEvent {
  screen: ScreenPoint;
  image: ImagePoint;
  /** 0–1; the controller passes 1 for mice (whose spec pressure is a constant 0.5). */
  pressure: number;
  shiftKey: boolean;
  altKey: boolean;
}

/** What a tool may do to the world. The canvas session implements it; tests pass a MaskDocument-backed fake. */
export interface ToolEnv {
  /** Current brush size (image px) and hardness; the tool decides paint vs erase. */
  brushSettings(): Omit<StrokeOptions, 'erase'>;
  beginStroke(first: BrushSample, opts: StrokeOptions, from: ImagePoint | null): void;
  strokeTo(samples: readonly BrushSample[]): void;
  endStroke(): void;
  cancelStroke(): void;
  /** End of the last stroke (Shift+click draws a straight line from it). */
  lastPoint(): ImagePoint | null;
  fillLasso(points: readonly ImagePoint[], subtract: boolean): void;
  setLassoPreview(points: readonly ImagePoint[] | null, subtract: boolean): void;
  panBy(dx: number, dy: number): void;
}

export type ToolState =
  | { kind: 'idle' }
  | { kind: 'painting' }
  | { kind: 'lassoing'; points: ImagePoint[]; subtract: boolean }
  | { kind: 'panning'; last: ScreenPoint };

export const IDLE: ToolState = { kind: 'idle' };

/** A tool is four transitions over `ToolState`; the controller dispatches through `tools[id]`. */
export interface Tool {
  readonly id: ToolId;
  onPointerDown(state: ToolState, e: ToolPointerEvent, env: ToolEnv): ToolState;
  /** Receives every coalesced sample of one native pointermove, in order. */
  onPointerMove(state: ToolState, samples: readonly ToolPointerEvent[], env: ToolEnv): ToolState;
  onPointerUp(state: ToolState, e: ToolPointerEvent, env: ToolEnv): ToolState;
  onPointerCancel(state: ToolState, env: ToolEnv): ToolState;
}
