import { useEffect, useRef } from 'react';
import { engineSizes, type BackendInfo, type ModelInfo } from '../../lib/api/studio';
import { ErrorMessage, Field, Select } from '../../components/ui';
import { ClientErrorText, useEngines, useSelectedBackend, useSettingsStore } from '../settings';
import { useOptionsStore } from './optionsStore';

/** An engine as combobox "Engine" names it: with its price where the API prices per model (v2beta). */
const optionText = (e: Pick<ModelInfo, 'name' | 'credits'>): string =>
  e.credits === undefined ? e.name : `${e.name} · ${e.credits} credits`;

/**
 * Selects an engine (snapping the size to one it accepts). The defaults of CFG scale differ per model (SD 3.5
 * Large 4, its distilled Turbo and Flash 1), so a CFG scale still at the previous engine's default, or one
 * the previous engine did not show (Core has none), takes the new engine's.
 */
function chooseEngine(backend: BackendInfo, next: string): void {
  const { engineId, cfgScale, setEngine, setCfgScale } = useOptionsStore.getState();
  const before = backend.fields(engineId, 'text-to-image').cfgScale;
  const after = backend.fields(next, 'text-to-image').cfgScale?.default;
  setEngine(next, engineSizes(backend, next));
  if (after !== undefined && (before === undefined || cfgScale === before.default)) setCfgScale(after);
}

/**
 * The engine select, fed by the engine-list query of the configured host and API (or the API's own
 * catalogue, when it has no list): the engines that generate (an upscaler is offered on results, as
 * "Upscale"). `fixed`: the mode runs on an engine of its own (v2beta's inpaint and erase endpoints take no
 * model), shown instead and not choosable.
 */
export function EnginePicker({ errors, fixed }: { errors?: readonly string[]; fixed?: ModelInfo }) {
  const engineId = useOptionsStore((s) => s.engineId);
  const host = useSettingsStore((s) => s.host);
  const backend = useSelectedBackend();
  // Another API chosen: an engine it does not have gives way to its default (v2beta's models are no v1 engines).
  const shown = useRef(backend.id);
  useEffect(() => {
    if (shown.current === backend.id) return;
    shown.current = backend.id;
    const { engineId: id } = useOptionsStore.getState();
    const has = backend.capabilities.catalogue.some((e) => e.id === id && e.modes.includes('text-to-image'));
    if (!has) chooseEngine(backend, backend.capabilities.defaultEngineId);
  }, [backend]);
  const engines = useEngines();
  // Until the list arrives (or when it cannot), offer the API's known catalogue so the panel stays usable.
  const list = (engines.data ?? backend.capabilities.catalogue).filter((e) =>
    e.modes.includes('text-to-image'),
  );
  const known = list.some((e) => e.id === engineId);
  const options: Array<Pick<ModelInfo, 'id' | 'name' | 'credits'>> = fixed
    ? [fixed]
    : known
      ? list
      : [{ id: engineId, name: engineId }, ...list];
  return (
    <Field
      htmlFor="opt-engine"
      label="Engine"
      errors={errors}
      hint={fixed ? `${fixed.name} takes no model: the API’s own endpoint does it.` : undefined}
      aside={engines.isFetching ? <span className="text-[11px] text-paper-500">Loading…</span> : undefined}
    >
      <Select
        id="opt-engine"
        value={fixed?.id ?? engineId}
        disabled={fixed !== undefined}
        onChange={(e) => chooseEngine(backend, e.target.value)}
      >
        {options.map((e) => (
          <option key={e.id} value={e.id}>
            {optionText(e)}
          </option>
        ))}
      </Select>
      {engines.isError && (
        <ErrorMessage>
          {backend.capabilities.listsEngines ? 'Could not load the engine list.' : 'Could not reach the API.'}{' '}
          <ClientErrorText error={engines.error} context={{ host }} />
        </ErrorMessage>
      )}
    </Field>
  );
}
