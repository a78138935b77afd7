import { useEffect, useState } from 'react';
import { Button, Dialog } from '../../components/ui';
import type { CardAction } from './GalleryCard';
import type { GalleryItem } from './galleryStore';
import { useGalleryStore } from './galleryStore';
import { MaskThumbnail } from './MaskThumbnail';
import { RecipeDetails } from './RecipeDetails';
import { ZoomPanImage } from './ZoomPanImage';

export interface ResultViewerProps {
  /** The result shown, its place in the filtered grid (0-based) and how many the grid has in all. */
  item: GalleryItem;
  index: number;
  total: number;
  /** ←/→: the grid loads the neighbour first when it is not loaded yet. */
  onStep: (delta: -1 | 1) => void;
  onClose: () => void;
  onAction: (action: CardAction, item: GalleryItem) => void;
  /** The chosen API has an upscaler a prompt guides (v2beta's conservative one): "Upscale with prompt". */
  upscaleWithPrompt?: boolean;
  /** The studio can put a result's mask on the canvas: "Use this mask" beside the mask. */
  useMask?: boolean;
  /** Shows a result on the studio's stage: "Derived from" leads there (the viewer closes so it is in sight). */
  onShow?: (item: GalleryItem) => void;
}

const ACTIONS: Array<[CardAction, string]> = [
  ['download', 'Download'],
  ['reuseSeed', 'Reuse seed'],
  ['reuseAll', 'Reuse all'],
  ['useAsInit', 'Use as init image'],
  ['compare', 'Compare'],
];

/**
 * dialog "Result": the full PNG with zoom/pan, its recipe beside it, ←/→ to walk, Esc to close. Loaded on
 * demand (React.lazy in GalleryPanel): the first paint never needs it.
 */
export function ResultViewer(props: ResultViewerProps) {
  const { item, index, total, onStep: step, onClose, onAction, upscaleWithPrompt, useMask } = props;
  const showParent = (id: string) =>
    void useGalleryStore
      .getState()
      .getMeta(id)
      .then((parent) => {
        if (!parent || !props.onShow) return;
        onClose();
        props.onShow(parent);
      });
  return (
    <Dialog open onClose={onClose} title="Result">
      <div
        className="flex gap-4 p-4"
        tabIndex={-1}
        data-autofocus
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') step(-1);
          else if (e.key === 'ArrowRight') step(1);
          else if ((e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey) onAction('favourite', item);
          else return;
          e.preventDefault();
        }}
      >
        <ViewerImage item={item} />
        <div className="flex flex-col gap-3">
          <div className="flex items-center gap-2 text-xs text-paper-500">
            <Button size="sm" onClick={() => step(-1)} disabled={index <= 0} title="Previous (←)">
              ←
            </Button>
            <span className="tabular-nums">
              {index + 1} / {total}
            </span>
            <Button size="sm" onClick={() => step(1)} disabled={index >= total - 1} title="Next (→)">
              →
            </Button>
            <Button
              size="sm"
              aria-pressed={item.favourite}
              onClick={() => onAction('favourite', item)}
              title="Favourite (F)"
            >
              {item.favourite ? '★ Favourite' : '☆ Favourite'}
            </Button>
          </div>
          <RecipeDetails item={item} onShowResult={props.onShow && showParent} />
          <MaskThumbnail item={item} onUseMask={useMask ? () => onAction('useMask', item) : undefined} />
          <div className="flex flex-wrap gap-2">
            {ACTIONS.map(([action, label]) => (
              <Button key={action} size="sm" onClick={() => onAction(action, item)}>
                {label}
              </Button>
            ))}
            {upscaleWithPrompt && (
              <Button
                size="sm"
                onClick={() => onAction('upscaleWithPrompt', item)}
                title="Upscale guided by this picture's prompt, to about 4 megapixels (a new result)"
              >
                Upscale with prompt
              </Button>
            )}
          </div>
        </div>
      </div>
    </Dialog>
  );
}

function ViewerImage({ item }: { item: GalleryItem }) {
  const [loaded, setLoaded] = useState<{ id: string; png: Blob } | undefined>();
  useEffect(() => {
    let live = true;
    void useGalleryStore
      .getState()
      .getPng(item.id)
      .then((png) => live && png && setLoaded({ id: item.id, png }));
    return () => {
      live = false;
    };
  }, [item.id]);
  const png = loaded?.id === item.id ? loaded.png : undefined;
  return <ZoomPanImage blob={png} alt={`Seed ${item.recipe.seed} at full size`} />;
}
