import { useEffect, useRef, type CSSProperties } from 'react';

export interface BitmapCanvasProps {
  blob: Blob | undefined;
  /** Accessible name (role img). */
  label: string;
  className?: string;
  style?: CSSProperties;
}

/**
 * A picture drawn from a blob through an ImageBitmap instead of an <img> with an object URL: the decoded
 * pixels are released (bitmap.close) the moment the viewer moves on, rather than whenever the browser's
 * image cache gets round to it, so stepping through hundreds of results at full size stays flat in memory.
 * `data-ready` is set once drawn.
 */
export function BitmapCanvas({ blob, label, className, style }: BitmapCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!blob || !canvas) return;
    let live = true;
    void createImageBitmap(blob).then(
      (bitmap) => {
        if (live) {
          canvas.width = bitmap.width;
          canvas.height = bitmap.height;
          canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
          canvas.dataset.ready = 'true';
        }
        bitmap.close();
      },
      () => undefined,
    );
    return () => {
      live = false;
      // Free the backing store now; a detached canvas would otherwise hold it until garbage collection.
      canvas.width = 0;
      canvas.height = 0;
      delete canvas.dataset.ready;
    };
  }, [blob]);
  return <canvas ref={ref} role="img" aria-label={label} className={className} style={style} />;
}
