import type { ReactNode } from 'react';
import { DEFAULTS } from '../../lib/api';
import { cameraTransform, type Camera } from './camera';
import type { ComparisonItem } from './comparisonItem';
import { CompositedImage } from './CompositedImage';
import { CAMERA_CELL_ATTR } from './useSharedCamera';

const fill = 'block h-full w-full select-none';

/** The picture a cell shows: the original while O is held, an inpaint composited over it, or the result. */
export function ItemPicture({ item, showOriginal }: { item: ComparisonItem; showOriginal: boolean }) {
  if (showOriginal && item.originalSrc) {
    return (
      <img
        src={item.originalSrc}
        alt={`Original init image (seed ${item.seed})`}
        className={fill}
        draggable={false}
      />
    );
  }
  if (item.mask && item.originalSrc) {
    return (
      <CompositedImage
        src={item.src}
        originalSrc={item.originalSrc}
        mask={item.mask}
        alt={`Seed ${item.seed}`}
        className={fill}
      />
    );
  }
  return <img src={item.src} alt={`Seed ${item.seed}`} className={fill} draggable={false} />;
}

/** A layer moved by the shared camera; pixels go crisp when zoomed in far enough to inspect them. */
export function CameraLayer({ camera, children }: { camera: Camera; children: ReactNode }) {
  return (
    <div
      className="absolute inset-0 origin-top-left"
      style={{ transform: cameraTransform(camera), imageRendering: camera.zoom >= 2 ? 'pixelated' : 'auto' }}
    >
      {children}
    </div>
  );
}

/** A clipping box the camera measures pointer positions from, shaped like the picture. */
export function CameraCell({ item, children }: { item: ComparisonItem; children: ReactNode }) {
  const w = item.recipe.options.width ?? DEFAULTS.width;
  const h = item.recipe.options.height ?? DEFAULTS.height;
  return (
    <div
      {...{ [CAMERA_CELL_ATTR]: '' }}
      className="relative w-full cursor-grab touch-none overflow-hidden rounded bg-ink-950 active:cursor-grabbing"
      style={{ aspectRatio: `${w} / ${h}` }}
    >
      {children}
    </div>
  );
}
