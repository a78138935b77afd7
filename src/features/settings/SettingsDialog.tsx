import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, ErrorMessage, Field, INPUT_CLASS, cx } from '../../components/ui';
import { describeClientError } from './describeClientError';
import { engineKeys } from './engineQueries';
import { STABILITY_HOST, hostLabel } from './resolveConnection';
import { useSettingsDialog } from './settingsDialogStore';
import { useSettingsStore } from './settingsStore';
import { useApiClient } from './useConnection';

/** The connection profile: host, key, organization, and a balance call to prove they work. */
export function SettingsDialog() {
  const open = useSettingsDialog((s) => s.open);
  const closeSettings = useSettingsDialog((s) => s.closeSettings);
  const queryClient = useQueryClient();
  const close = () => {
    closeSettings();
    // The key and organization are not part of the engine query's key; refetch with the new ones.
    void queryClient.invalidateQueries({ queryKey: engineKeys.all });
  };
  return (
    <Dialog open={open} onClose={close} title="Settings" className="w-[min(32rem,92vw)]">
      <SettingsForm onDone={close} />
    </Dialog>
  );
}

function SettingsForm({ onDone }: { onDone: () => void }) {
  const s = useSettingsStore();
  const [showKey, setShowKey] = useState(false);
  const client = useApiClient();
  const test = useMutation({
    mutationKey: ['settings', 'testConnection'],
    mutationFn: () => client.getBalance(),
  });
  const localKeyHint = s.host.trim() === '' && s.apiKey === '';
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onDone();
      }}
    >
      <Field
        htmlFor="settings-host"
        label="API host"
        hint="Empty = the local engine served with this page. Requests and the key go only here."
        aside={
          <div className="flex gap-1">
            <Button size="sm" variant="ghost" onClick={() => s.setHost('')} aria-pressed={s.host === ''}>
              Local engine
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => s.setHost(STABILITY_HOST)}
              aria-pressed={s.host === STABILITY_HOST}
            >
              Stability API
            </Button>
          </div>
        }
      >
        {/* No datalist: it would turn the field into a combobox; the two buttons above pick presets. */}
        <input
          id="settings-host"
          data-autofocus
          type="text"
          className={INPUT_CLASS}
          placeholder="Local engine (this origin)"
          autoComplete="off"
          spellCheck={false}
          value={s.host}
          onChange={(e) => s.setHost(e.target.value)}
        />
      </Field>
      <Field
        htmlFor="settings-key"
        label="API key"
        hint={
          localKeyHint
            ? 'Optional for the local engine: its development key is sent automatically.'
            : undefined
        }
        aside={
          <Button size="sm" variant="ghost" onClick={() => setShowKey((v) => !v)} aria-pressed={showKey}>
            {showKey ? 'Hide key' : 'Show key'}
          </Button>
        }
      >
        {/* A password input has no implicit role; role="textbox" keeps it findable by name. */}
        <input
          id="settings-key"
          role="textbox"
          type={showKey ? 'text' : 'password'}
          className={cx(INPUT_CLASS, 'font-mono')}
          placeholder={s.host.trim() === '' ? 'Local development key' : 'sk-…'}
          autoComplete="off"
          spellCheck={false}
          value={s.apiKey}
          onChange={(e) => s.setApiKey(e.target.value)}
        />
      </Field>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2 text-sm text-paper-300">
          <input
            type="checkbox"
            className="h-4 w-4 accent-accent-500"
            aria-describedby="settings-remember-hint"
            checked={s.rememberKey}
            onChange={(e) => s.setRememberKey(e.target.checked)}
          />
          Remember on this device
        </label>
        <span id="settings-remember-hint" className="text-xs text-paper-500">
          {s.rememberKey ? '(kept in this browser)' : '(otherwise kept for this tab only)'}
        </span>
      </div>
      <Field htmlFor="settings-org" label="Organization" hint="Optional. Sent as the Organization header.">
        <input
          id="settings-org"
          type="text"
          className={cx(INPUT_CLASS, 'font-mono')}
          placeholder="org-…"
          autoComplete="off"
          spellCheck={false}
          value={s.organization}
          onChange={(e) => s.setOrganization(e.target.value)}
        />
      </Field>
      <div className="flex flex-col gap-2 rounded-lg border border-ink-700 bg-ink-900 p-3">
        <div className="flex items-center justify-between gap-3">
          <Button
            onClick={() => test.mutate()}
            disabled={test.isPending}
            title="Ask the host for this key's balance"
          >
            {test.isPending ? 'Testing…' : 'Test connection'}
          </Button>
          <span className="truncate text-xs text-paper-500">{hostLabel(s.host)}</span>
        </div>
        {test.isSuccess && (
          <p role="status" className="text-sm text-ok-400">
            Connected. Balance: {test.data.credits.toLocaleString('en-US', { maximumFractionDigits: 2 })}{' '}
            credits.
          </p>
        )}
        {test.isError && (
          <ErrorMessage className="text-sm">{describeClientError(test.error, { host: s.host })}</ErrorMessage>
        )}
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary">
          Done
        </Button>
      </div>
    </form>
  );
}
