import { Button, cx, hotkeyLabel, useHotkey, type Hotkey } from '../components/ui';
import { OpenRecipeButton } from './RecipeImport';
import {
  HostNotice,
  hostLabel,
  useEngines,
  useSelectedBackend,
  useSettingsDialog,
  useSettingsStore,
} from '../features/settings';

const SETTINGS_KEY: Hotkey = { key: ',', mod: true };

/** Top bar: the name, where requests go, and Settings; below it, a word when the saved host was changed. */
export function StudioHeader() {
  const openSettings = useSettingsDialog((s) => s.openSettings);
  const host = useSettingsStore((s) => s.host);
  const backend = useSelectedBackend();
  useHotkey(SETTINGS_KEY, openSettings);
  // The engine list doubles as a health check of the connection.
  const engines = useEngines();
  const health = engines.isSuccess ? 'Connected' : engines.isError ? 'Not connected' : 'Connecting…';
  return (
    <>
      <header className="flex h-11 shrink-0 items-center gap-3 border-b border-ink-700 bg-ink-900 px-4">
        <div className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="h-4 w-4 rounded-sm bg-gradient-to-br from-accent-400 to-accent-600"
          />
          <h1 className="text-sm font-semibold tracking-wide text-paper-100">Gesso</h1>
        </div>
        <div className="ml-auto flex items-center gap-3">
          <span
            className="flex items-center gap-1.5 text-xs text-paper-500"
            title={`${health}. Requests go here, in this API.`}
          >
            <span
              aria-hidden="true"
              className={cx(
                'h-1.5 w-1.5 rounded-full',
                engines.isSuccess ? 'bg-ok-400' : engines.isError ? 'bg-danger-500' : 'bg-paper-500',
              )}
            />
            {`${backend.label} · ${hostLabel(host)}`}
          </span>
          <OpenRecipeButton />
          <Button size="sm" onClick={openSettings} title={`Settings (${hotkeyLabel(SETTINGS_KEY)})`}>
            Settings
          </Button>
        </div>
      </header>
      <HostNotice />
    </>
  );
}
