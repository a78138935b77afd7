/**
 * The stage: the result in the centre of the studio. Everything here is first paint but `LazyStage`'s
 * chunk, which loads when there is first a result to show. See README.md.
 */
export { LazyStage } from './LazyStage';
export type { StageActions, StageProps } from './Stage';
export { useCentreView } from './useCentreView';
export { canvasChange, centreView, type CanvasShape, type CentreState } from './centreView';
export {
  canvasCleared,
  resetStage,
  resultsArrived,
  showCanvas,
  showResult,
  showStage,
  useStagedId,
  type CentreView,
} from './stageStore';
