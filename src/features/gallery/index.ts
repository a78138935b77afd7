/** The gallery feature: results of this session (store), grid, large viewer, downloads. */
export { GalleryPanel, type GalleryPanelProps } from './GalleryPanel';
export {
  useGalleryStore,
  type GalleryResult,
  type NewGalleryResult,
  type GalleryState,
} from './galleryStore';
export { resultFileName } from './download';
export {
  getGalleryRepository,
  getStorageUnavailableReason,
  onStorageUnavailable,
  type GalleryRepository,
} from './galleryRepository';
