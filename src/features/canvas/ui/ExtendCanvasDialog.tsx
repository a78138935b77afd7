import { useState } from 'react';
import { Button, Dialog, ErrorMessage, NumberField } from '../../../components/ui';
import { extendCanvas } from '../extend/extendCanvas';
import { NO_MARGINS, parseRatio, presetMargins, SIDES, type Margins } from '../extend/extendMargins';
import { checkExtend } from '../extend/extendProblem';
import type { Size } from '../sizing/fitSize';
import type { ExtendRule } from '../extend/extendRule';
import { keepsSize, useImageSizes, useImagesKeepSize } from '../store/useImageSizesStore';

/**
 * "Extend canvas": margins on each side (spinbuttons in the engine's step), presets that reach one of the
 * model's aspect ratios, the resulting size and what Generate will then send. "Extend" applies (one undo
 * step); "Cancel" or Escape closes and changes nothing.
 */
export function ExtendCanvasDialog(props: { before: Size; rule: ExtendRule; onClose: () => void }) {
  const { before, rule, onClose } = props;
  const sizes = useImageSizes();
  const keepSize = useImagesKeepSize();
  const [margins, setMargins] = useState<Margins>(NO_MARGINS);
  // "Only masked" keeps an image the engine refuses at its own size: asked for the enlarged picture.
  const after = {
    width: before.width + margins.left + margins.right,
    height: before.height + margins.top + margins.bottom,
  };
  const check = checkExtend(before, margins, rule, sizes, keepsSize(keepSize, after));
  const ok = check.all === null && Object.keys(check.sides).length === 0;
  const presets = rule.ratios.flatMap((label) => {
    const ratio = parseRatio(label);
    return ratio ? [{ label, margins: presetMargins(before, ratio, rule.step) }] : [];
  });
  const apply = () => {
    if (!ok) return;
    onClose();
    void extendCanvas(margins);
  };
  const { left, right, top, bottom } = margins;

  return (
    <Dialog open onClose={onClose} title="Extend canvas" className="w-[min(30rem,92vw)]">
      <form
        className="flex flex-col gap-4 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <p className="text-paper-300">
          Adds pixels around the {before.width}×{before.height} picture, pre-filled by continuing its edges
          and masked, so the next generation paints them.
          {rule.step > 1 && ` Margins go in steps of ${rule.step} px.`}
        </p>
        <div className="grid grid-cols-2 gap-3">
          {SIDES.map(([side, label], i) => (
            <NumberField
              key={side}
              id={`extend-${side}`}
              label={label}
              errors={check.sides[side] ? [check.sides[side]] : undefined}
              value={margins[side]}
              min={0}
              step={rule.step}
              data-autofocus={i === 0 ? true : undefined}
              onValueChange={(v) => setMargins((m) => ({ ...m, [side]: v }))}
            />
          ))}
        </div>
        {presets.length > 0 && (
          <div role="group" aria-label="Aspect ratio presets" className="flex flex-wrap items-center gap-1.5">
            <span className="text-xs text-paper-500">Reach</span>
            {presets.map((p) => (
              <Button
                key={p.label}
                size="sm"
                title={`Fill the margins to reach ${p.label}, centred`}
                onClick={() => setMargins(p.margins)}
              >
                {p.label}
              </Button>
            ))}
          </div>
        )}
        <p role="status" aria-label="Resulting size" className="text-paper-100 tabular-nums">
          {check.size ? `Result: ${check.size.width}×${check.size.height} px` : 'Result: —'}
        </p>
        {check.size && rule.outpaint && (
          <p className="text-xs text-paper-300">
            Generate sends the {before.width}×{before.height} picture to {rule.outpaint.endpoint} with left{' '}
            {left}, right {right}, up {top}, down {bottom}; the canvas shows the added area as a preview.
          </p>
        )}
        {check.size && !rule.outpaint && (
          <p className="text-xs text-paper-300">
            Generate then inpaints the {check.size.width}×{check.size.height} picture: only the added area is
            repainted.
          </p>
        )}
        {check.all && <ErrorMessage>{check.all}</ErrorMessage>}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={!ok}>
            Extend
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
