import type { Ref } from 'react';
import { Button } from '../components/ui';
import { showCanvas, showStage, type CentreView } from '../features/stage';

const VIEWS: Array<[CentreView, string, () => void, string]> = [
  ['stage', 'Stage', showStage, 'Show the result on stage (click a result in the gallery to choose it)'],
  ['canvas', 'Canvas', showCanvas, 'Show the canvas: the init image and mask, or where to drop one'],
];

/** group "Centre view": "Stage" (the result) or "Canvas" (the init image and mask), the shown one pressed. */
export function CentreSwitch({ view, ref }: { view: CentreView; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      role="group"
      aria-label="Centre view"
      className="flex items-center gap-1 border-b border-ink-700 bg-ink-900 px-2 py-1"
    >
      {VIEWS.map(([id, label, show, hint]) => (
        <Button
          key={id}
          size="sm"
          variant="ghost"
          aria-pressed={view === id}
          data-view={id}
          onClick={show}
          title={hint}
        >
          {label}
        </Button>
      ))}
    </div>
  );
}
