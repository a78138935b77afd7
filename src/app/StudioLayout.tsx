import { GalleryPanel } from '../features/gallery';
import { OptionsPanel, useOptionsStore } from '../features/generation';
import { SettingsDialog } from '../features/settings';
import { CanvasSlot } from './CanvasSlot';
import { StudioHeader } from './StudioHeader';

/** Options left, canvas centre, gallery right (ARCHITECTURE.md, "Visual design"). */
export function StudioLayout() {
  const setSeed = useOptionsStore((s) => s.setSeed);
  return (
    <div className="flex h-full flex-col bg-ink-950 text-paper-100">
      <StudioHeader />
      <div className="grid min-h-0 flex-1 grid-cols-[20rem_minmax(0,1fr)_20rem]">
        <aside aria-label="Options" className="flex min-h-0 flex-col border-r border-ink-700 bg-ink-900">
          <OptionsPanel />
        </aside>
        <main className="min-h-0 min-w-0 bg-ink-950">
          <CanvasSlot />
        </main>
        <aside className="flex min-h-0 flex-col border-l border-ink-700 bg-ink-900">
          <GalleryPanel onReuseSeed={setSeed} />
        </aside>
      </div>
      <SettingsDialog />
    </div>
  );
}
