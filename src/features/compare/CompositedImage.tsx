import { useEffect, useRef, useState } from 'react';
import type { MaskSource } from '../../lib/api/studio';
import { compositeOverOriginal } from './compositeOverOriginal';
import { loadPixels, putPixels } from './loadPixels';

export interface CompositedImageProps {
  src: string;
  originalSrc: string;
  mask: { src: string; source: MaskSource };
  alt: string;
  className?: string;
}

/** An inpaint result blended over its init image by the mask, drawn to a canvas. */
export function CompositedImage({ src, originalSrc, mask, alt, className }: CompositedImageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([loadPixels(src), loadPixels(originalSrc), loadPixels(mask.src)])
      .then(([result, original, maskPixels]) => {
        if (!live || !canvas.current) return;
        putPixels(canvas.current, compositeOverOriginal(result, original, maskPixels, mask.source));
      })
      // Sizes that do not match (or an undecodable mask) fall back to the plain result.
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [src, originalSrc, mask.src, mask.source]);

  if (failed) return <img src={src} alt={alt} className={className} draggable={false} />;
  return <canvas ref={canvas} role="img" aria-label={alt} className={className} />;
}
