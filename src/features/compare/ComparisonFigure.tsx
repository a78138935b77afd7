import type { Camera } from './camera';
import { CameraCell, CameraLayer, itemAspect, ItemPicture } from './CameraPicture';
import type { ComparisonItem } from './comparisonItem';

export interface ComparisonFigureProps {
  item: ComparisonItem;
  /** Position in the grid; cells 0–8 answer to number keys 1–9. */
  index: number;
  /** "Seed N" plus whatever differs between the cells. */
  caption: string;
  isWinner: boolean;
  camera: Camera;
  showOriginal: boolean;
  onPick: () => void;
}

/** One result of a side-by-side comparison: the picture under the shared camera, its caption and star. */
export function ComparisonFigure({
  item,
  index,
  caption,
  isWinner,
  camera,
  showOriginal,
  onPick,
}: ComparisonFigureProps) {
  const key = index < 9 ? String(index + 1) : undefined;
  // The star sits outside the figure so the caption (and so the figure's name) is only "Seed N · …".
  return (
    <div className={`relative flex min-h-0 flex-col rounded p-1 ${isWinner ? 'ring-2 ring-warn-400' : ''}`}>
      <figure className="flex min-h-0 flex-1 flex-col gap-1">
        <CameraCell aspect={itemAspect(item)}>
          <CameraLayer camera={camera}>
            <ItemPicture item={item} showOriginal={showOriginal} />
          </CameraLayer>
        </CameraCell>
        <figcaption className="pr-8 text-sm text-paper-300">
          {key && (
            <kbd aria-hidden="true" className="mr-2 rounded bg-ink-700 px-1 font-mono text-xs">
              {key}
            </kbd>
          )}
          {caption}
          {isWinner && <span className="text-warn-400"> · ★ winner</span>}
        </figcaption>
      </figure>
      <button
        type="button"
        onClick={onPick}
        aria-pressed={isWinner}
        aria-label={`Pick seed ${item.seed} as the winner`}
        title={key ? `Pick as the winner (${key})` : 'Pick as the winner'}
        className="absolute right-1 bottom-1 rounded px-1 text-paper-300 hover:bg-ink-700"
      >
        {isWinner ? '★' : '☆'}
      </button>
    </div>
  );
}
