import type { NumberSpec } from './Backend.ts';

/** An integer option from `min` to `max`, stepping by 1, starting at `value`. */
export const intSpec = (min: number, max: number, value: number): NumberSpec => ({
  min,
  max,
  default: value,
  step: 1,
  integer: true,
});

/** A fraction from `min` to `max` (0–1 unless said), stepping by 0.01, starting at `value`. */
export const unitSpec = (value: number, min = 0, max = 1): NumberSpec => ({
  min,
  max,
  default: value,
  step: 0.01,
});
