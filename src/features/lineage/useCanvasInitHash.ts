import { useEffect, useState } from 'react';
import { exportInitImage, subscribeCanvasChanges, useCanvasSummary } from '../canvas';
import { loadResultViews } from '../gallery';

/** Hashes already computed, per blob: the canvas hands back the same blob until the image changes. */
const hashes = new WeakMap<Blob, Promise<string>>();

/**
 * SHA-256 of the canvas's init image as Generate sends it (so equal to the `initImageHash` its results
 * stored), or undefined without one. Recomputed only when the image itself changes: the canvas returns
 * its untouched PNG, or the PNG it encoded once, so each picture is hashed once. An image larger than the
 * API accepts has no hash (nothing made from it can be in the gallery).
 */
export function useCanvasInitHash(): string | undefined {
  const { hasInitImage } = useCanvasSummary();
  const [hash, setHash] = useState<string>();
  useEffect(() => {
    // Without an image the hook answers undefined below; the last hash is replaced once one opens.
    if (!hasInitImage) return;
    let live = true;
    const read = () =>
      void exportInitImage()
        .then((blob) => {
          if (!blob) return undefined;
          let hashed = hashes.get(blob);
          if (!hashed) hashes.set(blob, (hashed = loadResultViews().then((v) => v.hashBlob(blob))));
          return hashed;
        })
        .then(
          (h) => live && setHash(h),
          () => live && setHash(undefined),
        );
    read();
    const unsubscribe = subscribeCanvasChanges(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [hasInitImage]);
  return hasInitImage ? hash : undefined;
}
