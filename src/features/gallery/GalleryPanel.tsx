import { useState } from 'react';
import { GalleryCard } from './GalleryCard';
import { ResultViewer } from './ResultViewer';
import { useGalleryStore } from './galleryStore';

export interface GalleryPanelProps {
  /** What "Reuse seed" does; the gallery does not know the options store (it is a leaf feature). */
  onReuseSeed: (seed: number) => void;
}

/** The results of this session, newest first. */
export function GalleryPanel({ onReuseSeed }: GalleryPanelProps) {
  const results = useGalleryStore((s) => s.results);
  const removeResult = useGalleryStore((s) => s.removeResult);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = results.find((r) => r.id === openId) ?? null;
  return (
    <section aria-label="Gallery" className="flex min-h-0 flex-1 flex-col">
      <header className="flex items-center justify-between border-b border-ink-700 px-4 py-2.5">
        <h2 className="text-xs font-semibold tracking-wider text-paper-300 uppercase">Gallery</h2>
        <span className="text-xs text-paper-500 tabular-nums">{results.length}</span>
      </header>
      {results.length === 0 ? (
        <div className="grid flex-1 place-items-center p-6 text-center text-sm text-paper-500">
          <p>
            Generated pictures appear here, newest first.
            <br />
            Each keeps the seed the engine used.
          </p>
        </div>
      ) : (
        <ul className="grid min-h-0 flex-1 auto-rows-min grid-cols-2 gap-2 overflow-y-auto p-3">
          {results.map((r) => (
            <GalleryCard
              key={r.id}
              result={r}
              onOpen={setOpenId}
              onReuseSeed={onReuseSeed}
              onRemove={removeResult}
            />
          ))}
        </ul>
      )}
      <ResultViewer
        result={open}
        onClose={() => setOpenId(null)}
        onReuseSeed={(seed) => {
          onReuseSeed(seed);
          setOpenId(null);
        }}
      />
    </section>
  );
}
