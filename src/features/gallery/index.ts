/** The gallery feature: stored results (IndexedDB or memory), grid, viewer, downloads with recipes. */
export { preloadGalleryGrid } from './LazyGalleryGrid';
export { GalleryPanel, type GalleryPanelProps } from './GalleryPanel';
export type { GalleryActions } from './galleryActions';
export { useGalleryStore, type GalleryItem, type GalleryState } from './galleryStore';
export { downloadBlob } from './downloadBlob';
export { downloadStoredResult } from './downloadStoredResult';
export { loadKeptPictures } from './keptPngLazy';
export { compareIdsFor } from './compareIdsFor';
export { neighbourResult } from './neighbourResult';
export { gessoRecipeText } from './gessoRecipeText';
export { useGalleryItems } from './useGalleryItems';
export type { MaskThumbnailProps } from './MaskThumbnail';

/**
 * Views and reads only parts loaded on demand need (the stage, History, Masks): the mask thumbnail with
 * "Use this mask", "Derived from", result thumbnails, results by parent or by input, hashing. Loaded on
 * first use: exported from here directly, they would ride in the first paint.
 */
export const loadResultViews = () => import('./resultViews');
export { useResultUrls, type ResultUrls } from './useResultUrls';
export {
  getGalleryRepository,
  preloadGalleryDatabase,
  provideGalleryRepository,
  type GalleryRepository,
} from './galleryRepository';
export type { NewResult, PasteBackRecipe, Recipe, RunRecipe, RunRecord, ResultMeta } from './db';
