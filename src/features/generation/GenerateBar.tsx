import { useState } from 'react';
import { Button, CostEstimate, ErrorMessage, hotkeyLabel, useHotkey, type Hotkey } from '../../components/ui';
import { isClientError } from '../../lib/api/studio';
import { ClientErrorText, useSettingsDialog } from '../settings';
import { canvasInputsNow } from './canvasExport';
import { generateFrom } from './generate';
import { InvalidRequestError } from './pipeline/run';
import { useFailedJobs, useRunningJobs } from './pipeline/jobsStore';
import { RunList } from './RunList';
import { useAccountBalance } from './useAccountBalance';

const GENERATE_KEY: Hotkey = { key: 'Enter', mod: true };

/** Issues that would send the user to Settings rather than to a field. */
const SETTINGS_STATUSES = new Set([401, 403]);

export interface GenerateBarProps {
  valid: boolean;
  /** False while the API's rules load: Generate waits, saying "Checking…". */
  ready: boolean;
  problems: readonly string[];
  /** Credits Generate would cost (all its samples), by the chosen API's price rule. */
  cost: number;
  /** What stands between the user and Generate when no message is shown yet (untouched fields). */
  hint?: string;
  /** Ctrl/⌘+Enter while something is wrong: the panel shows every message then. */
  onInvalidAttempt?: () => void;
}

/**
 * The Generate button (and shortcut), what it would cost against the balance, every run in flight, and the
 * latest failure in plain words.
 */
export function GenerateBar({ valid, ready, problems, cost, hint, onInvalidAttempt }: GenerateBarProps) {
  const [exportError, setExportError] = useState<string | null>(null);
  // The canvas's images are read at the press, so a stroke made while a run is in flight goes to the next.
  const start = async () => {
    setExportError(null);
    try {
      generateFrom(await canvasInputsNow());
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };
  const running = useRunningJobs();
  const failed = useFailedJobs();
  const openSettings = useSettingsDialog((s) => s.openSettings);
  const balance = useAccountBalance();
  useHotkey(GENERATE_KEY, () => {
    if (valid) void start();
    else onInvalidAttempt?.();
  });
  const latest = failed[0];
  const apiError = isClientError(latest?.error) && latest.error.kind === 'api' ? latest.error : null;
  const status = apiError?.status ?? 0;
  // Every problem the API listed (v2beta's errors[]), under the one sentence.
  const listed = apiError?.problems ?? [];
  return (
    <div className="flex flex-col gap-2 border-t border-ink-700 bg-ink-900/95 p-3">
      {problems.map((p) => (
        <ErrorMessage key={p}>{p}</ErrorMessage>
      ))}
      {exportError && <ErrorMessage>{exportError}</ErrorMessage>}
      <Button
        variant="primary"
        size="lg"
        className="w-full justify-center"
        disabled={!valid}
        onClick={() => void start()}
        title={`Generate (${hotkeyLabel(GENERATE_KEY)})`}
      >
        Generate
        <kbd
          className="ml-1 rounded bg-black/20 px-1.5 py-0.5 font-mono text-[10px] font-normal"
          aria-hidden="true"
        >
          {hotkeyLabel(GENERATE_KEY)}
        </kbd>
      </Button>
      <CostEstimate credits={cost} balance={balance} />
      {(!ready || !valid) && (
        <p className="text-center text-[11px] text-paper-500">
          {!ready ? 'Checking…' : (hint ?? 'Fix the highlighted fields to generate.')}
        </p>
      )}
      <RunList jobs={running} />
      {latest && (
        <div className="flex items-start gap-2 rounded-md border border-danger-500/40 bg-danger-500/10 p-2">
          <div className="flex flex-1 flex-col gap-1">
            <ErrorMessage className="text-sm">
              {latest.error instanceof InvalidRequestError ? (
                latest.error.message
              ) : (
                <ClientErrorText
                  error={latest.error}
                  context={{ host: latest.host, engineId: latest.engineId }}
                />
              )}
            </ErrorMessage>
            {listed.length > 1 && (
              <ul aria-label="Problems" className="list-disc pl-5 text-xs text-danger-400">
                {listed.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
          {SETTINGS_STATUSES.has(status) && apiError?.errorName !== 'content_moderation' && (
            // Not named "Settings": the header's Settings button must stay the only match for that name.
            <Button size="sm" onClick={openSettings} title="Open the connection settings">
              Edit connection
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
