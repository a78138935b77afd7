import { create } from 'zustand';
import type { GenerationMode } from '../../lib/api/studio';

/** What the centre of the studio shows: the stage (a result) or the canvas (the init image and mask). */
export type CentreView = 'stage' | 'canvas';

interface StageState {
  /** The result on stage; null: the gallery's newest. */
  stagedId: string | null;
  /** What the centre was last told to show (a click, a run, an image opened); null: by the rule (centreView). */
  choice: CentreView | null;
}

/** The stage's one store: which result it shows, and whether the centre shows it or the canvas. */
const useStageStore = create<StageState>()(() => ({ stagedId: null, choice: null }));

export const useStagedId = (): string | null => useStageStore((s) => s.stagedId);
export const useCentreChoice = (): CentreView | null => useStageStore((s) => s.choice);

/** Puts a result on the stage and the stage in the centre (a click in the gallery, ←/→ on the stage). */
export function showResult(id: string): void {
  useStageStore.setState({ stagedId: id, choice: 'stage' });
}

/** The stage in the centre, with the result it holds ("Stage"). */
export function showStage(): void {
  useStageStore.setState({ choice: 'stage' });
}

/** The canvas in the centre ("Canvas", "Edit on canvas", an image opened on the canvas). */
export function showCanvas(): void {
  useStageStore.setState({ choice: 'canvas' });
}

/**
 * A recipe cleared the canvas (a text-to-image "Reuse all" or Open recipe): the centre goes back to the
 * rule, so the empty drop zone shows only when there is no result to show. "Remove image" does not call
 * this: the artist is working on the canvas, and its Undo must stay in reach.
 */
export function canvasCleared(): void {
  useStageStore.setState((s) => (s.choice === 'canvas' ? { choice: null } : s));
}

/** A staged result that no longer exists (deleted): the stage falls back to the gallery's newest. */
export function forgetStaged(id: string): void {
  useStageStore.setState((s) => (s.stagedId === id ? { stagedId: null } : s));
}

/** Modes whose results take the centre when they land: nothing is being edited on the canvas for them. */
const TAKES_CENTRE: ReadonlySet<GenerationMode> = new Set(['text-to-image', 'upscale']);

/**
 * A request's pictures have landed (newest first): the newest goes on stage. A text-to-image run (or an
 * upscale) also brings the stage to the centre; an image-to-image or inpaint run leaves the canvas where
 * the artist is working, its result waiting under "Stage".
 */
export function resultsArrived(items: ReadonlyArray<{ id: string; recipe: { mode: GenerationMode } }>): void {
  const newest = items[0];
  if (!newest) return;
  if (TAKES_CENTRE.has(newest.recipe.mode)) showResult(newest.id);
  else useStageStore.setState({ stagedId: newest.id });
}

/** Back to a fresh page's state (tests). */
export function resetStage(): void {
  useStageStore.setState({ stagedId: null, choice: null });
}
