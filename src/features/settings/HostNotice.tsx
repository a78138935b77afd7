import { Button } from '../../components/ui';
import { useSettingsDialog } from './settingsDialogStore';
import { useSettingsStore } from './settingsStore';

/**
 * Says once that the saved API host was changed when it was loaded (completed with a scheme, or
 * replaced by the local engine because it could not be used), so the switch is never silent.
 */
export function HostNotice() {
  const notice = useSettingsStore((s) => s.hostNotice);
  const dismiss = useSettingsStore((s) => s.dismissHostNotice);
  const openSettings = useSettingsDialog((s) => s.openSettings);
  if (!notice) return null;
  return (
    <div
      role="status"
      aria-label="API host"
      className="flex items-center gap-3 border-b border-ink-700 bg-ink-850 px-4 py-1.5 text-xs text-paper-200"
    >
      <p className="min-w-0 flex-1 break-words">{notice}</p>
      <Button
        size="sm"
        variant="ghost"
        title="Open the connection settings"
        onClick={() => {
          dismiss();
          openSettings();
        }}
      >
        Check API host
      </Button>
      <Button size="sm" variant="ghost" onClick={dismiss}>
        Dismiss
      </Button>
    </div>
  );
}
