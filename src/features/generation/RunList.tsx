import { Button, useNow } from '../../components/ui';
import { cancelRun } from './runControllers';
import type { RunView } from './useRuns';

/** Generations in flight, each with its prompt, elapsed seconds and its own Cancel. */
export function RunList({ runs }: { runs: readonly RunView[] }) {
  const now = useNow(100, runs.length > 0);
  if (runs.length === 0) return null;
  return (
    <ul aria-label="Running generations" className="flex flex-col gap-1.5">
      {runs.map((r) => (
        <li
          key={r.runId}
          className="flex items-center gap-2 rounded-md border border-ink-700 bg-ink-900 px-2 py-1.5 text-xs"
        >
          <span aria-hidden="true" className="h-2 w-2 shrink-0 animate-pulse rounded-full bg-accent-400" />
          <span className="min-w-0 flex-1 truncate text-paper-300" title={r.label}>
            {r.label || 'Untitled'}
          </span>
          <span className="font-mono text-paper-500 tabular-nums" aria-label="Elapsed">
            {(Math.max(0, now - r.submittedAt) / 1000).toFixed(1)} s
          </span>
          <Button
            size="sm"
            variant="danger"
            onClick={() => cancelRun(r.runId)}
            title="Cancel this generation"
          >
            Cancel
          </Button>
        </li>
      ))}
    </ul>
  );
}
