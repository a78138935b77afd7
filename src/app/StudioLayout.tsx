import type { DragEvent } from 'react';
import { GalleryPanel } from '../features/gallery';
import { LazyHistoryPanel } from '../features/lineage';
import { OptionsPanel } from '../features/generation';
import { SettingsDialog } from '../features/settings';
import { BlockedConnectionNotice } from './BlockedConnectionNotice';
import { withCentre } from './centreActions';
import { RecipeImportNotice } from './RecipeImport';
import { StudioCentre } from './StudioCentre';
import { StudioHeader } from './StudioHeader';
import { SweepButtons } from './SweepButtons';
import { useGalleryActions } from './useGalleryActions';
import { importRecipeFile } from './useRecipeImport';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** Options left, the stage or the canvas centre, gallery right (ARCHITECTURE.md, "Visual design"). */
export function StudioLayout() {
  const galleryActions = withCentre(useGalleryActions());
  return (
    <div
      className="flex h-full flex-col bg-ink-950 text-paper-100"
      // A PNG dropped outside the canvas restores its recipe; the canvas's own drop zone takes images first
      // (it marks the event handled), so this only sees drops elsewhere.
      onDragOver={(e) => {
        if (!e.defaultPrevented && hasFiles(e)) e.preventDefault();
      }}
      onDrop={(e) => {
        if (e.defaultPrevented) return;
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        void importRecipeFile(file);
      }}
    >
      <StudioHeader />
      <RecipeImportNotice />
      <div className="grid min-h-0 flex-1 grid-cols-[20rem_minmax(0,1fr)_20rem]">
        <aside aria-label="Options" className="flex min-h-0 flex-col border-r border-ink-700 bg-ink-900">
          <OptionsPanel />
          <SweepButtons />
        </aside>
        <StudioCentre actions={galleryActions} />
        <aside className="flex min-h-0 flex-col border-l border-ink-700 bg-ink-900">
          <LazyHistoryPanel onEditOnCanvas={galleryActions.onUseAsInitImage} />
          <GalleryPanel {...galleryActions} />
        </aside>
      </div>
      <SettingsDialog />
      <BlockedConnectionNotice />
    </div>
  );
}
