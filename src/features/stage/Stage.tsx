import { useState } from 'react';
import { Button } from '../../components/ui';
import { describeRecipe, ItemPicture, itemAspect } from '../compare';
import {
  compareIdsFor,
  downloadStoredResult,
  neighbourResult,
  useGalleryStore,
  type GalleryActions,
} from '../gallery';
import { StageLineage } from './StageLineage';
import { showResult, useStagedId } from './stageStore';
import { useForgetDeleted, useShownResult, type ShownResult } from './useShownResult';
import { useStageKeys } from './useStageKeys';
import { CompositeStage } from './composite/CompositeStage';
import { keptAtFeather, useFeatherOf } from './composite/compositeStore';

/** What the stage's buttons ask the app to do: the gallery's own actions for the same result. */
export type StageActions = Pick<GalleryActions, 'onUseAsInitImage' | 'onCompare' | 'onUpscale' | 'onUseMask'>;

export interface StageProps {
  actions: StageActions;
  /** False while something covers the stage (the comparison, an X/Y grid): its keys rest. */
  keysActive: boolean;
}

/**
 * region "Stage": the result on stage (the one a click in the gallery chose, else the newest), large, with
 * its seed and recipe; ←/→ walk the gallery's results; hold O to see an image-mode result's original;
 * Edit on canvas, Compare, Download and (when the API can) Upscale. Loaded on demand (LazyStage).
 */
export function Stage({ actions, keysActive }: StageProps) {
  const stagedId = useStagedId();
  const newestId = useGalleryStore((s) => s.items[0]?.id);
  const id = stagedId ?? newestId;
  const shown = useShownResult(id);
  useForgetDeleted(stagedId);
  const [original, setOriginal] = useState(false);
  const step = (delta: -1 | 1) => {
    if (id) void neighbourResult(id, delta).then((next) => next && showResult(next));
  };
  useStageKeys(keysActive && shown !== undefined, { onStep: step, onOriginal: setOriginal });

  return (
    <section aria-label="Stage" className="absolute inset-0 flex flex-col bg-ink-950">
      {shown && (
        <>
          <StageHeader shown={shown} onStep={step} />
          <StageLineage item={shown.item} onUseMask={actions.onUseMask} />
          {shown.item.recipe.pasteBack ? (
            <CompositeStage
              item={shown.item}
              originalSrc={shown.picture.originalSrc}
              showOriginal={original}
              names={namesOf(shown)}
              enginePicture={<EnginePicture shown={shown} showOriginal={original} />}
            />
          ) : (
            <EnginePicture shown={shown} showOriginal={original} />
          )}
          <StageActionBar shown={shown} actions={actions} />
        </>
      )}
    </section>
  );
}

const namesOf = (shown: ShownResult) => ({
  result: `Result, seed ${shown.item.recipe.seed}`,
  original: `Original of seed ${shown.item.recipe.seed}`,
});

/** The picture as the engine made it, fitted large; O shows the original instead. */
function EnginePicture({ shown, showOriginal }: { shown: ShownResult; showOriginal: boolean }) {
  const aspect = itemAspect(shown.picture);
  return (
    <div className="flex min-h-0 flex-1 items-center justify-center p-4" style={{ containerType: 'size' }}>
      <div
        className="relative overflow-hidden rounded bg-ink-900"
        style={{ aspectRatio: String(aspect), width: `min(100cqw, calc(100cqh * ${aspect}))` }}
      >
        <ItemPicture item={shown.picture} showOriginal={showOriginal} names={namesOf(shown)} />
      </div>
    </div>
  );
}

/** Seed, prompt and recipe summary, and the place in the gallery with ←/→. */
function StageHeader({ shown, onStep }: { shown: ShownResult; onStep: (delta: -1 | 1) => void }) {
  const { item } = shown;
  const index = useGalleryStore((s) => s.items.findIndex((i) => i.id === item.id));
  const total = useGalleryStore((s) => Math.max(s.total ?? 0, s.items.length));
  const prompt = item.recipe.params.prompts
    .filter((p) => p.weight >= 0)
    .map((p) => p.text)
    .join(' · ');
  return (
    <header className="flex items-center gap-3 border-b border-ink-700 bg-ink-900 px-3 py-2">
      <div className="min-w-0 flex-1">
        <h2 className="text-sm font-semibold text-paper-100">Seed {item.recipe.seed}</h2>
        <p className="truncate text-xs text-paper-200" title={prompt}>
          {prompt || 'No prompt'}
        </p>
        <p className="truncate text-xs text-paper-300">{describeRecipe(item.recipe).join(' · ')}</p>
      </div>
      <div className="flex items-center gap-2 text-xs text-paper-300">
        <Button
          size="sm"
          onClick={() => onStep(-1)}
          disabled={index <= 0}
          title="Newer result (←)"
          aria-keyshortcuts="ArrowLeft"
        >
          ← Newer
        </Button>
        {index >= 0 && (
          <span className="tabular-nums">
            {index + 1} / {total}
          </span>
        )}
        <Button
          size="sm"
          onClick={() => onStep(1)}
          disabled={index >= 0 && index >= total - 1}
          title="Older result (→)"
          aria-keyshortcuts="ArrowRight"
        >
          Older →
        </Button>
      </div>
    </header>
  );
}

/** Edit on canvas, Compare, Download, Upscale (when given), and the keys the stage answers to. */
function StageActionBar({ shown, actions }: { shown: ShownResult; actions: StageActions }) {
  const { picture } = shown;
  // An "Only masked" result is kept at the feather chosen on the stage: its recipe says so.
  const feather = useFeatherOf(shown.item);
  const item = shown.item.recipe.pasteBack ? keptAtFeather(shown.item, feather) : shown.item;
  return (
    <footer className="flex flex-wrap items-center gap-2 border-t border-ink-700 bg-ink-900 px-3 py-2">
      <Button
        size="sm"
        variant="primary"
        onClick={() => actions.onUseAsInitImage?.(item)}
        title="Open this picture on the canvas as the init image, to paint a mask or vary it"
      >
        Edit on canvas
      </Button>
      <Button
        size="sm"
        onClick={() => void compareIdsFor(item).then((ids) => actions.onCompare?.(ids))}
        title="Compare with the other pictures of its run"
      >
        Compare
      </Button>
      <Button
        size="sm"
        onClick={() => void downloadStoredResult(item)}
        title="Download as PNG with its recipe"
      >
        Download
      </Button>
      {actions.onUpscale && (
        <Button
          size="sm"
          onClick={() => actions.onUpscale?.(item)}
          title="Upscale this picture (a new result, derived from this one)"
        >
          Upscale
        </Button>
      )}
      <span className="ml-auto text-xs text-paper-300">
        ←/→ results{picture.originalSrc ? ' · hold O for the original' : ''}
      </span>
    </footer>
  );
}
