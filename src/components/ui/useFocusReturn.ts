import { useEffect } from 'react';

/**
 * While `active`, remembers what had focus when the overlay opened and gives focus back to it when the
 * overlay closes (unmounts or `active` turns false), if it is still in the page. Read in an effect, after
 * the commit: an overlay that replaced another in the same commit (a dialog's Run opening its view) sees
 * the focus the closing one gave back, not a button that is about to leave the page. Call it before the
 * hook that moves focus into the overlay.
 */
export function useFocusReturn(active = true): void {
  useEffect(() => {
    if (!active) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [active]);
}
