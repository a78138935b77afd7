/**
 * Longest side of an exported grid PNG. Browsers cap canvas size (Chromium ~16k per side, ~268 M pixels)
 * and a 10×10 grid of 1024-px pictures would pass the area cap; 8192 keeps every cell legible.
 */
export const MAX_EXPORT_SIDE = 8192;

/** Cell size for the export: the pictures' natural size, scaled down (never up) to fit MAX_EXPORT_SIDE. */
export function exportCellSize(
  natural: { width: number; height: number },
  rows: number,
  cols: number,
  maxSide = MAX_EXPORT_SIDE,
): { cellW: number; cellH: number } {
  const scale = Math.min(1, maxSide / (cols * natural.width), maxSide / (rows * natural.height));
  return { cellW: Math.floor(natural.width * scale), cellH: Math.floor(natural.height * scale) };
}
