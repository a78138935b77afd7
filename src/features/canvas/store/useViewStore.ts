import { create } from 'zustand';
import {
  actualSizeView,
  fitView,
  panBy,
  zoomAt,
  type ScreenPoint,
  type ViewTransform,
} from '../geometry/coords';

export interface ViewState {
  view: ViewTransform;
  viewport: { width: number; height: number };
  /** Last image size, so fit / 100 % know what to frame. */
  image: { width: number; height: number };
  setViewport: (width: number, height: number) => void;
  setImage: (width: number, height: number) => void;
  fit: () => void;
  actualSize: () => void;
  zoomTowards: (anchor: ScreenPoint, factor: number) => void;
  pan: (dx: number, dy: number) => void;
}

export const useViewStore = create<ViewState>()((set, get) => ({
  view: { scale: 1, x: 0, y: 0 },
  viewport: { width: 1, height: 1 },
  image: { width: 1, height: 1 },
  setViewport: (width, height) => {
    const wasFitting = get().viewport.width <= 1;
    set({ viewport: { width, height } });
    if (wasFitting) get().fit();
  },
  setImage: (width, height) => {
    set({ image: { width, height } });
    get().fit();
  },
  fit: () => set((s) => ({ view: fitView(s.viewport, s.image) })),
  actualSize: () => set((s) => ({ view: actualSizeView(s.viewport, s.image) })),
  zoomTowards: (anchor, factor) => set((s) => ({ view: zoomAt(s.view, anchor, s.view.scale * factor) })),
  pan: (dx, dy) => set((s) => ({ view: panBy(s.view, dx, dy) })),
}));

export const useView = () => useViewStore((s) => s.view);
