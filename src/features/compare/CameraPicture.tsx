import type { ReactNode } from 'react';
import { PARAM_DEFAULTS } from '../../lib/api/studio';
import { cameraTransform, type Camera } from './camera';
import type { ComparisonItem } from './comparisonItem';
import { CompositedImage } from './CompositedImage';
import { CAMERA_CELL_ATTR } from './useSharedCamera';

// object-contain only matters when the recipe does not state the size (image modes): letterbox, never stretch.
const fill = 'block h-full w-full object-contain select-none';

export interface ItemPictureProps {
  item: ComparisonItem;
  showOriginal: boolean;
  /** Accessible names of the result and of the original (default "Seed N", "Original init image (seed N)"). */
  names?: { result: string; original: string };
}

/** The picture a cell shows: the original while O is held, an inpaint composited over it, or the result. */
export function ItemPicture({ item, showOriginal, names }: ItemPictureProps) {
  const { result, original } = names ?? {
    result: `Seed ${item.seed}`,
    original: `Original init image (seed ${item.seed})`,
  };
  if (showOriginal && item.originalSrc) {
    return <img src={item.originalSrc} alt={original} className={fill} draggable={false} />;
  }
  if (item.mask && item.originalSrc) {
    return (
      <CompositedImage
        src={item.src}
        originalSrc={item.originalSrc}
        mask={item.mask}
        alt={result}
        className={fill}
      />
    );
  }
  return <img src={item.src} alt={result} className={fill} draggable={false} />;
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

/** Width / height of an item's picture from its recipe (defaults as on the wire). */
export function itemAspect(item: ComparisonItem): number {
  return (
    (item.recipe.params.width ?? PARAM_DEFAULTS.width) / (item.recipe.params.height ?? PARAM_DEFAULTS.height)
  );
}

/**
 * A clipping box shaped like the picture, as large as its parent allows (a size container, so the whole
 * comparison fits the panel and the wheel can belong to zoom). The camera measures pointer positions from
 * this box, and the slider's split is a fraction of it, so it must hug the picture.
 */
export function CameraCell({ aspect, children }: { aspect: number; children: ReactNode }) {
  return (
    <div className="flex min-h-0 w-full flex-1 items-center justify-center" style={{ containerType: 'size' }}>
      <div
        {...{ [CAMERA_CELL_ATTR]: '' }}
        className="relative cursor-grab touch-none overflow-hidden rounded bg-ink-950 active:cursor-grabbing"
        style={{ aspectRatio: String(aspect), width: `min(100cqw, calc(100cqh * ${aspect}))` }}
      >
        {children}
      </div>
    </div>
  );
}
