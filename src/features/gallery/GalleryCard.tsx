import { Button } from '../../components/ui';
import { FilteredBadge } from './FilteredBadge';
import { downloadBlob, resultFileName } from './download';
import type { GalleryResult } from './galleryStore';
import { BlobImage } from './BlobImage';

export interface GalleryCardProps {
  result: GalleryResult;
  onOpen: (id: string) => void;
  onReuseSeed: (seed: number) => void;
  onRemove: (id: string) => void;
}

/** One result: thumbnail (click to view large), seed, badge, and its actions. */
export function GalleryCard({ result, onOpen, onReuseSeed, onRemove }: GalleryCardProps) {
  const filtered = result.finishReason === 'CONTENT_FILTERED';
  return (
    <li className="group overflow-hidden rounded-lg border border-ink-700 bg-ink-850 focus-within:border-ink-600">
      <button
        type="button"
        onClick={() => onOpen(result.id)}
        title="View large (Enter)"
        className="block w-full bg-ink-950"
        style={{ aspectRatio: `${result.width} / ${result.height}` }}
      >
        <BlobImage
          blob={result.png}
          alt={`Result, seed ${result.seed}`}
          className="h-full w-full object-contain"
          draggable={false}
        />
      </button>
      <div className="flex flex-col gap-2 p-2">
        <div className="flex items-center justify-between gap-2">
          <span className="truncate font-mono text-xs text-paper-300" title="Seed actually used">
            seed {result.seed}
          </span>
          {filtered && <FilteredBadge />}
        </div>
        {result.prompt && (
          <p className="line-clamp-2 text-[11px] leading-snug text-paper-500" title={result.prompt}>
            {result.prompt}
          </p>
        )}
        <div className="flex gap-1.5">
          <Button size="sm" onClick={() => onReuseSeed(result.seed)} title="Put this seed into the options">
            Reuse seed
          </Button>
          <Button
            size="sm"
            onClick={() => downloadBlob(result.png, resultFileName(result.seed))}
            title={`Download ${resultFileName(result.seed)}`}
          >
            Download
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="ml-auto"
            onClick={() => onRemove(result.id)}
            aria-label={`Remove result, seed ${result.seed}`}
            title="Remove from gallery"
          >
            <span aria-hidden="true">✕</span>
          </Button>
        </div>
      </div>
    </li>
  );
}
