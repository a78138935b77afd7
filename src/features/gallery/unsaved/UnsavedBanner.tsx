import { BusyNotice, Button } from '../../../components/ui';
import { useGalleryStore } from '../galleryStore';

const results = (n: number) => (n === 1 ? '1 result is' : `${n} results are`);

/** What the banner says while an action runs. Neither stops part-way: each is one step with its Undo. */
const BUSY_TEXT = {
  'free-space': 'Freeing space and saving the results…',
  download: 'Downloading the unsaved results…',
} as const;

/**
 * The banner while results are held only in memory: how many, why, and the two ways out — free space
 * (the oldest results that are not favourites go, with Undo; then the unsaved ones are saved) or download.
 */
export function UnsavedBanner() {
  const unsaved = useGalleryStore((s) => s.unsaved);
  const reason = useGalleryStore((s) => s.unsavedReason);
  const busy = useGalleryStore((s) => s.unsavedBusy);
  if (unsaved.length === 0) return null;
  const downloaded = unsaved.filter((e) => e.downloaded).length;
  const lasts = unsaved.length === 1 ? 'it lasts' : 'they last';
  const why = `Storage is ${reason === 'quota' ? 'full' : 'not available'}, so ${lasts} only until you close this tab.`;
  return (
    <div
      role="alert"
      className="mx-3 mt-2 flex flex-col gap-2 rounded-md border border-warn-400/40 bg-warn-400/10 p-2 text-xs text-paper-100"
    >
      <p>
        {results(unsaved.length)} not saved. {why}
        {downloaded > 0 && ` ${downloaded === unsaved.length ? 'All' : downloaded} downloaded.`}
      </p>
      {busy && <BusyNotice label="Unsaved results" text={BUSY_TEXT[busy]} />}
      <div className="flex flex-wrap gap-2">
        {reason === 'quota' && (
          <Button
            size="sm"
            variant="primary"
            disabled={busy !== false}
            onClick={() => void useGalleryStore.getState().freeSpace()}
            title="Delete the oldest results that are not favourites, enough to save these (Undo is offered)"
          >
            Free space
          </Button>
        )}
        <Button
          size="sm"
          disabled={busy !== false}
          onClick={() => void useGalleryStore.getState().downloadUnsaved()}
          title="Download each unsaved result as a PNG with its recipe"
        >
          Download unsaved results
        </Button>
      </div>
    </div>
  );
}
