import { useShallow } from 'zustand/react/shallow';
import { Field, Select, errorId } from '../../components/ui';
import type { FieldSet, GenerationMode } from '../../lib/api/studio';
import type { UiField } from './fieldIssues';
import { isMaskSource } from './generationOptions';
import { MASK_SOURCE_CHOICES } from './generationMode';
import { useOptionsStore } from './optionsStore';

interface ImageModeFieldsProps {
  mode: GenerationMode;
  /** The API's fields for this engine and mode: only those it has are shown. */
  fields: FieldSet;
  errors: Partial<Record<UiField, string[]>>;
  /** True when the mask overlay is hidden on the canvas (it still applies). */
  maskHidden: boolean;
  /** True when the init image has transparent pixels. */
  initHasAlpha: boolean;
}

/**
 * The image modes' own options, exactly where the API has them (its `fields` for the mode): "Image
 * strength" (image-to-image; in inpainting the mask decides what changes, so no API sends one there),
 * "Mask source" for inpainting, and "Step schedule end" under Advanced.
 */
export function ImageModeFields({ mode, fields, errors, maskHidden, initHasAlpha }: ImageModeFieldsProps) {
  const s = useOptionsStore(
    useShallow((st) => ({
      strength: st.imageStrength,
      end: st.stepScheduleEnd,
      maskSource: st.maskSource,
      setStrength: st.setImageStrength,
      setEnd: st.setStepScheduleEnd,
      setMaskSource: st.setMaskSource,
    })),
  );
  if (mode === 'text-to-image') return null;
  const showMaskSource = fields.maskSource !== undefined && (mode === 'masking' || initHasAlpha);
  return (
    <>
      {fields.imageStrength && (
        <RangeField
          id="opt-strength"
          label="Image strength"
          errors={errors.imageStrength}
          hint="How much of the init image survives: 1 keeps it, 0 ignores it."
          value={s.strength}
          onValueChange={s.setStrength}
          title="Image strength: how much of the init image survives"
        />
      )}
      {showMaskSource && (
        <Field htmlFor="opt-mask-source" label="Mask source" errors={errors.maskSource}>
          <Select
            id="opt-mask-source"
            value={s.maskSource}
            onChange={(e) => {
              if (isMaskSource(e.target.value)) s.setMaskSource(e.target.value);
            }}
          >
            {MASK_SOURCE_CHOICES.map((c) => (
              <option
                key={c.value}
                value={c.value}
                disabled={c.value === 'INIT_IMAGE_ALPHA' && !initHasAlpha}
              >
                {c.label}
              </option>
            ))}
            {!MASK_SOURCE_CHOICES.some((c) => c.value === s.maskSource) && (
              <option value={s.maskSource}>{s.maskSource}</option>
            )}
          </Select>
        </Field>
      )}
      {mode === 'masking' && maskHidden && (
        <p role="note" className="text-[11px] leading-snug text-warn-400">
          The mask is hidden on the canvas, but it still applies: the masked area will be repainted.
        </p>
      )}
      {fields.stepScheduleEnd && (
        <details className="text-xs text-paper-300">
          <summary className="cursor-pointer select-none">Advanced</summary>
          <div className="mt-2">
            <RangeField
              id="opt-schedule-end"
              label="Step schedule end"
              errors={errors.stepScheduleEnd}
              value={s.end}
              onValueChange={s.setEnd}
              title="Where the denoising schedule ends (0–1)"
            />
          </div>
        </details>
      )}
    </>
  );
}

interface RangeFieldProps {
  id: string;
  label: string;
  errors?: readonly string[];
  hint?: string;
  value: number;
  onValueChange: (value: number) => void;
  title: string;
}

/** A 0–1 slider (step 0.01) with its value shown beside the label. */
function RangeField({ id, label, errors, hint, value, onValueChange, title }: RangeFieldProps) {
  const shown = value.toFixed(2);
  return (
    <Field
      htmlFor={id}
      label={label}
      errors={errors}
      hint={hint}
      aside={<span className="text-[11px] text-paper-300 tabular-nums">{shown}</span>}
    >
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.01}
        value={Number.isFinite(value) ? value : 0}
        aria-valuetext={shown}
        aria-describedby={errors?.length ? errorId(id) : undefined}
        onChange={(e) => onValueChange(Number(e.target.value))}
        className="w-full accent-accent-500"
        title={title}
      />
    </Field>
  );
}
