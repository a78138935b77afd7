import { useShallow } from 'zustand/react/shallow';
import { CLIP_GUIDANCE_PRESETS, LIMITS, SAMPLERS } from '../../lib/api';
import { Field, NumberInput, Select, errorId } from '../../components/ui';
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
  const described = (id: string, field: UiField) => (errors[field] ? errorId(id) : undefined);
  return (
    <>
      <div className="grid grid-cols-2 gap-3">
        <Field htmlFor="opt-steps" label="Steps" errors={errors.steps}>
          <NumberInput
            id="opt-steps"
            value={s.steps}
            min={LIMITS.stepsMin}
            max={LIMITS.stepsMax}
            step={1}
            onValueChange={s.setSteps}
            invalid={Boolean(errors.steps)}
            aria-describedby={described('opt-steps', 'steps')}
            title={`Denoising steps, ${LIMITS.stepsMin}–${LIMITS.stepsMax}`}
          />
        </Field>
        <Field htmlFor="opt-cfg" label="CFG scale" errors={errors.cfgScale}>
          <NumberInput
            id="opt-cfg"
            value={s.cfgScale}
            min={LIMITS.cfgScaleMin}
            max={LIMITS.cfgScaleMax}
            step={0.5}
            onValueChange={s.setCfgScale}
            invalid={Boolean(errors.cfgScale)}
            aria-describedby={described('opt-cfg', 'cfgScale')}
            title={`How strictly to follow the prompt, ${LIMITS.cfgScaleMin}–${LIMITS.cfgScaleMax}`}
          />
        </Field>
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
        <Field htmlFor="opt-samples" label="Samples" errors={errors.samples}>
          <NumberInput
            id="opt-samples"
            value={s.samples}
            min={LIMITS.samplesMin}
            max={LIMITS.samplesMax}
            step={1}
            onValueChange={s.setSamples}
            invalid={Boolean(errors.samples)}
            aria-describedby={described('opt-samples', 'samples')}
            title={`Pictures per run, ${LIMITS.samplesMin}–${LIMITS.samplesMax}`}
          />
        </Field>
      </div>
    </>
  );
}
