import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** Small shared look for the canvas toolbar's buttons and sliders (plain Tailwind; no feature logic). */
export function ToolButton({
  children,
  pressed,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pressed?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={`rounded px-2 py-1 text-sm transition-colors disabled:cursor-not-allowed disabled:opacity-40 ${
        pressed ? 'bg-accent-600 text-white' : 'bg-ink-800 text-paper-100 hover:bg-ink-700'
      }`}
      {...rest}
    >
      {children}
    </button>
  );
}

export function RangeField(props: {
  label: string;
  /** A shorter visible label where room is tight (the accessible name stays `label`). */
  shown?: string;
  /** A narrower slider (the toolbar's one row). */
  narrow?: boolean;
  value: number;
  min: number;
  max: number;
  step: number;
  display: string;
  onChange: (v: number) => void;
  disabled?: boolean;
}) {
  return (
    <label className="flex items-center gap-2 text-xs text-paper-300">
      <span aria-hidden="true">{props.shown ?? props.label}</span>
      <input
        type="range"
        aria-label={props.label}
        aria-valuetext={props.display}
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(Number(e.target.value))}
        className={`${props.narrow ? 'w-20' : 'w-24'} accent-accent-500`}
      />
      <span className="w-12 tabular-nums text-paper-100">{props.display}</span>
    </label>
  );
}
