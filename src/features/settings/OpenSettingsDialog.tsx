import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, Field, INPUT_CLASS, cx } from '../../components/ui';
import { backendById, proposeBackend } from '../../lib/api/studio';
import { ApiVersionField } from './ApiVersionField';
import { ConnectionTest } from './ConnectionTest';
import { engineKeys } from './engineQueries';
import { HostField } from './HostField';
import { hostLabel, isLocalEngine, resolveConnection } from './resolveConnection';
import { useSettingsDialog } from './settingsDialogStore';
import { useSettingsStore } from './settingsStore';
import { useHostDraft, type HostDraft } from './useHostDraft';

/**
 * The open Settings dialog (loaded on demand by SettingsDialog): the connection profile — host, API version,
 * key, organization — and "Test connection" to prove they work.
 */
export function OpenSettingsDialog() {
  const closeSettings = useSettingsDialog((s) => s.closeSettings);
  const queryClient = useQueryClient();
  const [note, setNote] = useState<string | null>(null);
  // Choosing Stability's own host proposes the newest API it serves (the registry decides which) — once per
  // host chosen: committing the same host again (Done, Test connection) keeps the API version picked since.
  const proposedFor = useRef(useSettingsStore.getState().host);
  const host = useHostDraft((chosen) => {
    if (chosen === proposedFor.current) return;
    proposedFor.current = chosen;
    const proposed = proposeBackend(chosen);
    const { apiVersion, setApiVersion } = useSettingsStore.getState();
    if (!proposed || proposed === apiVersion) return;
    setApiVersion(proposed);
    setNote(
      `API version is now ${backendById(proposed).label}, the newest API ${hostLabel(chosen)} serves (it was ${backendById(apiVersion).label}).`,
    );
  });
  const close = () => {
    // An unusable host keeps the dialog open with its message under the field, rather than being
    // dropped silently; emptying the field or "Local engine" always gets out.
    if (!host.commit().ok) return;
    closeSettings();
    // The key and organization are not part of the engine query's key; refetch with the new ones.
    void queryClient.invalidateQueries({ queryKey: engineKeys.all });
  };
  return (
    <Dialog open onClose={close} title="Settings" className="w-[min(32rem,92vw)]">
      <SettingsForm host={host} note={note} onDone={close} />
    </Dialog>
  );
}

function SettingsForm({ host, note, onDone }: { host: HostDraft; note: string | null; onDone: () => void }) {
  const s = useSettingsStore();
  const [showKey, setShowKey] = useState(false);
  // Check the host as typed first: an unusable one shows its message and nothing is sent.
  const prepare = () => {
    const checked = host.commit();
    if (!checked.ok) return null;
    const { apiKey, organization, apiVersion } = useSettingsStore.getState();
    return { conn: resolveConnection({ host: checked.host, apiKey, organization }), apiVersion };
  };
  const local = isLocalEngine(host.text);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onDone();
      }}
    >
      <HostField draft={host} />
      <ApiVersionField note={note} />
      <Field
        htmlFor="settings-key"
        label="API key"
        hint={
          local
            ? 'Not sent to the local engine: it always gets its development key. A key here goes only to another API host.'
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
          placeholder={local ? 'Not needed for the local engine' : 'sk-…'}
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
      <ConnectionTest prepare={prepare} host={s.host} />
      <div className="flex justify-end">
        <Button type="submit" variant="primary">
          Done
        </Button>
      </div>
    </form>
  );
}
