/** Progress of a running batch, with the one action that matters while it runs: cancel all. */
export interface JobProgressBarProps {
  done: number;
  total: number;
  failed?: number;
  label: string;
  onCancel?: () => void;
  cancelLabel?: string;
}

export function JobProgressBar({
  done,
  total,
  failed = 0,
  label,
  onCancel,
  cancelLabel = 'Cancel all',
}: JobProgressBarProps) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="flex items-center gap-3 text-sm text-paper-300">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total}`}
        className="h-2 w-40 overflow-hidden rounded bg-ink-700"
      >
        <div className="h-full bg-accent-500" style={{ width: `${pct}%` }} />
      </div>
      <span>
        {done} of {total}
        {failed > 0 && <span className="text-danger-400"> · {failed} failed</span>}
      </span>
      {onCancel && (
        <button
          type="button"
          onClick={onCancel}
          className="rounded px-2 py-0.5 text-paper-100 hover:bg-ink-700"
        >
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
