import type { ReactNode } from 'react';
import { Field, errorId } from './Field';
import { NumberInput, type NumberInputProps } from './NumberInput';

export interface NumberFieldProps extends Omit<NumberInputProps, 'id' | 'invalid' | 'aria-describedby'> {
  id: string;
  label: ReactNode;
  /** Messages of broken rules; they mark the input invalid and describe it. */
  errors?: readonly string[];
}

/** A labelled NumberInput whose invalid state and description follow `errors`. */
export function NumberField({ id, label, errors, ...input }: NumberFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <Field htmlFor={id} label={label} errors={errors}>
      <NumberInput
        id={id}
        invalid={invalid}
        aria-describedby={invalid ? errorId(id) : undefined}
        {...input}
      />
    </Field>
  );
}
