import { create } from 'zustand';

/** How the mask is shown over the image. Display only: none of this changes what is exported. */
export interface OverlayState {
  /** CSS hex colour of the mask tint. */
  color: string;
  opacity: number;
  hidden: boolean;
  setColor: (c: string) => void;
  setOpacity: (o: number) => void;
  toggleHidden: () => void;
}

export const useOverlayStore = create<OverlayState>()((set) => ({
  color: '#ff3b6b',
  opacity: 0.5,
  hidden: false,
  setColor: (color) => set({ color }),
  setOpacity: (opacity) => set({ opacity: Math.min(1, Math.max(0, opacity)) }),
  toggleHidden: () => set((s) => ({ hidden: !s.hidden })),
}));

export const useMaskHidden = () => useOverlayStore((s) => s.hidden);
