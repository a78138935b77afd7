import { Button, Dialog } from '../../components/ui';
import { FilteredBadge } from './FilteredBadge';
import { downloadBlob, resultFileName } from './download';
import type { GalleryResult } from './galleryStore';
import { BlobImage } from './BlobImage';

export interface ResultViewerProps {
  result: GalleryResult | null;
  onClose: () => void;
  onReuseSeed: (seed: number) => void;
}

/** A result at full size in a modal, with its recipe and actions. */
export function ResultViewer({ result, onClose, onReuseSeed }: ResultViewerProps) {
  return (
    <Dialog open={result !== null} onClose={onClose} title={result ? `Seed ${result.seed}` : ''}>
      {result && <ViewerBody result={result} onReuseSeed={onReuseSeed} />}
    </Dialog>
  );
}

function ViewerBody({ result, onReuseSeed }: { result: GalleryResult; onReuseSeed: (seed: number) => void }) {
  return (
    <div className="flex flex-col gap-3">
      <div className="grid place-items-center rounded-lg bg-ink-950">
        <BlobImage
          blob={result.png}
          alt={`Seed ${result.seed} at full size`}
          className="max-h-[70vh] max-w-[80vw] object-contain"
          style={{ aspectRatio: `${result.width} / ${result.height}` }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 text-xs text-paper-300">
        <span className="font-mono">
          {result.width}×{result.height}
        </span>
        <span className="font-mono">{result.engineId}</span>
        {result.finishReason === 'CONTENT_FILTERED' && <FilteredBadge />}
        <div className="ml-auto flex gap-2">
          <Button size="sm" onClick={() => onReuseSeed(result.seed)}>
            Reuse seed
          </Button>
          <Button
            size="sm"
            variant="primary"
            onClick={() => downloadBlob(result.png, resultFileName(result.seed))}
          >
            Download
          </Button>
        </div>
      </div>
      {result.prompt && <p className="max-w-[80vw] text-sm text-paper-300">{result.prompt}</p>}
    </div>
  );
}
