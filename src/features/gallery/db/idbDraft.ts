import { writeTransaction } from './idbTransaction';
import type { DraftKey, DraftRow, GalleryDatabase } from './schema';
import type { DraftPatch, DraftRecord } from './types';

/** Applies a draft patch in one transaction: `undefined` keeps a part, `null` removes it. */
export function saveDraftIdb(db: GalleryDatabase, patch: DraftPatch): Promise<void> {
  const savedAt = Date.now();
  return writeTransaction(db, ['draft'], async (tx) => {
    const store = tx.objectStore('draft');
    const blobs: ['initImage' | 'maskImage', Blob | null | undefined][] = [
      ['initImage', patch.initImage],
      ['maskImage', patch.maskImage],
    ];
    for (const [key, blob] of blobs) {
      if (blob === null) await store.delete(key);
      else if (blob !== undefined) await store.put({ key, blob, savedAt });
    }
    if (patch.view === null) await store.delete('view');
    else if (patch.view !== undefined) await store.put({ key: 'view', view: patch.view, savedAt });
  });
}

/** Assembles the draft from its rows; undefined when nothing was saved. */
export function draftFromRows(rows: DraftRow[]): DraftRecord | undefined {
  if (rows.length === 0) return undefined;
  const draft: DraftRecord = { savedAt: Math.max(...rows.map((r) => r.savedAt)) };
  const byKey = new Map<DraftKey, DraftRow>(rows.map((r) => [r.key, r]));
  const init = byKey.get('initImage')?.blob;
  const mask = byKey.get('maskImage')?.blob;
  const view = byKey.get('view')?.view;
  if (init) draft.initImage = init;
  if (mask) draft.maskImage = mask;
  if (view !== undefined) draft.view = view;
  return draft;
}

export async function loadDraftIdb(db: GalleryDatabase): Promise<DraftRecord | undefined> {
  return draftFromRows(await db.getAll('draft'));
}

export function clearDraftIdb(db: GalleryDatabase): Promise<void> {
  return writeTransaction(db, ['draft'], async (tx) => {
    await tx.objectStore('draft').clear();
  });
}
