/**
 * Lineage: what a result came from and what came of it — the History tree, the Masks list of an image,
 * and "Use this mask". Everything here but these few lines loads on demand. See README.md.
 */
import type { GalleryItem } from '../gallery';

export { LazyHistoryPanel, LazyMasksPanel } from './LazyLineage';
export type { HistoryPanelProps } from './HistoryPanel';

/** "Use this mask": the result's exact mask on the canvas's image, one undo step (loads its module on first use). */
export async function putMaskOnCanvas(item: Pick<GalleryItem, 'recipe'>): Promise<void> {
  const { applyResultMask } = await import('./applyResultMask');
  await applyResultMask(item);
}
