import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button, Field, NumberInput, Select, errorId } from '../../components/ui';
import { engineSizes, type SizeCapability } from '../../lib/api/studio';
import { useSelectedBackend } from '../settings';
import { useOptionsStore } from './optionsStore';
import { sizePresets } from './sizePresets';

const CUSTOM = 'custom';

/**
 * Width × height: presets by aspect ratio for the chosen engine, custom values, and a swap. In the image
 * modes (`lockedTo`) the size is the init image's own: shown, disabled, and explained. `size` is the
 * API's explicit size rule for the engine (its step and smallest side).
 */
export function SizePicker({
  errors = [],
  lockedTo,
  size,
}: {
  errors?: readonly string[];
  lockedTo?: { width: number; height: number };
  size: Extract<SizeCapability, { kind: 'explicit' }>;
}) {
  const backend = useSelectedBackend();
  const chosen = useOptionsStore(
    useShallow((s) => ({
      engineId: s.engineId,
      width: s.width,
      height: s.height,
      setSize: s.setSize,
      setWidth: s.setWidth,
      setHeight: s.setHeight,
      swapSize: s.swapSize,
    })),
  );
  const { engineId, setSize, setWidth, setHeight, swapSize } = chosen;
  const { width, height } = lockedTo ?? chosen;
  const locked = lockedTo !== undefined;
  const presets = useMemo(() => {
    const sizes = engineSizes(backend, engineId);
    return sizes ? sizePresets(sizes) : [];
  }, [backend, engineId]);
  const current = presets.find((p) => p.width === width && p.height === height);
  const invalid = errors.length > 0;
  const side = {
    step: size.step,
    min: size.sideMin,
    disabled: locked,
    invalid,
    'aria-describedby': invalid ? errorId('opt-size') : undefined,
  };
  const mp = Number.isFinite(width * height) ? ((width * height) / 1e6).toFixed(2) : '–';
  return (
    <Field
      htmlFor="opt-size"
      label="Size"
      errors={errors}
      hint={
        locked
          ? `From the init image (${width}×${height}); crop or resize it on the canvas to change it.`
          : undefined
      }
      aside={<span className="text-[11px] text-paper-500 tabular-nums">{mp} MP</span>}
    >
      <Select
        id="opt-size"
        aria-label="Size preset"
        disabled={locked}
        value={current ? `${current.width}x${current.height}` : CUSTOM}
        onChange={(e) => {
          const p = presets.find((x) => `${x.width}x${x.height}` === e.target.value);
          if (p) setSize(p.width, p.height);
        }}
      >
        {presets.map((p) => (
          <option key={p.label} value={`${p.width}x${p.height}`}>
            {p.label} · {p.width}×{p.height}
          </option>
        ))}
        <option value={CUSTOM} disabled={current !== undefined}>
          Custom
        </option>
      </Select>
      <div className="flex items-center gap-1.5">
        <NumberInput
          aria-label="Width"
          title={`Width in pixels (multiple of ${size.step})`}
          value={width}
          onValueChange={setWidth}
          {...side}
        />
        <Button
          size="icon"
          variant="ghost"
          className="h-8 w-8"
          onClick={swapSize}
          disabled={locked}
          aria-label="Swap width and height"
          title="Swap width and height"
        >
          <span aria-hidden="true">⇄</span>
        </Button>
        <NumberInput
          aria-label="Height"
          title={`Height in pixels (multiple of ${size.step})`}
          value={height}
          onValueChange={setHeight}
          {...side}
        />
      </div>
    </Field>
  );
}
