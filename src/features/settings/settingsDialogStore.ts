import { create } from 'zustand';

interface SettingsDialogState {
  open: boolean;
  openSettings: () => void;
  closeSettings: () => void;
}

/** Whether the Settings dialog is open; a store so error messages anywhere can offer "Open Settings". */
export const useSettingsDialog = create<SettingsDialogState>()((set) => ({
  open: false,
  openSettings: () => set({ open: true }),
  closeSettings: () => set({ open: false }),
}));
