import { useEffect, useMemo, useRef, useState } from 'react';
import { useFocusReturn } from '../../components/ui';
import { ComparisonFigure } from './ComparisonFigure';
import type { ComparisonItem } from './comparisonItem';
import { DifferenceStage } from './DifferenceStage';
import { diffRecipes } from './diffRecipes';
import { JobProgressBar } from './JobProgressBar';
import { SliderStage } from './SliderStage';
import { useSharedCamera } from './useSharedCamera';

export interface ComparisonViewProps {
  /** 2–9 results (one works too, e.g. while a sweep is still arriving). */
  items: ComparisonItem[];
  /** Called when a cell is starred (number key 1–9 or its star button). */
  onPickWinner: (id: string) => void;
  onClose: () => void;
  /** The starred item, if the caller already knows it. */
  winnerId?: string;
  /** While a sweep runs: progress and cancel-all. */
  progress?: { done: number; total: number; failed?: number };
  onCancel?: () => void;
}

/** One key press of + or − zooms by this factor. */
const KEY_ZOOM_STEP = 1.25;

type ViewMode = 'side' | 'slider' | 'difference';

const MODES: Array<[ViewMode, string]> = [
  ['side', 'Side by side'],
  ['slider', 'Slider'],
  ['difference', 'Difference'],
];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'range')
  );
}

/** Results side by side under one camera, with A/B slider and difference modes for two. */
export function ComparisonView({
  items,
  onPickWinner,
  onClose,
  winnerId,
  progress,
  onCancel,
}: ComparisonViewProps) {
  const region = useRef<HTMLElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { camera, reset, zoomBy } = useSharedCamera(stage);
  const [mode, setMode] = useState<ViewMode>('side');
  const [showOriginal, setShowOriginal] = useState(false);
  const [picked, setPicked] = useState<string | undefined>(winnerId);
  const winner = winnerId ?? picked;
  const labels = useMemo(() => diffRecipes(items.map((i) => i.recipe)), [items]);
  const captions = items.map((item, i) => [`Seed ${item.seed}`, ...(labels[i] ?? [])].join(' · '));
  const hasOriginal = items.some((i) => i.originalSrc);
  const [first, second] = items;
  const pair = items.length === 2 && first && second ? ([first, second] as const) : null;
  const effectiveMode = pair ? mode : 'side';

  // Keys go to the region, so focus it on open: 1–9 and O work at once without a click. Esc gives it back.
  useFocusReturn();
  useEffect(() => region.current?.focus(), []);

  const pick = (id: string) => {
    setPicked(id);
    onPickWinner(id);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else if (/^[1-9]$/.test(e.key)) {
      const item = items[Number(e.key) - 1];
      if (item) {
        e.preventDefault();
        pick(item.id);
      }
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      zoomBy(e.key === '-' ? 1 / KEY_ZOOM_STEP : KEY_ZOOM_STEP);
    } else if (e.key === '0') {
      reset();
    } else if ((e.key === 'o' || e.key === 'O') && hasOriginal) {
      e.preventDefault();
      setShowOriginal(true);
    }
  };
  const onKeyUp = (e: React.KeyboardEvent) => {
    if (e.key === 'o' || e.key === 'O') setShowOriginal(false);
  };

  const cols = items.length <= 3 ? Math.max(items.length, 1) : items.length === 4 ? 2 : 3;

  return (
    <section
      ref={region}
      aria-label="Comparison"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
      // Releasing O while focus is elsewhere must not leave the original stuck on screen.
      onBlur={() => setShowOriginal(false)}
      className="flex h-full flex-col gap-3 bg-ink-900 p-3 text-paper-100 outline-none"
    >
      <div className="flex flex-wrap items-center gap-4">
        <h2 className="text-base font-semibold">Comparison</h2>
        {pair && (
          <div role="radiogroup" aria-label="Comparison mode" className="flex gap-3 text-sm">
            {MODES.map(([value, label]) => (
              <label key={value} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="comparison-mode"
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {label}
              </label>
            ))}
          </div>
        )}
        <button
          type="button"
          onClick={reset}
          className="rounded px-2 py-0.5 text-sm hover:bg-ink-700"
          title="Reset zoom and pan (0)"
        >
          Reset view
        </button>
        <span className="text-xs text-paper-500">
          Wheel or +/− zooms · drag pans · 0 resets · 1–9 picks the winner
          {hasOriginal ? ' · hold O for the original' : ''} · Esc closes
        </span>
        {progress && (
          <JobProgressBar
            label="Seed sweep progress"
            done={progress.done}
            total={progress.total}
            failed={progress.failed}
            onCancel={onCancel}
          />
        )}
        <button
          type="button"
          onClick={onClose}
          className="ml-auto rounded px-2 py-0.5 text-sm hover:bg-ink-700"
          aria-keyshortcuts="Escape"
        >
          Close comparison
        </button>
      </div>
      <div ref={stage} className="min-h-0 flex-1 overflow-hidden">
        {pair && effectiveMode === 'slider' && (
          <SliderStage
            a={pair[0]}
            b={pair[1]}
            captions={[captions[0] ?? '', captions[1] ?? '']}
            camera={camera}
            showOriginal={showOriginal}
          />
        )}
        {pair && effectiveMode === 'difference' && (
          <DifferenceStage
            a={pair[0]}
            b={pair[1]}
            captions={[captions[0] ?? '', captions[1] ?? '']}
            camera={camera}
          />
        )}
        {effectiveMode === 'side' && (
          <div
            className="grid h-full gap-3 p-1"
            style={{
              gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`,
              gridTemplateRows: `repeat(${Math.ceil(items.length / cols)}, minmax(0, 1fr))`,
            }}
          >
            {items.map((item, i) => (
              <ComparisonFigure
                key={item.id}
                item={item}
                index={i}
                caption={captions[i] ?? ''}
                isWinner={winner === item.id}
                camera={camera}
                showOriginal={showOriginal}
                onPick={() => pick(item.id)}
              />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
