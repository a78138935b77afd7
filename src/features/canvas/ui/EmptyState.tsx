import { useRef } from 'react';
import { ImageFileInput } from './ImageFileInput';
import { loadInitImage } from '../canvasActions';

/** Shown in the canvas area until there is an init image: drop target text plus an explicit picker. */
export function EmptyState({ dragging }: { dragging: boolean }) {
  return (
    <div
      className={`pointer-events-none absolute inset-0 flex items-center justify-center p-6 ${
        dragging ? 'bg-accent-600/10' : ''
      }`}
    >
      <div
        className={`pointer-events-auto flex max-w-sm flex-col items-center gap-3 rounded-lg border-2 border-dashed px-8 py-10 text-center ${
          dragging ? 'border-accent-400' : 'border-ink-600'
        }`}
      >
        <p className="text-sm text-paper-300">Drop an image here to start image-to-image or inpainting</p>
        <p className="text-xs text-paper-500">PNG, JPEG or WebP · or paste with Ctrl/⌘+V</p>
        <UploadButton />
      </div>
    </div>
  );
}

/** "Upload image": a real button opening a hidden file input (keyboard and screen-reader friendly). */
export function UploadButton({ compact = false }: { compact?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        className={`rounded bg-accent-600 font-medium text-white hover:bg-accent-500 ${
          compact ? 'px-2 py-1 text-sm' : 'px-4 py-2 text-sm'
        }`}
      >
        Upload image
      </button>
      <ImageFileInput ref={input} onFile={(file) => void loadInitImage(file)} />
    </>
  );
}
