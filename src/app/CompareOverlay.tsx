import { ComparisonView, type ComparisonItem } from '../features/compare';
import { useGalleryItems, useGalleryStore } from '../features/gallery';
import { useResultUrls } from './useResultUrls';

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
    if (!item || !u) continue;
    const { recipe } = item;
    const entry: ComparisonItem = {
      id,
      src: u.src,
      seed: recipe.seed,
      recipe: { params: recipe.params, engineId: recipe.engineId, mode: recipe.mode },
      originalSrc: u.originalSrc,
    };
    const source = recipe.params.maskSource;
    if (recipe.mode === 'masking' && source) {
      // INIT_IMAGE_ALPHA sends no mask part: the init image's alpha is the mask.
      const maskSrc = source === 'INIT_IMAGE_ALPHA' ? u.originalSrc : u.maskSrc;
      if (maskSrc) entry.mask = { src: maskSrc, source };
    }
    shown.push(entry);
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
