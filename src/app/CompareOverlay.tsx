import { ComparisonView, comparisonItemOf, type ComparisonItem } from '../features/compare';
import { useGalleryItems, useGalleryStore, useResultUrls } from '../features/gallery';

export interface CompareOverlayProps {
  ids: readonly string[];
  progress?: { done: number; total: number; failed?: number };
  onCancel?: () => void;
  onClose: () => void;
}

/** The comparison view over gallery results; the winner (1–9) becomes a favourite. */
export function CompareOverlay({ ids, progress, onCancel, onClose }: CompareOverlayProps) {
  const items = useGalleryItems(ids);
  const urls = useResultUrls(ids);
  const shown: ComparisonItem[] = [];
  for (const id of ids) {
    const item = items.find((i) => i.id === id);
    const u = urls.get(id);
    if (item && u) shown.push(comparisonItemOf(item, u));
  }
  const winner = items.find((i) => ids.includes(i.id) && i.favourite)?.id;
  return (
    <ComparisonView
      items={shown}
      winnerId={winner}
      onPickWinner={(id) => void useGalleryStore.getState().setFavourite([id], true)}
      onClose={onClose}
      progress={progress}
      onCancel={onCancel}
    />
  );
}
