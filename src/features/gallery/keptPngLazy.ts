import type { ComposeSource } from '../../lib/pixels';
import type { GalleryItem } from './galleryStore';

/*
 * The kept picture's code (keptPng.ts) loads with its first use, not with the first paint: most sessions
 * never download or edit an "Only masked" result.
 */

/** See keptPng.ts: the picture a result keeps (Download, "Edit on canvas"). */
export async function keptPng(
  item: Pick<GalleryItem, 'id' | 'recipe'>,
  feather?: number,
): Promise<Blob | undefined> {
  return (await import('./keptPng')).keptPng(item, feather);
}

/** See keptPng.ts: what a stored "Only masked" result is made of, for the compose worker. */
export async function composeSourceOf(
  item: Pick<GalleryItem, 'id' | 'recipe'>,
): Promise<ComposeSource | null> {
  return (await import('./keptPng')).composeSourceOf(item);
}
