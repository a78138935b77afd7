/**
 * What only views loaded on demand use (the stage, History, Masks): fetched with `loadResultViews()` from
 * index.ts, so none of it rides in the first paint (README.md, "Budgets").
 */
export { DerivedFrom } from './DerivedFrom';
export { MaskThumbnail, type MaskThumbnailProps } from './MaskThumbnail';
export { ResultThumbnail } from './ResultThumbnail';
export { childResults, inputResults } from './galleryLinks';
export { hashBlob } from './db';
