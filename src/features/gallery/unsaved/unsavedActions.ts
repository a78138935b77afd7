/**
 * What the unsaved banner does (free space, download) and its undo: loaded when first used, since a
 * gallery that stores normally never needs it.
 */
import type { GalleryRepository, NewResult, ResultRecord } from '../db';
import { downloadResult } from '../download';
import {
  itemsOf,
  messageOf,
  noteAdded,
  noteRemoved,
  refreshUsage,
  type GalleryContext,
} from '../galleryContext';
import { getGalleryRepository, getOverflowRepository } from '../galleryRepository';
import { formatBytes } from '../galleryRows';
import type { GalleryItem } from '../galleryStore';
import { bytesToFree, planFreeSpace } from './freeSpacePlan';
import { updateUnsavedRecord, type UnsavedEntry } from './unsavedRecord';
import { forgetUnsaved, keepUnsaved } from './unsavedState';

/** An unsaved result as addResults takes it again: same id, recipe, run and favourite, inputs as blobs. */
async function asNewResult(record: ResultRecord, overflow: GalleryRepository): Promise<NewResult> {
  const { recipe } = record;
  const [initImage, maskImage] = await Promise.all([
    recipe.initImageHash ? overflow.getInput(recipe.initImageHash) : undefined,
    recipe.maskImageHash ? overflow.getInput(recipe.maskImageHash) : undefined,
  ]);
  const result: NewResult = { id: record.id, png: record.png, recipe, favourite: record.favourite };
  if (initImage) result.initImage = initImage;
  if (maskImage) result.maskImage = maskImage;
  if (record.runId !== undefined) result.runId = record.runId;
  if (record.runLabel !== undefined) result.runLabel = record.runLabel;
  return result;
}

/**
 * Saves the unsaved results into storage, one by one, oldest first (and a batch last picture first, as
 * addResults writes it, so the order after a reload is the order now). Stops at the first refusal: the
 * rest stay unsaved. Returns the ids saved.
 */
export async function saveUnsaved(ctx: GalleryContext): Promise<string[]> {
  const repo = await getGalleryRepository();
  const overflow = await getOverflowRepository();
  const saved: GalleryItem[] = [];
  for (const entry of [...ctx.get().unsaved].reverse()) {
    const record = await overflow.getResult(entry.id);
    if (!record) continue;
    try {
      const [meta] = await repo.addResults([await asNewResult(record, overflow)]);
      if (!meta) continue;
      saved.push(meta);
    } catch (err) {
      if (messageOf(err) !== null) break;
      continue; // This one cannot be stored as it is (a bug); it stays unsaved, the others still try.
    }
    await overflow.deleteResults([entry.id]);
  }
  const ids = saved.map((m) => m.id);
  forgetUnsaved(ctx, ids);
  noteRemoved(ctx, saved, false);
  noteAdded(ctx, saved, false);
  return ids;
}

/** Undo of "Free space", first half: the results it saved go back to memory, unsaved as they were. */
export async function undoFreeSpace(ctx: GalleryContext, savedIds: readonly string[]): Promise<void> {
  if (savedIds.length === 0) return;
  const moved = await (await getGalleryRepository()).deleteResults(savedIds);
  await (await getOverflowRepository()).restoreResults(moved);
  const items = itemsOf(moved, true);
  keepUnsaved(ctx, items, 'quota');
  noteRemoved(ctx, items, false);
  noteAdded(ctx, items, false);
}

/** Runs one banner action at a time (the banner shows which), and refreshes the usage figure after it. */
async function busy(
  ctx: GalleryContext,
  action: 'free-space' | 'download',
  work: () => Promise<void>,
): Promise<void> {
  const { set, get } = ctx;
  if (get().unsaved.length === 0 || get().unsavedBusy) return;
  set({ unsavedBusy: action });
  try {
    await work();
  } finally {
    set({ unsavedBusy: false });
    void refreshUsage(ctx);
  }
}

/**
 * "Free space": deletes the oldest results that are not favourites, enough for the unsaved ones (nothing
 * when even all of them would not do), then saves the unsaved ones into the room made. Undo reverses both.
 */
export function freeSpace(ctx: GalleryContext): Promise<void> {
  const { set } = ctx;
  return busy(ctx, 'free-space', async () => {
    const repo = await getGalleryRepository();
    const needed = bytesToFree((await (await getOverflowRepository()).estimateUsage()).galleryBytes);
    const plan = await planFreeSpace(repo, needed);
    if (!plan.enough) {
      set({
        storageMessage: `Deleting every result that is not a favourite would free only ${formatBytes(plan.bytes)}; the unsaved results need ${formatBytes(needed)}. Download them instead.`,
      });
      return;
    }
    const snapshot = await repo.deleteResults(plan.ids);
    noteRemoved(ctx, snapshot.results);
    const savedIds = await saveUnsaved(ctx);
    set({
      lastDeleted: {
        count: snapshot.results.length,
        stored: snapshot,
        freed: { bytes: plan.bytes, savedIds },
      },
    });
  });
}

/** "Download unsaved results": each as a PNG with its recipe, then marked downloaded (store and record). */
export function downloadUnsaved(ctx: GalleryContext): Promise<void> {
  const { set, get } = ctx;
  return busy(ctx, 'download', async () => {
    const overflow = await getOverflowRepository();
    const done = new Set<string>();
    for (const entry of get().unsaved) {
      const record = await overflow.getResult(entry.id);
      if (!record) continue;
      await downloadResult(record.png, record.recipe);
      done.add(entry.id);
    }
    const mark = (list: UnsavedEntry[]) => list.map((e) => (done.has(e.id) ? { ...e, downloaded: true } : e));
    set((s) => ({ unsaved: mark(s.unsaved) }));
    updateUnsavedRecord(mark);
  });
}
