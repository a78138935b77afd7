import type { SelectHTMLAttributes } from 'react';
import { INPUT_CLASS } from './inputStyles';
import { cx } from './cx';

/** A native select (keyboard and screen-reader behaviour for free) in the studio's look. */
export function Select({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cx(INPUT_CLASS, 'cursor-pointer pr-7', className)} {...rest} />;
}
