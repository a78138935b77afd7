import { Field, Select, errorId } from '../../components/ui';
import type { ChoiceSpec } from '../../lib/api/studio';
import { useOptionsStore } from './optionsStore';

const NONE = '';

/**
 * Combobox "Style preset": "None" and the API's presets. Shown only where the API has them (v1), where the
 * engine applies the preset to the picture.
 */
export function StylePresetField({ spec, errors }: { spec?: ChoiceSpec; errors?: readonly string[] }) {
  const preset = useOptionsStore((s) => s.stylePreset);
  const setPreset = useOptionsStore((s) => s.setStylePreset);
  if (!spec) return null;
  const invalid = Boolean(errors?.length);
  return (
    <Field htmlFor="opt-style" label="Style preset" errors={errors}>
      <Select
        id="opt-style"
        value={preset ?? NONE}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId('opt-style') : undefined}
        onChange={(e) => setPreset(e.target.value === NONE ? null : e.target.value)}
      >
        <option value={NONE}>None</option>
        {spec.values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
        {preset !== null && !spec.values.includes(preset) && <option value={preset}>{preset}</option>}
      </Select>
    </Field>
  );
}
