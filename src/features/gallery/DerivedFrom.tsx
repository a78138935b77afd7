import { useEffect, useState } from 'react';
import { Button } from '../../components/ui';
import { useGalleryStore, type GalleryItem } from './galleryStore';

/** The parent once looked up: the result, null when it is gone, undefined while looking. */
function useParent(id: string): GalleryItem | null | undefined {
  const version = useGalleryStore((s) => s.version);
  const [found, setFound] = useState<{ id: string; item: GalleryItem | null }>();
  useEffect(() => {
    let live = true;
    void useGalleryStore
      .getState()
      .getMeta(id)
      .then((item) => live && setFound({ id, item: item ?? null }));
    return () => {
      live = false;
    };
  }, [id, version]);
  return found?.id === id ? found.item : undefined;
}

/**
 * "Derived from": the result this one was made from, as a button that shows it (on the stage) when the
 * studio can; its seed when it still exists, the id and "deleted" when it does not.
 */
export function DerivedFrom({ parentId, onShow }: { parentId: string; onShow?: (id: string) => void }) {
  const parent = useParent(parentId);
  if (parent === undefined) return <span className="text-paper-500">…</span>;
  if (parent === null)
    return <span className="font-mono break-all text-paper-300">{parentId} (deleted)</span>;
  const label = `Seed ${parent.recipe.seed}`;
  if (!onShow) return <span>{label}</span>;
  return (
    <Button
      size="sm"
      variant="ghost"
      className="-mx-2 underline"
      aria-label={`Derived from seed ${parent.recipe.seed}`}
      title="Show the result this one was made from"
      onClick={() => onShow(parent.id)}
    >
      {label}
    </Button>
  );
}
