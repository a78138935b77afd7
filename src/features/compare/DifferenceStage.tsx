import { useEffect, useRef, useState } from 'react';
import type { Camera } from './camera';
import { CameraCell, CameraLayer, itemAspect } from './CameraPicture';
import type { ComparisonItem } from './comparisonItem';
import { DIFFERENCE_GAIN, differenceImage } from './differenceImage';
import { loadPixels, putPixels } from './loadPixels';

export interface DifferenceStageProps {
  a: ComparisonItem;
  b: ComparisonItem;
  captions: [string, string];
  camera: Camera;
}

/** Absolute difference of two results, brightened ×4: black where they agree. */
export function DifferenceStage({ a, b, captions, camera }: DifferenceStageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([loadPixels(a.src), loadPixels(b.src)])
      .then(([pa, pb]) => {
        if (live && canvas.current) putPixels(canvas.current, differenceImage(pa, pb));
        if (live) setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [a.src, b.src]);

  return (
    <figure className="flex h-full flex-col gap-2">
      <CameraCell aspect={itemAspect(a)}>
        <CameraLayer camera={camera}>
          <canvas ref={canvas} role="img" aria-label="Difference image" className="block h-full w-full" />
        </CameraLayer>
      </CameraCell>
      {error && (
        <p role="alert" className="text-sm text-danger-400">
          Cannot show the difference: {error}
        </p>
      )}
      <figcaption className="text-sm text-paper-300">
        Difference ×{DIFFERENCE_GAIN}: {captions[0]} vs {captions[1]}
      </figcaption>
    </figure>
  );
}
