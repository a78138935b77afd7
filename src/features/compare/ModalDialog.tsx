import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useFocusReturn } from '../../components/ui';

export interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra classes for the panel (width). */
  className?: string;
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal panel: role="dialog" with aria-modal and aria-labelledby, Esc closes, focus moves to the first
 * field on open, Tab stays inside, and focus returns to the opener on close. Not components/ui's Dialog:
 * that one adds a Close button to the tab order and focuses `[data-autofocus]`, not the first field.
 */
export function ModalDialog({ title, onClose, children, className = 'w-96' }: ModalDialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useFocusReturn();
  useEffect(() => panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus(), []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-ink-950/70" onMouseDown={onClose}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onMouseDown={(e) => e.stopPropagation()}
        className={`rounded-lg border border-ink-600 bg-ink-850 p-4 text-paper-100 shadow-xl ${className}`}
      >
        <h2 id={titleId} className="mb-3 text-base font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
