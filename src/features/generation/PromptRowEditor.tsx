import { Button, ErrorMessage, NumberInput, cx } from '../../components/ui';
import { LIMITS } from '../../lib/api/studio';
import { isNegative, type PromptRow } from './generationOptions';

/** Show the character count once a prompt nears the contract's limit. */
const LONG_PROMPT = LIMITS.promptTextMax - 200;

export interface PromptRowEditorProps {
  row: PromptRow;
  index: number;
  count: number;
  textErrors?: readonly string[];
  weightErrors?: readonly string[];
  onText: (text: string) => void;
  onWeight: (weight: number) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One prompt: text, weight, and its place in the list. A negative weight turns it into a negative prompt. */
export function PromptRowEditor(props: PromptRowEditorProps) {
  const { row, index, count, textErrors = [], weightErrors = [] } = props;
  const n = index + 1;
  const negative = isNegative(row);
  const textId = `prompt-${row.id}`;
  return (
    <li
      className={cx(
        'flex flex-col gap-1.5 rounded-lg border p-2',
        negative ? 'border-danger-500/40 bg-danger-500/5' : 'border-ink-700 bg-ink-900',
      )}
    >
      <div className="flex items-center gap-1">
        <label htmlFor={textId} className="text-xs font-medium text-paper-300">
          {negative ? `Negative prompt ${n}` : `Prompt ${n}`}
        </label>
        {negative && (
          <span className="rounded bg-danger-500/15 px-1.5 text-[10px] font-semibold tracking-wide text-danger-400 uppercase">
            Avoid
          </span>
        )}
        <div className="ml-auto flex items-center">
          <Button
            size="icon"
            variant="ghost"
            aria-label={`Move prompt ${n} up`}
            title="Move up"
            disabled={index === 0}
            onClick={() => props.onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label={`Move prompt ${n} down`}
            title="Move down"
            disabled={index === count - 1}
            onClick={() => props.onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label={`Remove prompt ${n}`}
            title={count === 1 ? 'At least one prompt is needed' : 'Remove'}
            disabled={count === 1}
            onClick={props.onRemove}
          >
            <span aria-hidden="true">✕</span>
          </Button>
        </div>
      </div>
      <textarea
        id={textId}
        aria-label={`Prompt ${n}`}
        aria-invalid={textErrors.length > 0 || undefined}
        rows={negative ? 2 : 3}
        value={row.text}
        placeholder={negative ? 'What to steer away from…' : 'Describe the picture…'}
        onChange={(e) => props.onText(e.target.value)}
        className="w-full resize-y rounded-md border border-ink-600 bg-ink-950/60 px-2.5 py-2 text-sm leading-relaxed text-paper-100 placeholder:text-paper-500 hover:border-paper-500/60 focus:border-accent-500 focus:outline-none aria-invalid:border-danger-500"
      />
      <div className="flex items-center gap-2">
        <label htmlFor={`${textId}-weight`} className="text-[11px] text-paper-500">
          Weight
        </label>
        <div className="w-20">
          <NumberInput
            id={`${textId}-weight`}
            aria-label={`Prompt ${n} weight`}
            title="Below 0 makes this a negative prompt"
            step={0.1}
            value={row.weight}
            onValueChange={props.onWeight}
            invalid={weightErrors.length > 0}
            className="h-7 text-xs"
          />
        </div>
        {row.text.length > LONG_PROMPT && (
          <span className="ml-auto text-[11px] text-warn-400 tabular-nums">
            {row.text.length}/{LIMITS.promptTextMax}
          </span>
        )}
        <span className="text-[11px] text-paper-500">
          {negative ? 'Steers away from this' : 'Below 0 = negative'}
        </span>
      </div>
      {[...textErrors, ...weightErrors].map((e) => (
        <ErrorMessage key={e}>{e}</ErrorMessage>
      ))}
    </li>
  );
}
