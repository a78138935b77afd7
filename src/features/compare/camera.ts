/**
 * The shared comparison camera. Coordinates are CSS pixels inside one cell; every cell is the same size,
 * so one camera places every picture identically. A picture point p shows at `p * zoom + (x, y)`.
 */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

declare const cellPointBrand: unique symbol;
/** A point in a cell's own CSS pixels (pointer position minus the cell's top-left). */
export type CellPoint = { x: number; y: number } & { readonly [cellPointBrand]: true };

export function cellPoint(x: number, y: number): CellPoint {
  return { x, y } as CellPoint;
}

export const IDENTITY_CAMERA: Camera = { zoom: 1, x: 0, y: 0 };
/** Zoom limits: below 1/4 the picture is a stamp, above 32× one pixel fills a cell. */
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 32;
/** Wheel sensitivity: one 100-px notch zooms by e^0.15 ≈ 1.16. */
export const WHEEL_ZOOM_RATE = 0.0015;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** Zooms by `factor` keeping the picture point under `anchor` where it is on screen. */
export function zoomAt(camera: Camera, factor: number, anchor: CellPoint): Camera {
  const zoom = clampZoom(camera.zoom * factor);
  const k = zoom / camera.zoom;
  return { zoom, x: anchor.x - (anchor.x - camera.x) * k, y: anchor.y - (anchor.y - camera.y) * k };
}

/** The zoom factor for a wheel event's deltaY (negative = towards the user = zoom in). */
export function wheelZoomFactor(deltaY: number): number {
  return Math.exp(-deltaY * WHEEL_ZOOM_RATE);
}

/** Moves the picture by a screen drag. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { zoom: camera.zoom, x: camera.x + dx, y: camera.y + dy };
}

/** The picture point under a cell point (inverse of the camera). */
export function cellToPicture(camera: Camera, p: CellPoint): { x: number; y: number } {
  return { x: (p.x - camera.x) / camera.zoom, y: (p.y - camera.y) / camera.zoom };
}

/** CSS transform for a picture layer (transform-origin must be 0 0). */
export function cameraTransform(camera: Camera): string {
  return `translate(${camera.x}px, ${camera.y}px) scale(${camera.zoom})`;
}
