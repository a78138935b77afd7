import { Button } from '../../components/ui';
import { BlobImage } from './BlobImage';
import { FilteredBadge } from './FilteredBadge';
import { downloadBlob, resultFileName } from './download';
import type { GalleryResult } from './galleryStore';

export interface GalleryCardProps {
  result: GalleryResult;
  onOpen: (id: string) => void;
  onReuseSeed: (seed: number) => void;
  onRemove: (id: string) => void;
}

/** One result: thumbnail (click to view large), seed, badge, and its actions. */
export function GalleryCard({ result, onOpen, onReuseSeed, onRemove }: GalleryCardProps) {
  const filtered = result.finishReason === 'CONTENT_FILTERED';
  const file = resultFileName(result.seed);
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-ink-700 bg-ink-850 hover:border-ink-600 focus-within:border-ink-600">
      <div className="relative">
        <button
          type="button"
          onClick={() => onOpen(result.id)}
          title={result.prompt ? `${result.prompt}\n\nView large` : 'View large'}
          className="block w-full bg-ink-950"
          style={{ aspectRatio: `${result.width} / ${result.height}` }}
        >
          <BlobImage
            blob={result.png}
            alt={`Result, seed ${result.seed}`}
            className="h-full w-full object-cover"
            draggable={false}
          />
        </button>
        {filtered && (
          <div className="pointer-events-none absolute top-1.5 left-1.5">
            <FilteredBadge />
          </div>
        )}
      </div>
      <div className="flex flex-col gap-0.5 px-2 pt-1.5 pb-1">
        <span className="font-mono text-[11px] text-paper-300 tabular-nums" title="Seed actually used">
          seed {result.seed}
        </span>
        <div className="-mx-1 flex items-center">
          <Button
            size="icon"
            variant="ghost"
            aria-label="Reuse seed"
            title={`Reuse seed ${result.seed} in the options`}
            onClick={() => onReuseSeed(result.seed)}
          >
            <span aria-hidden="true">↺</span>
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label="Download"
            title={`Download ${file}`}
            onClick={() => downloadBlob(result.png, file)}
          >
            <span aria-hidden="true">⤓</span>
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="ml-auto hover:text-danger-400"
            aria-label={`Remove result, seed ${result.seed}`}
            title="Remove from gallery"
            onClick={() => onRemove(result.id)}
          >
            <span aria-hidden="true">✕</span>
          </Button>
        </div>
      </div>
    </li>
  );
}
