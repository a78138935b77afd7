/** The gallery feature: stored results (IndexedDB or memory), grid, viewer, downloads with recipes. */
export { GalleryPanel, type GalleryPanelProps } from './GalleryPanel';
export type { GalleryActions } from './galleryActions';
export { useGalleryStore, type GalleryItem, type GalleryState } from './galleryStore';
export { downloadBlob } from './downloadBlob';
export { downloadStoredResult } from './downloadStoredResult';
export { compareIdsFor } from './compareIdsFor';
export { neighbourResult } from './neighbourResult';
export { gessoRecipeText } from './gessoRecipeText';
export { useGalleryItems } from './useGalleryItems';
export { childResults, inputResults } from './galleryLinks';
export { DerivedFrom } from './DerivedFrom';
export { MaskThumbnail, type MaskThumbnailProps } from './MaskThumbnail';
export { ResultThumbnail } from './ResultThumbnail';
export { hashBlob } from './db';
export { useResultUrls, type ResultUrls } from './useResultUrls';
export {
  getGalleryRepository,
  preloadGalleryDatabase,
  provideGalleryRepository,
  type GalleryRepository,
} from './galleryRepository';
export type { NewResult, Recipe, RunRecipe, RunRecord, ResultMeta } from './db';
