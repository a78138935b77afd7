import { useId, useMemo, useState } from 'react';
import { CostEstimate } from '../../components/ui';
import type { FieldSet, GenerationParams, GenerationRequest, ValidationIssue } from '../../lib/api/studio';
import { ModalDialog } from './ModalDialog';
import { AXIS_KIND_LABELS, availableAxes, parseAxisValues, type AxisKind } from './parseAxisValues';
import { parseSeedList, seedListHint } from './parseSeedList';
import { planXYGrid, type XYGridPlan } from './planXYGrid';
import { DialogActions } from './DialogActions';

export interface XYGridDialogProps {
  /** The current recipe as one request. */
  request: GenerationRequest;
  /** Its API's fields for its engine and mode: the Y axis offers only these, in their ranges. */
  fields: FieldSet;
  /** The API's rules, so every row is checked as the engine will. */
  validate?: (request: GenerationRequest) => ValidationIssue[];
  /** The engines the recipe's mode can run on: an engine axis is offered when there are several. */
  engines?: readonly string[];
  /** Consecutive seeds share a request up to this many (the API's per-request maximum). */
  maxSamplesPerRequest: number;
  /** First seed of the default X axis (the current picture's seed); 4 consecutive seeds from it. */
  currentSeed?: number;
  /** Credits one request with these params costs (its API's rule): the dialog shows the whole grid's. */
  costOf?: (params: GenerationParams) => number;
  /** Credits left, when the API has a balance: a grid that costs more is marked. */
  balance?: number;
  /** Called with a plan that has no errors; the dialog stays open until the caller closes it. */
  onRun: (plan: XYGridPlan) => void;
  onClose: () => void;
}

const PLACEHOLDERS: Record<AxisKind, string> = {
  engineId: 'core, ultra, sd3.5-flash',
  stylePreset: 'none, anime, origami',
  cfgScale: '5, 7, 9-13 (+2)',
  steps: '20, 30, 50',
  sampler: 'K_EULER, K_DPMPP_2M, DDIM',
  imageStrength: '0.2, 0.35, 0.5',
  promptSR: 'red, blue, green  (search word first)',
};

const NO_ENGINES: readonly string[] = [];

/** The hint under "Y values": what that axis accepts. */
const VALUE_HINTS: Record<AxisKind, string> = {
  engineId: 'Model ids the API lists, separated by commas.',
  stylePreset: 'Style preset names, or none, separated by commas.',
  cfgScale: 'Numbers, or ranges like 5-9 (+2).',
  steps: 'Whole numbers, or ranges like 20-40 (+10).',
  sampler: 'Sampler names, separated by commas.',
  imageStrength: 'Numbers from 0 to 1, or ranges like 0.2-0.6 (+0.2).',
  promptSR: 'The word to search for in the prompt, then its replacements.',
};

const hintClass = 'text-[11px] text-paper-500';

const inputClass = 'w-full rounded border border-ink-600 bg-ink-900 px-2 py-1 text-sm text-paper-100';

/** "X/Y grid": seeds across, one parameter down, validated before anything is sent. */
export function XYGridDialog(props: XYGridDialogProps) {
  const { request, fields, validate, maxSamplesPerRequest, currentSeed, onRun, onClose } = props;
  const engines = props.engines ?? NO_ENGINES;
  const first = Math.max(1, currentSeed ?? request.params.seed ?? 1);
  const axes = availableAxes(fields, engines);
  const [kind, setKind] = useState<AxisKind>(axes[0] ?? 'promptSR');
  const [valuesText, setValuesText] = useState('');
  const [seedsText, setSeedsText] = useState([0, 1, 2, 3].map((i) => first + i).join(', '));
  const [shownErrors, setShownErrors] = useState<string[]>([]);
  const ids = {
    axis: useId(),
    values: useId(),
    valuesHint: useId(),
    seeds: useId(),
    seedsHint: useId(),
    errors: useId(),
  };

  const result = useMemo((): { plan: XYGridPlan } | { errors: string[] } => {
    const seeds = parseSeedList(seedsText, fields.seed.max);
    const values = parseAxisValues(kind, valuesText, fields, engines);
    const errors = [
      ...('error' in seeds ? [`Seeds: ${seeds.error}`] : []),
      ...('error' in values ? [`Y values: ${values.error}`] : []),
    ];
    if ('error' in seeds || 'error' in values) return { errors };
    const plan = planXYGrid({
      request,
      seeds: seeds.seeds,
      axis: { kind, values: values.values },
      validate,
      maxSamplesPerRequest,
      seedMax: fields.seed.max,
    });
    return plan.errors.length > 0 ? { errors: plan.errors } : { plan };
  }, [seedsText, kind, valuesText, request, fields, validate, maxSamplesPerRequest, engines]);

  // The whole job: every request of the plan, each with all its samples.
  const { costOf } = props;
  const cost =
    costOf && 'plan' in result ? result.plan.requests.reduce((n, r) => n + costOf(r.params), 0) : null;

  const run = () => {
    if ('errors' in result) return setShownErrors(result.errors);
    setShownErrors([]);
    onRun(result.plan);
  };

  return (
    <ModalDialog title="X/Y grid" onClose={onClose} className="w-[28rem]">
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label htmlFor={ids.axis} className="text-xs text-paper-300">
          Y axis
        </label>
        <select
          id={ids.axis}
          value={kind}
          onChange={(e) => setKind(e.target.value as AxisKind)}
          className={inputClass}
        >
          {axes.map((k) => (
            <option key={k} value={k}>
              {AXIS_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.values} className="text-xs text-paper-300">
          Y values
        </label>
        <input
          id={ids.values}
          type="text"
          value={valuesText}
          placeholder={PLACEHOLDERS[kind]}
          aria-describedby={shownErrors.length > 0 ? `${ids.valuesHint} ${ids.errors}` : ids.valuesHint}
          onChange={(e) => setValuesText(e.target.value)}
          className={`${inputClass} font-mono`}
        />
        <p id={ids.valuesHint} className={hintClass}>
          {VALUE_HINTS[kind]}
        </p>
        <label htmlFor={ids.seeds} className="text-xs text-paper-300">
          Seeds
        </label>
        <input
          id={ids.seeds}
          type="text"
          value={seedsText}
          aria-describedby={ids.seedsHint}
          onChange={(e) => setSeedsText(e.target.value)}
          className={`${inputClass} font-mono`}
        />
        <p id={ids.seedsHint} className={hintClass}>
          {seedListHint(fields.seed.max)}
        </p>
        <p className="text-xs text-paper-500">
          {'plan' in result
            ? `${result.plan.rows} × ${result.plan.cols} = ${result.plan.cells.length} pictures in ${result.plan.requests.length} requests`
            : 'Seeds across, the Y values down.'}
        </p>
        {shownErrors.length > 0 && (
          <ul id={ids.errors} role="alert" className="list-disc pl-5 text-sm text-danger-400">
            {shownErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        {cost !== null && <CostEstimate credits={cost} balance={props.balance} />}
        <DialogActions onCancel={onClose} className="mt-1" />
      </form>
    </ModalDialog>
  );
}
