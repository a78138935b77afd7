import { engineSizes } from '../../lib/api/studio';
import { ErrorMessage, Field, Select } from '../../components/ui';
import { describeClientError, useEngines, useSelectedBackend, useSettingsStore } from '../settings';
import { useOptionsStore } from './optionsStore';

/**
 * The engine select, fed by the engine-list query of the configured host and API: the engines that generate
 * (an upscaler is offered on results, as "Upscale").
 */
export function EnginePicker({ errors }: { errors?: readonly string[] }) {
  const engineId = useOptionsStore((s) => s.engineId);
  const setEngine = useOptionsStore((s) => s.setEngine);
  const host = useSettingsStore((s) => s.host);
  const backend = useSelectedBackend();
  const engines = useEngines();
  // Until the list arrives (or when it cannot), offer the API's known catalogue so the panel stays usable.
  const list = (engines.data ?? backend.capabilities.catalogue).filter((e) =>
    e.modes.includes('text-to-image'),
  );
  const options = list.some((e) => e.id === engineId) ? list : [{ id: engineId, name: engineId }, ...list];
  return (
    <Field
      htmlFor="opt-engine"
      label="Engine"
      errors={errors}
      aside={engines.isFetching ? <span className="text-[11px] text-paper-500">Loading…</span> : undefined}
    >
      <Select
        id="opt-engine"
        value={engineId}
        onChange={(e) => setEngine(e.target.value, engineSizes(backend, e.target.value))}
      >
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
