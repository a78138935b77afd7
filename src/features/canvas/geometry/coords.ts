/**
 * Branded coordinate types and the pure view transform. A `ScreenPoint` is in CSS pixels relative to the
 * stage container's top-left; an `ImagePoint` is in init-image pixels. Brands make it a compile error to
 * stamp the mask with a screen position (the classic zoom/pan bug).
 */
declare const screenBrand: unique symbol;
declare const imageBrand: unique symbol;

export type ScreenPoint = { readonly x: number; readonly y: number; readonly [screenBrand]: true };
export type ImagePoint = { readonly x: number; readonly y: number; readonly [imageBrand]: true };

/** The view: image pixel `p` shows at screen `p * scale + (x, y)`. */
export interface ViewTransform {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 64;

export function screenPoint(x: number, y: number): ScreenPoint {
  return { x, y } as ScreenPoint;
}

export function imagePoint(x: number, y: number): ImagePoint {
  return { x, y } as ImagePoint;
}

export function screenToImage(view: ViewTransform, p: ScreenPoint): ImagePoint {
  return imagePoint((p.x - view.x) / view.scale, (p.y - view.y) / view.scale);
}

export function imageToScreen(view: ViewTransform, p: ImagePoint): ScreenPoint {
  return screenPoint(p.x * view.scale + view.x, p.y * view.scale + view.y);
}

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zooms to `scale` keeping the image point under `anchor` fixed on screen (wheel / pinch towards the pointer). */
export function zoomAt(view: ViewTransform, anchor: ScreenPoint, scale: number): ViewTransform {
  const s = clampScale(scale);
  const under = screenToImage(view, anchor);
  return { scale: s, x: anchor.x - under.x * s, y: anchor.y - under.y * s };
}

export function panBy(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}

/** Whole image visible and centred with `margin` CSS pixels around it (Ctrl/Cmd+0). */
export function fitView(
  viewport: { width: number; height: number },
  image: { width: number; height: number },
  margin = 24,
): ViewTransform {
  const availW = Math.max(1, viewport.width - 2 * margin);
  const availH = Math.max(1, viewport.height - 2 * margin);
  const scale = clampScale(Math.min(availW / image.width, availH / image.height));
  return centred(viewport, image, scale);
}

/** 100 %: one image pixel per CSS pixel, centred. */
export function actualSizeView(
  viewport: { width: number; height: number },
  image: { width: number; height: number },
): ViewTransform {
  return centred(viewport, image, 1);
}

function centred(
  viewport: { width: number; height: number },
  image: { width: number; height: number },
  scale: number,
): ViewTransform {
  return {
    scale,
    x: (viewport.width - image.width * scale) / 2,
    y: (viewport.height - image.height * scale) / 2,
  };
}

/** Wheel delta → zoom factor. Exponential so trackpad pinch (small deltas) and wheel notches both feel even. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-px * 0.0015);
}
