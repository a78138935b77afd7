import { memo } from 'react';
import { cx } from '../../components/ui';
import { THUMBNAIL_MAX_SIDE } from './db';
import { useCardOptions } from './cardOptions';
import { FilteredBadge } from './FilteredBadge';
import type { PickModifiers } from './handleGridKey';
import type { GalleryItem } from './galleryStore';
import { useGalleryStore } from './galleryStore';
import { useStoredBlobUrl } from './useStoredBlobUrl';

export interface GalleryCardProps {
  item: GalleryItem;
  selected: boolean;
  /** Its column (1-based, `aria-colindex`). */
  column: number;
  /** The grid's one tab stop (roving focus); every other card and every button inside is out of the tab order. */
  tabStop: boolean;
  /** Plain click shows the result, double-click opens the viewer; Shift/Ctrl/⌘-click changes the selection. */
  onPick: (id: string, modifiers: PickModifiers) => void;
  onAction: (action: CardAction, item: GalleryItem) => void;
}

/** A double-click opens the viewer (a plain click shows the result on the studio's stage). */
const OPEN: PickModifiers = { shiftKey: false, ctrlKey: false, metaKey: false, open: true };

/** Every per-result action, in the order of the card's buttons ("Upscale with prompt" is the viewer's). */
export type CardAction =
  | 'favourite'
  | 'reuseSeed'
  | 'reuseAll'
  | 'useAsInit'
  | 'compare'
  | 'download'
  | 'delete'
  | 'upscale'
  | 'upscaleWithPrompt'
  | 'useMask';

const BUTTONS: Array<[CardAction, string, string, string]> = [
  ['reuseSeed', 'Reuse seed', '↺', 'Put this seed into the options'],
  ['reuseAll', 'Reuse all', '⟲', 'Restore every option, prompt, init image and mask'],
  ['useAsInit', 'Use as init image', '⇱', 'Open this picture on the canvas as the init image'],
  ['compare', 'Compare', '◫', 'Compare with the selection or its run'],
  ['download', 'Download', '⤓', 'Download as PNG with its recipe'],
  ['delete', 'Delete', '✕', 'Delete (Undo is offered)'],
];

// 20 px wide so six actions fit one row of the narrowest card (132 px): the grid's row height assumes one row.
const iconClass =
  'grid h-6 w-5 place-items-center rounded text-xs text-paper-300 hover:bg-ink-700 hover:text-paper-100 focus-visible:outline-2 focus-visible:outline-accent-400';

/**
 * One result: thumbnail (click to view), seed, favourite star, and its actions. Kept small: 5,000 of these
 * scroll. Memoized: scrolling re-renders the grid every frame, and a card whose props did not change must
 * cost nothing.
 */
export const GalleryCard = memo(function GalleryCard({
  item,
  selected,
  column,
  tabStop,
  onPick,
  onAction,
}: GalleryCardProps) {
  const url = useStoredBlobUrl(item.id, useGalleryStore.getState().getThumb);
  const { upscale } = useCardOptions();
  const seed = item.recipe.seed;
  const prompt = item.recipe.params.prompts.find((p) => p.weight >= 0)?.text ?? '';
  return (
    <div
      role="gridcell"
      data-result-id={item.id}
      aria-selected={selected}
      aria-colindex={column}
      aria-keyshortcuts="Enter Space F Delete F2"
      tabIndex={tabStop ? 0 : -1}
      className={cx(
        'flex min-w-0 flex-col overflow-hidden rounded-lg border bg-ink-850',
        selected ? 'border-accent-400' : 'border-ink-700 hover:border-ink-600',
      )}
    >
      <button
        type="button"
        tabIndex={-1}
        onClick={(e) => onPick(item.id, e)}
        onDoubleClick={() => onPick(item.id, OPEN)}
        title={`${prompt}\n\nClick to show · double-click or Enter to view · Shift/Ctrl-click to select · F favourite · Keys: arrows move, Space selects, F2 reaches the buttons`}
        className="relative block aspect-square w-full bg-ink-950"
      >
        <img
          srcSet={url ? `${url} ${thumbDensity(item)}x` : undefined}
          alt={`Result, seed ${seed}`}
          className="h-full w-full object-contain"
          draggable={false}
        />
        {item.recipe.finishReason === 'CONTENT_FILTERED' && (
          <span className="absolute top-1 left-1">
            <FilteredBadge />
          </span>
        )}
      </button>
      <div className="flex items-center gap-0.5 px-1 py-0.5">
        <button
          type="button"
          aria-label="Favourite"
          aria-pressed={item.favourite}
          tabIndex={-1}
          title="Favourite (F)"
          onClick={() => onAction('favourite', item)}
          className={cx(iconClass, item.favourite && 'text-warn-400')}
        >
          {item.favourite ? '★' : '☆'}
        </button>
        <span
          className="min-w-0 flex-1 truncate font-mono text-[11px] text-paper-300"
          title="Seed actually used"
        >
          {seed}
        </span>
        {/* Beside the seed, not in the action row: six actions fill the narrowest card. */}
        {upscale && (
          <button
            type="button"
            aria-label="Upscale"
            tabIndex={-1}
            title="Upscale this picture (a new result, derived from this one)"
            onClick={() => onAction('upscale', item)}
            className={iconClass}
          >
            ⤢
          </button>
        )}
      </div>
      <div className="flex items-center justify-between px-1 pb-1">
        {BUTTONS.map(([action, label, icon, hint]) => (
          <button
            key={action}
            type="button"
            aria-label={label}
            tabIndex={-1}
            title={hint}
            onClick={() => onAction(action, item)}
            className={iconClass}
          >
            {icon}
          </button>
        ))}
      </div>
    </div>
  );
});

/**
 * The thumbnail's pixel density relative to the result: declared in `srcset`, so the image reports the
 * result's own size (naturalWidth 512 for a 512² result shown from its 256² thumbnail) and lays out as it.
 * Image modes do not record their size; their thumbnail reports its own.
 */
export function thumbDensity(item: GalleryItem): number {
  const { width, height } = item.recipe.params;
  if (item.thumbSize === 0 || !width || !height) return 1;
  return Math.min(1, THUMBNAIL_MAX_SIDE / Math.max(width, height));
}
