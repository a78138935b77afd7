import { useState, type InputHTMLAttributes } from 'react';
import { INPUT_CLASS } from './inputStyles';
import { cx } from './cx';

export interface NumberInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type'
> {
  value: number;
  /** Receives `NaN` while the text is empty or not a number, so validation can say so. */
  onValueChange: (value: number) => void;
  invalid?: boolean;
}

/**
 * A spinbutton that keeps the user's text while it is being edited ("", "-", "1.") instead of snapping
 * it to a number on every keystroke; outside changes (swap, reuse seed) replace the text.
 */
export function NumberInput({ value, onValueChange, invalid, className, ...rest }: NumberInputProps) {
  const [draft, setDraft] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  // Adopt outside changes during render (React's documented "adjust state on prop change" pattern).
  if (!sameNumber(shown, value)) {
    setShown(value);
    if (!sameNumber(parse(draft), value)) setDraft(format(value));
  }
  return (
    <input
      type="number"
      inputMode="decimal"
      value={draft}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const text = e.target.value;
        const next = parse(text);
        setDraft(text);
        setShown(next);
        onValueChange(next);
      }}
      className={cx(INPUT_CLASS, 'tabular-nums', className)}
      {...rest}
    />
  );
}

function parse(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function format(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
