import { Button, useNow } from '../../components/ui';
import { cancelJob, type Job } from './pipeline/jobsStore';

/**
 * Runs in flight — Generate, sweeps, grids, Re-run, Upscale alike — each with its label, progress when it
 * has several requests ("2 of 4"), elapsed seconds and its own Cancel.
 */
export function RunList({ jobs }: { jobs: readonly Job[] }) {
  const now = useNow(100, jobs.length > 0);
  if (jobs.length === 0) return null;
  return (
    <ul aria-label="Running generations" className="flex flex-col gap-1.5">
      {jobs.map((j) => (
        <li
          key={j.id}
          className="flex items-center gap-2 rounded-md border border-ink-700 bg-ink-900 px-2 py-1.5 text-xs"
        >
          <span aria-hidden="true" className="h-2 w-2 shrink-0 animate-pulse rounded-full bg-accent-400" />
          <span className="min-w-0 flex-1 truncate text-paper-300" title={j.label}>
            {j.label || 'Untitled'}
          </span>
          {j.total > 1 && (
            <span className="text-paper-500 tabular-nums" aria-label="Progress">
              {j.done} of {j.total}
            </span>
          )}
          <span className="font-mono text-paper-500 tabular-nums" aria-label="Elapsed">
            {(Math.max(0, now - j.startedAt) / 1000).toFixed(1)} s
          </span>
          <Button size="sm" variant="danger" onClick={() => cancelJob(j.id)} title="Cancel this generation">
            Cancel
          </Button>
        </li>
      ))}
    </ul>
  );
}
