import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../../components/ui';
import { useCanvasSummary } from '../../canvas';
import { useImageSizes } from '../useImageSizes';
import { onlyMaskedApplies } from './onlyMaskedRule';
import { usePlannedRegionStore } from './plannedRegion';
import { CONTEXT_MARGIN_MAX, setContextMargin, setOnlyMasked, useRegionStore } from './regionStore';
import { useSendRegionSync } from './useSendRegionSync';

/**
 * "Only masked" and "Context margin" (inpaint and erase): send only the region around the mask — its box
 * plus the margin, grown to a size the model takes — and paste the answer back into the full picture.
 * On by default when the image is larger than the model allows. Keeps the canvas's outline of the region.
 */
export function MaskedRegionFields() {
  useSendRegionSync();
  const s = useRegionStore(useShallow((st) => ({ choice: st.onlyMasked, margin: st.contextMargin })));
  const { width, height } = useCanvasSummary();
  const sizes = useImageSizes();
  const on = onlyMaskedApplies(s.choice, { width, height }, sizes);
  const plan = usePlannedRegionStore((st) => st.plan);
  const note = plan
    ? `Sends ${plan.region.width}×${plan.region.height} of the ${width}×${height} image` +
      (plan.sendSize.width !== plan.region.width ? `, at ${plan.sendSize.width}×${plan.sendSize.height}` : '')
    : null;
  return (
    <div className="flex flex-col gap-2">
      <label className="flex items-center gap-2 text-xs font-medium text-paper-300">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => setOnlyMasked(e.target.checked)}
          className="accent-accent-500"
          title="Send only the region around the mask, and paste the answer back into the full-resolution image"
        />
        Only masked
      </label>
      {on && (
        <Field
          htmlFor="opt-context-margin"
          label="Context margin"
          aside={<span className="text-[11px] text-paper-300 tabular-nums">{s.margin} px</span>}
          hint={note}
        >
          <input
            id="opt-context-margin"
            type="range"
            min={0}
            max={CONTEXT_MARGIN_MAX}
            step={1}
            value={s.margin}
            aria-valuetext={`${s.margin} px`}
            onChange={(e) => setContextMargin(Number(e.target.value))}
            className="w-full accent-accent-500"
            title="Pixels of picture around the mask the engine sees, for context"
          />
        </Field>
      )}
    </div>
  );
}
