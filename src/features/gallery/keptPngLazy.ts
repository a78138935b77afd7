/**
 * The kept picture's code (keptPng.ts: `keptPng`, `composeSourceOf`), loaded with its first use, not with
 * the first paint: most sessions never download or edit an inpaint result.
 */
export const loadKeptPictures = () => import('./keptPng');
