import { useEffect, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../../components/ui';
import { MAX_FEATHER } from '../../../lib/pixels/PasteBackSession';
import { useGalleryStore, type GalleryItem } from '../../gallery';
import { CompositeCanvas } from './CompositeCanvas';
import { SPLIT_ALL_AFTER, useCompositeStore, useFeatherOf } from './compositeStore';
import { useComposer } from './useComposer';

interface CompositeStageProps {
  item: GalleryItem;
  /** Object URL of the whole init image (the "before"). */
  originalSrc: string | undefined;
  showOriginal: boolean;
  names: { result: string; original: string };
  /** The engine's own picture: shown for an inpaint of the whole image at feather 0 (what it keeps then). */
  enginePicture: ReactNode;
}

/**
 * An "Only masked" result on stage: the engine's answer composited over the whole init image in a
 * worker, with "Feather" (live), "Show seam" and a "Before and after" split over the original. What is
 * shown at a feather is what Download and "Edit on canvas" keep.
 */
export function CompositeStage(props: CompositeStageProps) {
  const { item, originalSrc, showOriginal, names, enginePicture } = props;
  const feather = useFeatherOf(item);
  const v = useCompositeStore(
    useShallow((s) => ({
      showSeam: s.showSeam,
      split: s.split,
      setFeather: s.setFeather,
      setShowSeam: s.setShowSeam,
      setSplit: s.setSplit,
    })),
  );
  usePersistFeather(item, feather);
  const asMade =
    !item.recipe.pasteBack?.onlyMasked && feather === 0 && !v.showSeam && v.split === SPLIT_ALL_AFTER;
  const state = useComposer(item, !asMade);
  const size = state.status === 'ready' ? state.size : null;
  const aspect = size ? size.width / size.height : 1;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {asMade ? (
        enginePicture
      ) : (
        <div
          className="flex min-h-0 flex-1 items-center justify-center p-4"
          style={{ containerType: 'size' }}
        >
          <div
            className="relative overflow-hidden rounded bg-ink-900"
            style={{ aspectRatio: String(aspect), width: `min(100cqw, calc(100cqh * ${aspect}))` }}
          >
            {originalSrc && (
              <img
                src={originalSrc}
                alt={showOriginal ? names.original : ''}
                aria-hidden={showOriginal ? undefined : true}
                className="absolute inset-0 h-full w-full object-contain"
                draggable={false}
              />
            )}
            {state.status === 'ready' && !showOriginal && (
              <CompositeCanvas
                composer={state.composer}
                size={state.size}
                feather={feather}
                showSeam={v.showSeam}
                name={names.result}
                className="absolute inset-0 h-full w-full"
                style={{ clipPath: `inset(0 ${100 - v.split}% 0 0)` }}
              />
            )}
            {state.status === 'loading' && (
              <p role="status" className="absolute inset-x-0 bottom-2 text-center text-xs text-paper-300">
                Compositing…
              </p>
            )}
            {state.status === 'failed' && (
              <p role="alert" className="absolute inset-x-0 bottom-2 text-center text-xs text-danger-400">
                The result could not be composited: {state.message}
              </p>
            )}
          </div>
        </div>
      )}
      <div
        role="group"
        aria-label="Paste-back"
        className="flex flex-wrap items-center gap-3 px-4 pb-2 text-xs text-paper-300"
      >
        <label className="flex items-center gap-2">
          Feather
          <input
            type="range"
            min={0}
            max={MAX_FEATHER}
            step={1}
            value={feather}
            aria-valuetext={`${feather} px`}
            onChange={(e) => v.setFeather(item.id, Number(e.target.value))}
            className="w-32 accent-accent-500"
            title="Soften the edge between the result and the original (px); 0 = the engine's hard result"
          />
        </label>
        <span className="w-12 tabular-nums">{feather} px</span>
        <Button
          size="sm"
          aria-pressed={v.showSeam}
          onClick={() => v.setShowSeam(!v.showSeam)}
          title="Highlight where the result and the original meet"
        >
          Show seam
        </Button>
        <label className="flex items-center gap-2">
          Before and after
          <input
            type="range"
            min={0}
            max={100}
            step={1}
            value={v.split}
            aria-valuetext={`${v.split} % after`}
            onChange={(e) => v.setSplit(Number(e.target.value))}
            className="w-32 accent-accent-500"
            title="Drag left to uncover the original under the result"
          />
        </label>
      </div>
    </div>
  );
}

/** How long "Feather" rests before the result's recipe records it: one write per drag, not per step. */
const FEATHER_SAVE_DELAY_MS = 400;

/** Records the feather chosen on the stage in the stored result once the slider rests (survives reload). */
function usePersistFeather(item: GalleryItem, feather: number): void {
  const stored = item.recipe.pasteBack?.feather;
  useEffect(() => {
    if (stored === undefined || stored === feather) return;
    const timer = setTimeout(
      () => void useGalleryStore.getState().setFeather(item.id, feather),
      FEATHER_SAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [item.id, stored, feather]);
}
