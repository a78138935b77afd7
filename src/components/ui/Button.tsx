import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg' | 'icon';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

const VARIANTS: Record<ButtonVariant, string> = {
  primary:
    'bg-accent-600 text-white hover:bg-accent-500 active:bg-accent-600 disabled:bg-ink-700 disabled:text-paper-500',
  secondary:
    'bg-ink-800 text-paper-100 border border-ink-600 hover:bg-ink-700 disabled:text-paper-500 disabled:hover:bg-ink-800',
  ghost:
    'text-paper-300 hover:bg-ink-800 hover:text-paper-100 disabled:text-paper-500 aria-pressed:bg-ink-700 aria-pressed:text-accent-400',
  danger:
    'bg-ink-800 text-danger-400 border border-ink-600 hover:bg-danger-500/15 hover:border-danger-500/60',
};

const SIZES: Record<ButtonSize, string> = {
  sm: 'h-7 px-2.5 text-xs gap-1.5',
  md: 'h-8 px-3 text-sm gap-2',
  lg: 'h-10 px-4 text-sm gap-2 font-semibold',
  icon: 'h-7 w-7 text-sm justify-center',
};

/** The studio's one button. `title` carries the tooltip (with the shortcut, when there is one). */
export function Button({
  variant = 'secondary',
  size = 'md',
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'inline-flex shrink-0 items-center rounded-md font-medium transition-colors select-none',
        'disabled:cursor-not-allowed',
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      {...rest}
    />
  );
}
