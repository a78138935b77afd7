import {
  getCanvasDraft,
  isCanvasBusy,
  restoreCanvasDraft,
  subscribeCanvasChanges,
  type CanvasDraft,
} from '../features/canvas';
import { getGalleryRepository, type GalleryRepository } from '../features/gallery';

/** Quiet time after the last canvas change before the draft is written (a stroke, a pan, a wheel burst). */
export const DRAFT_SAVE_DELAY_MS = 500;

type DraftPatch = Parameters<GalleryRepository['saveDraft']>[0];

/** What the stored draft holds, as versions of the canvas's parts (-1 = unknown, write it). */
export interface SavedState {
  imageVersion: number;
  maskVersion: number;
  hasImage: boolean;
}

/** The view as JSON the repository can keep; anything else is not saved. */
function viewJson(view: unknown): { scale: number; x: number; y: number } | undefined {
  if (typeof view !== 'object' || view === null) return undefined;
  const { scale, x, y } = view as Record<string, unknown>;
  if (typeof scale !== 'number' || typeof x !== 'number' || typeof y !== 'number') return undefined;
  return { scale, x, y };
}

/** What one save should do: write a patch, clear the stored draft, or nothing; and the state after it. */
export type DraftSavePlan =
  { kind: 'save'; patch: DraftPatch; next: SavedState } | { kind: 'clear' | 'none'; next: SavedState };

const NOTHING_SAVED: SavedState = { imageVersion: -1, maskVersion: -1, hasImage: false };

/**
 * Pure: which parts of the canvas changed since the last save. The init image only when it was
 * replaced (the mask with it, `null` removing a stale one), the mask only when it changed, the view
 * always (it is tiny). No image clears the draft once, then does nothing.
 */
export function planDraftSave(
  draft: Pick<CanvasDraft, 'initImage' | 'mask' | 'view' | 'imageVersion' | 'maskVersion'> | null,
  saved: SavedState,
): DraftSavePlan {
  if (!draft) return { kind: saved.hasImage ? 'clear' : 'none', next: NOTHING_SAVED };
  const patch: DraftPatch = { view: viewJson(draft.view) ?? null };
  if (draft.imageVersion !== saved.imageVersion) {
    patch.initImage = draft.initImage;
    patch.maskImage = draft.mask;
  } else if (draft.maskVersion !== saved.maskVersion) {
    patch.maskImage = draft.mask;
  }
  return {
    kind: 'save',
    patch,
    next: { imageVersion: draft.imageVersion, maskVersion: draft.maskVersion, hasImage: true },
  };
}

/** Reads the canvas, writes what changed (see planDraftSave) and returns the new saved state. */
async function saveChanges(repo: GalleryRepository, saved: SavedState): Promise<SavedState> {
  const plan = planDraftSave(await getCanvasDraft(), saved);
  if (plan.kind === 'clear') await repo.clearDraft();
  else if (plan.kind === 'save') await repo.saveDraft(plan.patch);
  return plan.next;
}

/** Resolves in the browser's next idle period (soon anyway: at most a second later). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

let restoring: Promise<SavedState> | undefined;

/**
 * Once per page: reopens the saved draft if the canvas is still empty (the user may have dropped an
 * image meanwhile, which wins). StrictMode's double effect shares the one restore.
 */
function restoreOnce(repo: GalleryRepository): Promise<SavedState> {
  restoring ??= (async () => {
    const stored = await repo.loadDraft().catch(() => undefined);
    if (stored?.initImage && !(await getCanvasDraft())) {
      await restoreCanvasDraft({
        initImage: stored.initImage,
        mask: stored.maskImage ?? null,
        view: stored.view,
      });
    }
    const now = await getCanvasDraft();
    // A restored canvas equals what is stored; a canvas opened meanwhile is not stored yet.
    return now && stored?.initImage
      ? { imageVersion: now.imageVersion, maskVersion: now.maskVersion, hasImage: true }
      : { imageVersion: -1, maskVersion: -1, hasImage: stored?.initImage !== undefined };
  })();
  return restoring;
}

/**
 * Keeps the canvas's init image, mask and view in the gallery repository's draft, so they survive a
 * reload (issue 4): restores once on start, then saves DRAFT_SAVE_DELAY_MS after the last change.
 * Saves run one at a time; a failed save (storage full, unavailable) is retried with the next change.
 * Returns the stop function.
 */
export function startCanvasDraftPersistence(): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: () => void = () => {};
  let chain: Promise<void> = Promise.resolve();

  void (async () => {
    const repo = await getGalleryRepository();
    let saved = await restoreOnce(repo);
    if (cancelled) return;
    const flush = () => {
      // Never compete with a stroke for the main thread: wait for the pen to lift, then for idle time.
      if (isCanvasBusy()) {
        timer = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
        return;
      }
      chain = chain
        .then(() => whenIdle())
        .then(async () => {
          try {
            saved = await saveChanges(repo, saved);
          } catch {
            // Kept as it was: the next change tries again. The gallery reports storage trouble itself.
          }
        });
    };
    unsubscribe = subscribeCanvasChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
    });
    // A canvas opened before the restore finished is not stored yet.
    if (saved.imageVersion === -1) timer = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
  })();

  return () => {
    cancelled = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
