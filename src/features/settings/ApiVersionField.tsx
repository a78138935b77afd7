import { Field, Select } from '../../components/ui';
import { BACKENDS, isBackendId } from '../../lib/api/studio';
import { useSettingsStore } from './settingsStore';

/** Combobox "API version": one option per API the studio speaks, labelled by its backend. */
export function ApiVersionField({ note }: { note: string | null }) {
  const apiVersion = useSettingsStore((s) => s.apiVersion);
  const setApiVersion = useSettingsStore((s) => s.setApiVersion);
  return (
    <Field
      htmlFor="settings-api-version"
      label="API version"
      hint={note ?? 'Which of Stability’s APIs the host is spoken to in. The local engine serves every one.'}
    >
      <Select
        id="settings-api-version"
        value={apiVersion}
        onChange={(e) => {
          if (isBackendId(e.target.value)) setApiVersion(e.target.value);
        }}
      >
        {BACKENDS.map((b) => (
          <option key={b.id} value={b.id}>
            {b.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
