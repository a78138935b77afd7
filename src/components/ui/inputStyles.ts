/** Shared look of text-like controls; `aria-invalid` turns the border red. */
export const INPUT_CLASS =
  'h-8 w-full rounded-md border border-ink-600 bg-ink-900 px-2.5 text-sm text-paper-100 placeholder:text-paper-500 ' +
  'hover:border-paper-500/60 focus:border-accent-500 focus:outline-none aria-invalid:border-danger-500 ' +
  'disabled:opacity-60';
