import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { cx } from './cx';

export interface FieldProps {
  /** id of the control the label points at. */
  htmlFor: string;
  label: ReactNode;
  /** Shown right of the label (a unit, a small action). */
  aside?: ReactNode;
  hint?: ReactNode;
  /** Messages of broken rules; each becomes an alert under the control. */
  errors?: readonly string[];
  className?: string;
  children: ReactNode;
}

/** Label + control + hint + errors. The control should set `aria-describedby={errorId(htmlFor)}`. */
export function Field({ htmlFor, label, aside, hint, errors = [], className, children }: FieldProps) {
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={htmlFor} className="text-xs font-medium text-paper-300">
          {label}
        </label>
        {aside}
      </div>
      {children}
      {hint && errors.length === 0 && <p className="text-[11px] leading-snug text-paper-500">{hint}</p>}
      {errors.length > 0 && (
        <div id={errorId(htmlFor)} className="flex flex-col gap-0.5">
          {errors.map((e) => (
            <ErrorMessage key={e}>{e}</ErrorMessage>
          ))}
        </div>
      )}
    </div>
  );
}

/** The id of a field's error block, for `aria-describedby`. */
export function errorId(controlId: string): string {
  return `${controlId}-errors`;
}
