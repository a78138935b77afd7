import { lazy, Suspense } from 'react';
import { useSettingsDialog } from './settingsDialogStore';

// The dialog's form, host checks and balance call are no part of the first paint: they load when
// Settings is first opened (README.md, "Budgets").
const OpenSettingsDialog = lazy(() =>
  import('./OpenSettingsDialog').then((m) => ({ default: m.OpenSettingsDialog })),
);

/** The connection profile: host, key, organization, and a balance call to prove they work. */
export function SettingsDialog() {
  const open = useSettingsDialog((s) => s.open);
  // Mounted only while open, so the host field starts from the stored host each time.
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <OpenSettingsDialog />
    </Suspense>
  );
}
