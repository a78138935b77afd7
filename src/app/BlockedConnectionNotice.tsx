import { useEffect, useRef, useState } from 'react';
import { Button } from '../components/ui';
import { blockedConnectionMessage } from './blockedConnectionMessage';

/**
 * Says plainly when the Content-Security-Policy blocked a request (an API host outside `connect-src`),
 * which the failing request itself can only report as a network error. Listens once, for the whole app.
 * A manual popover, shown again for each new message, so it sits in the top layer above an open modal
 * (usually Settings, where "Test connection" is what tripped it) rather than dimmed behind its backdrop.
 */
export function BlockedConnectionNotice() {
  const [message, setMessage] = useState<string>();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      const text = blockedConnectionMessage(event);
      if (text !== undefined) setMessage(text);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el || message === undefined) return;
    if (el.matches(':popover-open')) el.hidePopover();
    el.showPopover();
  }, [message]);
  if (message === undefined) return null;
  return (
    <div
      ref={ref}
      popover="manual"
      role="alert"
      aria-label="Connection blocked"
      className="inset-auto bottom-4 left-1/2 m-0 flex w-[40rem] max-w-[calc(100vw-2rem)] -translate-x-1/2 items-start gap-3 rounded-lg border border-danger-500/60 bg-ink-850 px-4 py-3 text-xs text-paper-100 shadow-2xl"
    >
      <p className="min-w-0 flex-1 break-words">{message}</p>
      <Button
        size="sm"
        variant="ghost"
        aria-label="Dismiss blocked connection"
        onClick={() => setMessage(undefined)}
      >
        Dismiss
      </Button>
    </div>
  );
}
