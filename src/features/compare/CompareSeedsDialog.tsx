import { useId, useMemo, useState } from 'react';
import { CostEstimate } from '../../components/ui';
import type { GenerationParams } from '../../lib/api/studio';
import { ModalDialog } from './ModalDialog';
import { parseSeedList, seedListHint } from './parseSeedList';
import { planSeedSweep, type SeedStrategy, type SeedSweepRequest } from './planSeedSweep';
import { MAX_SWEEP_SEEDS } from './seedRuns';
import { DialogActions } from './DialogActions';

export interface CompareSeedsDialogProps {
  /** The current recipe's params. */
  params: GenerationParams;
  /** The seed "next" counts from: the picture's actual seed. Defaults to `params.seed` (0 → starts at 1). */
  currentSeed?: number;
  /** Most seeds per request: the API's per-request maximum. */
  maxSamplesPerRequest: number;
  /** The API's largest seed. */
  seedMax: number;
  /** Random source for "Random seeds" (tests pass a fixed one). */
  rng?: () => number;
  /** Credits one request with these params costs (its API's rule): the dialog shows the whole sweep's. */
  costOf?: (params: GenerationParams) => number;
  /** Credits left, when the API has a balance: a sweep that costs more is marked. */
  balance?: number;
  /** Called with the planned requests; the dialog stays open until the caller closes it. */
  onRun: (plan: SeedSweepRequest[]) => void;
  onClose: () => void;
}

type Kind = SeedStrategy['kind'];

const inputClass =
  'w-full rounded border border-ink-600 bg-ink-900 px-2 py-1 text-sm text-paper-100 disabled:opacity-50';

/** "Compare seeds": runs the current recipe with N seeds (next N, N random, or a typed list). */
export function CompareSeedsDialog(props: CompareSeedsDialogProps) {
  const [kind, setKind] = useState<Kind>('next');
  const [count, setCount] = useState('4');
  const [listText, setListText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { count: useId(), list: useId(), listHint: useId(), error: useId() };
  const from = props.currentSeed ?? props.params.seed ?? 0;

  const { params, maxSamplesPerRequest, seedMax, rng, costOf } = props;
  /** The sweep the form describes now, or why it cannot run. */
  const planned = useMemo((): { plan: SeedSweepRequest[] } | { error: string } => {
    let strategy: SeedStrategy;
    if (kind === 'list') {
      const parsed = parseSeedList(listText, seedMax);
      if ('error' in parsed) return parsed;
      strategy = { kind: 'list', seeds: parsed.seeds };
    } else {
      strategy = kind === 'next' ? { kind: 'next', from } : { kind: 'random', rng };
    }
    try {
      const plan = planSeedSweep({ params, count: Number(count), strategy, maxSamplesPerRequest, seedMax });
      return { plan };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [kind, count, listText, from, rng, params, maxSamplesPerRequest, seedMax]);
  // The whole job: every request of the plan, each with all its samples.
  const cost = costOf && 'plan' in planned ? planned.plan.reduce((n, r) => n + costOf(r.params), 0) : null;

  const run = () => {
    if ('error' in planned) return setError(planned.error);
    setError(null);
    props.onRun(planned.plan);
  };

  const radio = (value: Kind, label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name="seed-strategy" checked={kind === value} onChange={() => setKind(value)} />
      {label}
    </label>
  );

  return (
    <ModalDialog title="Compare seeds" onClose={props.onClose}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-xs text-paper-300">Which seeds</legend>
          {radio('next', 'Next seeds')}
          {radio('random', 'Random seeds')}
          {radio('list', 'Seed list')}
        </fieldset>
        <label htmlFor={ids.count} className="text-xs text-paper-300">
          Number of seeds
        </label>
        <input
          id={ids.count}
          type="number"
          min={1}
          max={MAX_SWEEP_SEEDS}
          value={count}
          disabled={kind === 'list'}
          onChange={(e) => setCount(e.target.value)}
          className={inputClass}
        />
        {kind === 'next' && <p className="text-xs text-paper-500">Counting on from seed {from}.</p>}
        <label htmlFor={ids.list} className="text-xs text-paper-300">
          Seeds
        </label>
        <textarea
          id={ids.list}
          rows={2}
          value={listText}
          placeholder="42, 43, 1000"
          aria-describedby={error ? `${ids.listHint} ${ids.error}` : ids.listHint}
          onChange={(e) => {
            setListText(e.target.value);
            setKind('list');
          }}
          className={`${inputClass} font-mono`}
        />
        <p id={ids.listHint} className="text-[11px] text-paper-500">
          {seedListHint(props.seedMax)}
        </p>
        {error && (
          <p id={ids.error} role="alert" className="text-sm text-danger-400">
            {error}
          </p>
        )}
        {cost !== null && <CostEstimate credits={cost} balance={props.balance} />}
        <DialogActions onCancel={props.onClose} />
      </form>
    </ModalDialog>
  );
}
