import type { GenerationMode } from '../../lib/api/studio';
import { MODE_LABELS } from './generationMode';

const MODE_HINTS: Record<GenerationMode, string> = {
  'text-to-image': 'Add an image on the canvas for image-to-image; paint a mask on it to inpaint.',
  'image-to-image': 'The whole image is reworked. Paint on it to repaint only an area.',
  masking: 'Only the masked area is repainted; the rest of the image is kept exactly.',
  erase: 'The masked area is removed, filled from what surrounds it; no prompt is sent.',
  outpaint: 'The image is extended past its edges.',
  upscale: 'The picture is enlarged; nothing in it is repainted.',
};

/** The current mode, shown as a chip with one sentence on what it does. */
export function ModeChip({ mode }: { mode: GenerationMode }) {
  return (
    <div className="flex flex-col gap-1" role="status" aria-label="Mode">
      <span className="self-start rounded-full bg-accent-600/25 px-2.5 py-0.5 text-xs font-semibold text-accent-300">
        {MODE_LABELS[mode]}
      </span>
      <p className="text-[11px] leading-snug text-paper-500">{MODE_HINTS[mode]}</p>
    </div>
  );
}
