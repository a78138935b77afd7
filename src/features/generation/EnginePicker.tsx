import { ENGINE_CATALOGUE } from '../../lib/api';
import { ErrorMessage, Field, Select } from '../../components/ui';
import { describeClientError, useEngines, useSettingsStore } from '../settings';
import { useOptionsStore } from './optionsStore';

/** The engine select, fed by the engine-list query of the configured host. */
export function EnginePicker({ errors }: { errors?: readonly string[] }) {
  const engineId = useOptionsStore((s) => s.engineId);
  const setEngine = useOptionsStore((s) => s.setEngine);
  const host = useSettingsStore((s) => s.host);
  const engines = useEngines();
  // Until the list arrives (or when it cannot), offer the known catalogue so the panel stays usable.
  const list = engines.data ?? ENGINE_CATALOGUE.map(({ id, name }) => ({ id, name }));
  const options = list.some((e) => e.id === engineId) ? list : [{ id: engineId, name: engineId }, ...list];
  return (
    <Field
      htmlFor="opt-engine"
      label="Engine"
      errors={errors}
      aside={engines.isFetching ? <span className="text-[11px] text-paper-500">Loading…</span> : undefined}
    >
      <Select id="opt-engine" value={engineId} onChange={(e) => setEngine(e.target.value)}>
        {options.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </Select>
      {engines.isError && (
        <ErrorMessage>
          Could not load the engine list. {describeClientError(engines.error, { host })}
        </ErrorMessage>
      )}
    </Field>
  );
}
