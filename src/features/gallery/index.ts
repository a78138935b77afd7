/** The gallery feature: stored results (IndexedDB or memory), grid, viewer, downloads with recipes. */
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
export { useResultUrls, type ResultUrls } from './useResultUrls';
export {
  getGalleryRepository,
  preloadGalleryDatabase,
  provideGalleryRepository,
  type GalleryRepository,
} from './galleryRepository';
export type { NewResult, PasteBackRecipe, Recipe, RunRecipe, RunRecord, ResultMeta } from './db';
