import { Button } from '../../../components/ui';
import { useGalleryStore } from '../galleryStore';

/** How many of the lost results the note names by prompt. */
const NAMED = 3;

/**
 * After a reload (or a closed tab): the results an earlier page load could not save are gone, and the
 * studio says so — how many, which prompts — until the user dismisses it.
 */
export function LastSessionNotice() {
  const lost = useGalleryStore((s) => s.lastSession);
  const dismiss = useGalleryStore((s) => s.dismissLastSession);
  if (lost.length === 0) return null;
  const downloaded = lost.filter((e) => e.downloaded).length;
  const prompts = [...new Set(lost.map((e) => e.prompt || 'Untitled'))];
  return (
    <div
      role="alert"
      className="mx-3 mt-2 flex items-start gap-2 rounded-md border border-warn-400/40 bg-warn-400/10 p-2 text-xs text-paper-100"
    >
      <div className="flex-1">
        <p>
          {lost.length === 1 ? '1 result' : `${lost.length} results`} of your last session could not be saved
          and {lost.length === 1 ? 'is' : 'are'} gone.
          {downloaded > 0 && ` ${downloaded === lost.length ? 'All' : downloaded} had been downloaded.`}
        </p>
        <p className="mt-1 text-paper-300">
          {prompts.slice(0, NAMED).join(' · ')}
          {prompts.length > NAMED && ` and ${prompts.length - NAMED} more`}
        </p>
      </div>
      <Button size="sm" variant="ghost" onClick={dismiss} title="Hide this message">
        Dismiss
      </Button>
    </div>
  );
}
