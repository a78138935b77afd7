import { Button } from './Button';
import { cx } from './cx';

export interface BusyNoticeProps {
  /** The progressbar's accessible name, e.g. "Grid export". */
  label: string;
  /** What is happening now, in words ("Encoding the PNG"): shown, and the progressbar's value text. */
  text: string;
  /** Steps done and in all, when the work can count them; without them the bar is indeterminate. */
  done?: number;
  total?: number;
  /** Stops the work; absent when it cannot be stopped part-way. */
  onCancel?: () => void;
  /** The Cancel button's name, e.g. "Cancel export" (unique on the page). */
  cancelLabel?: string;
  className?: string;
}

/**
 * The busy state of an action that takes long enough to notice (over ~300 ms): a progressbar, what it is
 * doing in words, and a way out where the work can be stopped.
 */
export function BusyNotice({
  label,
  text,
  done,
  total,
  onCancel,
  cancelLabel = 'Cancel',
  className,
}: BusyNoticeProps) {
  const counted = done !== undefined && total !== undefined && total > 0;
  return (
    <div className={cx('flex items-center gap-2 text-xs text-paper-300', className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuetext={text}
        aria-valuemin={counted ? 0 : undefined}
        aria-valuemax={counted ? total : undefined}
        aria-valuenow={counted ? done : undefined}
        className="h-1.5 w-24 shrink-0 overflow-hidden rounded bg-ink-700"
      >
        <div
          className={cx('h-full bg-accent-500', !counted && 'w-1/3 animate-pulse')}
          style={counted ? { width: `${Math.round((done / total) * 100)}%` } : undefined}
        />
      </div>
      <span className="min-w-0 truncate">{text}</span>
      {onCancel && (
        <Button size="sm" variant="danger" onClick={onCancel}>
          {cancelLabel}
        </Button>
      )}
    </div>
  );
}
