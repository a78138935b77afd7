import { useEffect } from 'react';
import { useGalleryStore } from '../galleryStore';

/**
 * Asks before the tab closes or reloads while results exist only in memory and not in a downloaded file.
 * The listener is there only then: an idle page keeps no beforeunload handler (which would also keep it
 * out of the back/forward cache).
 */
export function useUnsavedGuard(): void {
  const atRisk = useGalleryStore((s) => s.unsaved.some((e) => !e.downloaded));
  useEffect(() => {
    if (!atRisk) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [atRisk]);
}
