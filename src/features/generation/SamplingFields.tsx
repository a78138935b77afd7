import { useShallow } from 'zustand/react/shallow';
import type { FieldSet } from '../../lib/api/studio';
import { Field, NumberField, Select } from '../../components/ui';
import type { UiField } from './fieldIssues';
import { isClipPreset, isSampler } from './generationOptions';
import { useOptionsStore } from './optionsStore';
import { StylePresetField } from './StylePresetField';

const ENGINE_CHOICE = '';

/** Steps, CFG scale, sampler, CLIP guidance, style preset and samples: those the API has, in its ranges. */
export function SamplingFields({
  errors,
  fields,
}: {
  errors: Partial<Record<UiField, string[]>>;
  fields: FieldSet;
}) {
  const s = useOptionsStore(
    useShallow((st) => ({
      steps: st.steps,
      cfgScale: st.cfgScale,
      sampler: st.sampler,
      clip: st.clipGuidancePreset,
      samples: st.samples,
      setSteps: st.setSteps,
      setCfgScale: st.setCfgScale,
      setSampler: st.setSampler,
      setClip: st.setClipGuidancePreset,
      setSamples: st.setSamples,
    })),
  );
  const { steps, cfgScale, sampler, clipGuidancePreset: clip, samples } = fields;
  return (
    <>
      <div className="grid grid-cols-2 gap-3">
        {steps && (
          <NumberField
            id="opt-steps"
            label="Steps"
            errors={errors.steps}
            value={s.steps}
            min={steps.min}
            max={steps.max}
            step={steps.step ?? 1}
            onValueChange={s.setSteps}
            title={`Denoising steps, ${steps.min}–${steps.max}`}
          />
        )}
        {cfgScale && (
          <NumberField
            id="opt-cfg"
            label="CFG scale"
            errors={errors.cfgScale}
            value={s.cfgScale}
            min={cfgScale.min}
            max={cfgScale.max}
            step={cfgScale.step ?? 0.5}
            onValueChange={s.setCfgScale}
            title={`How strictly to follow the prompt, ${cfgScale.min}–${cfgScale.max}`}
          />
        )}
      </div>
      {sampler && (
        <Field htmlFor="opt-sampler" label="Sampler" errors={errors.sampler}>
          <Select
            id="opt-sampler"
            value={s.sampler ?? ENGINE_CHOICE}
            onChange={(e) => s.setSampler(isSampler(e.target.value) ? e.target.value : null)}
          >
            <option value={ENGINE_CHOICE}>Engine’s choice</option>
            {sampler.values.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <StylePresetField spec={fields.stylePreset} errors={errors.stylePreset} />
      <div className="grid grid-cols-[1fr_5.5rem] gap-3">
        {clip ? (
          <Field htmlFor="opt-clip" label="CLIP guidance" errors={errors.clipGuidancePreset}>
            <Select
              id="opt-clip"
              value={s.clip}
              onChange={(e) => {
                if (isClipPreset(e.target.value)) s.setClip(e.target.value);
              }}
            >
              {clip.values.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <span />
        )}
        <NumberField
          id="opt-samples"
          label="Samples"
          errors={errors.samples}
          value={s.samples}
          min={samples.min}
          max={samples.max}
          step={1}
          onValueChange={s.setSamples}
          title={`Pictures per run, ${samples.min}–${samples.max}`}
        />
      </div>
    </>
  );
}
