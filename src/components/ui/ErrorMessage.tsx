import type { ReactNode } from 'react';
import { cx } from './cx';

/** An error the user should read now: always `role="alert"` so assistive tech announces it. */
export function ErrorMessage({
  id,
  children,
  className,
}: {
  id?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <p id={id} role="alert" className={cx('text-xs leading-snug text-danger-400', className)}>
      {children}
    </p>
  );
}
