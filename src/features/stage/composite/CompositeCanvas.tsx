import { useEffect, useRef, useState } from 'react';
import type { Composer, Size } from '../../../lib/pixels';

interface CompositeCanvasProps {
  composer: Composer;
  size: Size;
  feather: number;
  showSeam: boolean;
  /** Accessible name of the picture. */
  name: string;
  className?: string;
  style?: React.CSSProperties;
}

/** Screen pixels for the element's box: device pixels, at most the picture's own. */
function screenSize(box: { width: number; height: number }, size: Size): Size {
  const dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  return {
    width: Math.max(1, Math.min(size.width, Math.round(box.width * dpr))),
    height: Math.max(1, Math.min(size.height, Math.round(box.height * dpr))),
  };
}

/**
 * The composite drawn at screen resolution by the compose worker (`preview`): the main thread only puts
 * the finished pixels, so a "Feather" drag stays live on a 24-megapixel picture. Latest wins.
 */
export function CompositeCanvas({
  composer,
  size,
  feather,
  showSeam,
  name,
  className,
  style,
}: CompositeCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [box, setBox] = useState<Size | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBox(screenSize(entry.contentRect, size));
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [size]);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || !box) return;
    let live = true;
    void composer
      .preview({ view: { x: 0, y: 0, ...size }, ...box, feather, showSeam })
      .then((pixels) => {
        if (!live || !pixels) return;
        canvas.width = box.width;
        canvas.height = box.height;
        const ctx = canvas.getContext('2d');
        ctx?.putImageData(
          new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, box.width, box.height),
          0,
          0,
        );
        canvas.dataset.feather = String(feather);
        canvas.dataset.seam = String(showSeam);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [composer, size, box, feather, showSeam]);
  return <canvas ref={ref} role="img" aria-label={name} className={className} style={style} />;
}
