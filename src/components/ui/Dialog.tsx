import { useEffect, useId, useRef, type ReactNode } from 'react';
import { cx } from './cx';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** Heading; also the dialog's accessible name. */
  title: ReactNode;
  children: ReactNode;
  className?: string;
}

/**
 * A modal on the native `<dialog>`: focus trap, Escape and the top layer come from the browser.
 * Closing by Escape goes through `onClose` so the owner's state stays the source of truth. Mark the
 * element that should take focus first with `data-autofocus`.
 */
export function Dialog({ open, onClose, title, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!open || !el) return;
    // The dialog unmounts when closed, so the browser cannot restore focus itself; do it here.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    // Start where the user will type, not on the close button the browser would pick.
    el.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => opener?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (e.target === e.currentTarget) onClose();
      }}
      className={cx(
        'm-auto max-h-[90vh] rounded-xl border border-ink-600 bg-ink-850 p-0 text-paper-100 shadow-2xl',
        'backdrop:bg-black/60 backdrop:backdrop-blur-[2px]',
        className,
      )}
    >
      <div className="flex items-center justify-between border-b border-ink-700 px-5 py-3">
        <h2 id={titleId} className="text-sm font-semibold tracking-wide">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          title="Close (Esc)"
          aria-label="Close"
          className="grid h-7 w-7 place-items-center rounded-md text-paper-300 hover:bg-ink-700 hover:text-paper-100"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="p-5">{children}</div>
    </dialog>
  );
}
