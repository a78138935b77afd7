import type { Margins } from '../../lib/pixels';

/**
 * What an outpaint sends, said where the options are: the picture before "Extend canvas" and the margins
 * as the endpoint names them (the canvas shows the enlarged picture only as a preview of the area to fill).
 */
export function OutpaintNote({
  margins,
  size,
}: {
  margins: Margins;
  size: { width: number; height: number };
}) {
  const before = `${size.width - margins.left - margins.right}×${size.height - margins.top - margins.bottom}`;
  return (
    <p role="note" aria-label="Outpaint sent" className="text-xs leading-snug text-paper-300">
      Sends the {before} picture with left {margins.left}, right {margins.right}, up {margins.top}, down{' '}
      {margins.bottom} px. Paint on the canvas to inpaint the {size.width}×{size.height} picture instead.
    </p>
  );
}
