import { Button } from '../../components/ui';
import type { RunRecord } from './db';
import { formatBytes } from './galleryRows';
import { useGalleryStore } from './galleryStore';

/** Storage trouble (full, unavailable) as an alert, and runs a reload cut off, each with "Re-run". */
export function GalleryNotices({ onRerun }: { onRerun?: (run: RunRecord) => void }) {
  const message = useGalleryStore((s) => s.storageMessage);
  const dismissMessage = useGalleryStore((s) => s.dismissStorageMessage);
  const interrupted = useGalleryStore((s) => s.interruptedRuns);
  const dismissRun = useGalleryStore((s) => s.dismissRun);
  return (
    <>
      {message && (
        <div
          role="alert"
          className="mx-3 mt-2 flex items-start gap-2 rounded-md border border-warn-400/40 bg-warn-400/10 p-2 text-xs text-paper-100"
        >
          <p className="flex-1">{message}</p>
          <Button size="sm" variant="ghost" onClick={dismissMessage} title="Hide this message">
            Dismiss
          </Button>
        </div>
      )}
      {interrupted.length > 0 && (
        // Not a list: the gallery's listitems are its results (a contract the e2e suite relies on).
        <div role="group" aria-label="Interrupted runs" className="mx-3 mt-2 flex flex-col gap-1">
          {interrupted.map((run) => (
            <div
              key={run.id}
              className="flex items-center gap-2 rounded-md border border-ink-600 bg-ink-850 px-2 py-1 text-xs"
            >
              <span className="min-w-0 flex-1 truncate" title={runPrompt(run)}>
                Interrupted: {run.label ?? runPrompt(run)}
              </span>
              {onRerun && (
                <Button size="sm" onClick={() => onRerun(run)} title="Restore this recipe and run it again">
                  Re-run
                </Button>
              )}
              <Button
                size="sm"
                variant="ghost"
                onClick={() => void dismissRun(run.id)}
                title="Forget this run"
              >
                Dismiss
              </Button>
            </div>
          ))}
        </div>
      )}
    </>
  );
}

function runPrompt(run: RunRecord): string {
  return run.recipe.params.prompts.map((p) => p.text).join(' · ') || 'Untitled';
}

/** The toast after a delete (or "Free space"), with its one action. */
export function UndoToast() {
  const lastDeleted = useGalleryStore((s) => s.lastDeleted);
  const undo = useGalleryStore((s) => s.undoDelete);
  const forget = useGalleryStore((s) => s.forgetDeleted);
  if (!lastDeleted) return null;
  const { count, freed } = lastDeleted;
  const results = `${count} ${count === 1 ? 'result' : 'results'}`;
  return (
    <div
      role="status"
      className="mx-3 mb-2 flex items-center gap-2 rounded-md border border-ink-600 bg-ink-800 px-3 py-2 text-xs shadow-lg"
    >
      <span className="flex-1">
        {freed
          ? `Freed ${formatBytes(freed.bytes)} by deleting the ${count === 1 ? 'oldest result' : `${count} oldest results`}; saved ${freed.savedIds.length}.`
          : `Deleted ${results}.`}
      </span>
      <Button
        size="sm"
        variant="primary"
        onClick={() => void undo()}
        title={freed ? 'Put the deleted results back; the saved ones become unsaved again' : 'Put them back'}
      >
        {freed ? 'Undo' : 'Undo delete'}
      </Button>
      <Button size="sm" variant="ghost" onClick={forget} aria-label="Hide" title="Hide">
        ✕
      </Button>
    </div>
  );
}
