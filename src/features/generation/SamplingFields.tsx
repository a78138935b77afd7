import { useShallow } from 'zustand/react/shallow';
import { CLIP_GUIDANCE_PRESETS, LIMITS, SAMPLERS } from '../../lib/api';
import { Field, NumberField, Select } from '../../components/ui';
import type { UiField } from './fieldIssues';
import { isClipPreset, isSampler } from './generationOptions';
import { useOptionsStore } from './optionsStore';

const ENGINE_CHOICE = '';

/** Steps, CFG scale, sampler, CLIP guidance and samples. */
export function SamplingFields({ errors }: { errors: Partial<Record<UiField, string[]>> }) {
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
  return (
    <>
      <div className="grid grid-cols-2 gap-3">
        <NumberField
          id="opt-steps"
          label="Steps"
          errors={errors.steps}
          value={s.steps}
          min={LIMITS.stepsMin}
          max={LIMITS.stepsMax}
          step={1}
          onValueChange={s.setSteps}
          title={`Denoising steps, ${LIMITS.stepsMin}–${LIMITS.stepsMax}`}
        />
        <NumberField
          id="opt-cfg"
          label="CFG scale"
          errors={errors.cfgScale}
          value={s.cfgScale}
          min={LIMITS.cfgScaleMin}
          max={LIMITS.cfgScaleMax}
          step={0.5}
          onValueChange={s.setCfgScale}
          title={`How strictly to follow the prompt, ${LIMITS.cfgScaleMin}–${LIMITS.cfgScaleMax}`}
        />
      </div>
      <Field htmlFor="opt-sampler" label="Sampler" errors={errors.sampler}>
        <Select
          id="opt-sampler"
          value={s.sampler ?? ENGINE_CHOICE}
          onChange={(e) => s.setSampler(isSampler(e.target.value) ? e.target.value : null)}
        >
          <option value={ENGINE_CHOICE}>Engine’s choice</option>
          {SAMPLERS.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </Select>
      </Field>
      <div className="grid grid-cols-[1fr_5.5rem] gap-3">
        <Field htmlFor="opt-clip" label="CLIP guidance" errors={errors.clipGuidancePreset}>
          <Select
            id="opt-clip"
            value={s.clip}
            onChange={(e) => {
              if (isClipPreset(e.target.value)) s.setClip(e.target.value);
            }}
          >
            {CLIP_GUIDANCE_PRESETS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </Select>
        </Field>
        <NumberField
          id="opt-samples"
          label="Samples"
          errors={errors.samples}
          value={s.samples}
          min={LIMITS.samplesMin}
          max={LIMITS.samplesMax}
          step={1}
          onValueChange={s.setSamples}
          title={`Pictures per run, ${LIMITS.samplesMin}–${LIMITS.samplesMax}`}
        />
      </div>
    </>
  );
}
