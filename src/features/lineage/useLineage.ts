import { useEffect, useState } from 'react';
import { loadResultViews, useGalleryStore, type GalleryItem } from '../gallery';
import { loadLineage, type Lineage } from './lineageTree';

/**
 * The lineage tree of result `id`, read from the gallery's records and indexes, again whenever a result
 * is added, deleted or changed (the gallery's `version`). The last tree stays while the next one loads.
 */
export function useLineage(id: string | undefined): Lineage<GalleryItem> | undefined {
  const version = useGalleryStore((s) => s.version);
  const [state, setState] = useState<{ id: string; lineage: Lineage<GalleryItem> | undefined }>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    const { getMeta } = useGalleryStore.getState();
    void loadResultViews()
      .then(({ childResults, inputResults }) => loadLineage(id, { getMeta, childResults, inputResults }))
      .then(
        (lineage) => live && setState({ id, lineage }),
        () => undefined, // storage gone mid-read: the gallery's own notice says so; the tree stays as it was
      );
    return () => {
      live = false;
    };
  }, [id, version]);
  return id ? state?.lineage : undefined;
}
