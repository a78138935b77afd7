import { Button, Field, NumberInput, errorId } from '../../components/ui';
import type { NumberSpec } from '../../lib/api/studio';
import { useOptionsStore } from './optionsStore';
import { randomSeed } from './seed';

/** The seed, with a dice to roll a concrete one and a one-click return to "random each run" (0). */
export function SeedField({ errors, spec }: { errors?: readonly string[]; spec: NumberSpec }) {
  const seed = useOptionsStore((s) => s.seed);
  const setSeed = useOptionsStore((s) => s.setSeed);
  return (
    <Field
      htmlFor="opt-seed"
      label="Seed"
      errors={errors}
      hint={
        seed === 0 ? '0 = a new random seed every run.' : 'Fixed: the same options give the same picture.'
      }
    >
      <div className="flex items-center gap-1.5">
        <NumberInput
          id="opt-seed"
          value={seed}
          min={spec.min}
          max={spec.max}
          step={1}
          onValueChange={setSeed}
          invalid={Boolean(errors?.length)}
          aria-describedby={errors?.length ? errorId('opt-seed') : undefined}
          className="font-mono"
        />
        <Button
          size="icon"
          className="h-8 w-8"
          aria-label="Random seed"
          title="Roll a random seed"
          onClick={() => setSeed(randomSeed())}
        >
          <span aria-hidden="true">⚄</span>
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="h-8"
          onClick={() => setSeed(0)}
          disabled={seed === 0}
          title="Use a new random seed every run (seed 0)"
        >
          Any
        </Button>
      </div>
    </Field>
  );
}
