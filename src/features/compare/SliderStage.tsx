import { useState } from 'react';
import type { Camera } from './camera';
import { CameraCell, CameraLayer, itemAspect, ItemPicture } from './CameraPicture';
import type { ComparisonItem } from './comparisonItem';

export interface SliderStageProps {
  a: ComparisonItem;
  b: ComparisonItem;
  captions: [string, string];
  camera: Camera;
  showOriginal: boolean;
}

/** A/B slider: B is revealed right of the handle, A left of it, both under the one camera. */
export function SliderStage({ a, b, captions, camera, showOriginal }: SliderStageProps) {
  const [position, setPosition] = useState(50);
  return (
    <figure className="flex h-full flex-col gap-2">
      <CameraCell aspect={itemAspect(a)}>
        <CameraLayer camera={camera}>
          <ItemPicture item={a} showOriginal={showOriginal} />
        </CameraLayer>
        {/* The clip lives outside the camera layer, so the split stays put on screen while zooming. */}
        <div className="absolute inset-0" style={{ clipPath: `inset(0 0 0 ${position}%)` }}>
          <CameraLayer camera={camera}>
            <ItemPicture item={b} showOriginal={showOriginal} />
          </CameraLayer>
        </div>
        <div
          className="pointer-events-none absolute inset-y-0 w-0.5 bg-accent-400"
          style={{ left: `${position}%` }}
        />
      </CameraCell>
      <input
        type="range"
        min={0}
        max={100}
        value={position}
        aria-label="Slider position"
        onChange={(e) => setPosition(Number(e.target.value))}
        className="w-full accent-accent-500"
      />
      <figcaption className="flex justify-between text-sm text-paper-300">
        <span>Left: {captions[0]}</span>
        <span>Right: {captions[1]}</span>
      </figcaption>
    </figure>
  );
}
