import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * "More": a disclosure button and the panel of the toolbar's less frequent controls, so the toolbar keeps
 * one row in the 640 px centre column of a 1280-wide window. Not an ARIA menu: it holds a slider, which a
 * menu may not. Escape (focus inside) or a press outside closes it; Escape gives focus back to the button.
 */
export function ToolbarMore({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [open]);
  return (
    <div
      ref={wrap}
      className="relative"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        wrap.current?.querySelector('button')?.focus();
      }}
    >
      <button
        type="button"
        aria-label="More"
        aria-expanded={open}
        aria-controls={panelId}
        title="More: brush hardness, invert, clear and fill the mask, extend the canvas"
        onClick={() => setOpen((o) => !o)}
        className="rounded bg-ink-800 px-2 py-1 text-sm text-paper-100 hover:bg-ink-700 aria-expanded:bg-ink-700"
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          id={panelId}
          role="group"
          aria-label="More canvas tools"
          className="absolute top-full right-0 z-20 mt-2 flex flex-col items-start gap-2 rounded-md border border-ink-600 bg-ink-850 p-3 shadow-xl"
        >
          {children}
        </div>
      )}
    </div>
  );
}
