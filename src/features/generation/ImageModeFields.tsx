import { useShallow } from 'zustand/react/shallow';
import { Button, Field, NumberField, Select, errorId } from '../../components/ui';
import type { FieldSet, GenerationMode } from '../../lib/api/studio';
import type { UiField } from './fieldIssues';
import { isMaskSource } from './generationOptions';
import { MASK_SOURCE_CHOICES } from './generationMode';
import { useOptionsStore } from './optionsStore';

interface ImageModeFieldsProps {
  mode: GenerationMode;
  /** The API can erase a masked area (v2beta): the masked modes offer "Inpaint" or "Erase". */
  canErase?: boolean;
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
 * "Inpaint" or "Erase" for a masked area (v2beta), "Mask source" and "Grow mask" for the masked modes, and
 * "Step schedule end" under Advanced.
 */
export function ImageModeFields(props: ImageModeFieldsProps) {
  const { mode, fields, errors, maskHidden, initHasAlpha, canErase } = props;
  const s = useOptionsStore(
    useShallow((st) => ({
      strength: st.imageStrength,
      end: st.stepScheduleEnd,
      maskSource: st.maskSource,
      growMask: st.growMask,
      maskAction: st.maskAction,
      setStrength: st.setImageStrength,
      setEnd: st.setStepScheduleEnd,
      setMaskSource: st.setMaskSource,
      setGrowMask: st.setGrowMask,
      setMaskAction: st.setMaskAction,
    })),
  );
  if (mode === 'text-to-image') return null;
  const masked = mode === 'masking' || mode === 'erase';
  const showMaskSource = fields.maskSource !== undefined && (masked || initHasAlpha);
  const action = (name: 'Inpaint' | 'Erase', value: 'inpaint' | 'erase', title: string) => (
    <Button
      size="sm"
      variant={s.maskAction === value ? 'primary' : 'ghost'}
      aria-pressed={s.maskAction === value}
      onClick={() => s.setMaskAction(value)}
      title={title}
    >
      {name}
    </Button>
  );
  return (
    <>
      {masked && canErase && (
        <div role="group" aria-label="Masked area" className="flex items-center gap-1">
          {action('Inpaint', 'inpaint', 'Repaint the masked area from the prompt')}
          {action('Erase', 'erase', 'Remove the masked area, filled from its surroundings (no prompt)')}
        </div>
      )}
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
      {fields.growMask && (
        <NumberField
          id="opt-grow-mask"
          label="Grow mask"
          errors={errors.growMask}
          value={s.growMask}
          min={fields.growMask.min}
          max={fields.growMask.max}
          step={1}
          onValueChange={s.setGrowMask}
          title={`Pixels the mask's edge grows and feathers by, ${fields.growMask.min}–${fields.growMask.max}`}
        />
      )}
      {masked && maskHidden && (
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
