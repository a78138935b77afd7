import { lazy } from 'react';

/**
 * The grid, its cards and the virtualizer (~11 kB gzipped, most of it @tanstack/virtual-core) are a chunk
 * of their own. The first paint has no result to draw before the IndexedDB chunk answers anyway, so
 * main.tsx fetches both at once and the grid is there when the first page of results is.
 */
export function preloadGalleryGrid(): Promise<typeof import('./GalleryGrid')> {
  return import('./GalleryGrid');
}

export const LazyGalleryGrid = lazy(() => preloadGalleryGrid().then((m) => ({ default: m.GalleryGrid })));
