import { useEffect, useState } from 'react';

/**
 * An object URL for a blob fetched on demand (a thumbnail, a full PNG), alive exactly while the caller is
 * mounted with the same key: revoked on unmount, so scrolled-away rows free their memory.
 */
export function useStoredBlobUrl(
  key: string | null,
  load: (key: string) => Promise<Blob | undefined>,
): string | undefined {
  const [state, setState] = useState<{ key: string; url: string } | undefined>();
  useEffect(() => {
    if (key === null) return;
    let url: string | undefined;
    let live = true;
    void load(key).then((blob) => {
      if (!live || !blob) return;
      url = URL.createObjectURL(blob);
      setState({ key, url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
    // `load` is a store action (stable); only the key decides what is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state && state.key === key ? state.url : undefined;
}
