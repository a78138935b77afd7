/** The generation feature: options store, request building, the one pipeline every run goes through. */
export { OptionsPanel } from './OptionsPanel';
// Read through selectors (and reset in tests); other features change it through the intents below.
export { useOptionsStore } from './optionsStore';
export { buildGenerationRequest } from './buildGenerationRequest';
export type { GenerationOptions, PromptRow } from './generationOptions';
export {
  optionsFromStoredRecipe,
  optionsFromResult,
  optionsFromImportedRecipe,
  type AppliedImport,
} from './applyRecipe';
export { applyStoredRecipe, applyResultRecipe, applyImportedRecipe, reuseSeed } from './optionsActions';
export { useImageSizes } from './useImageSizes';
export { useExtendCanvasRule } from './useExtendCanvasRule';
export { useKeepSize } from './region/useKeepSize';
export { run, type RunHandle, type RunOptions, type RunOutcome } from './pipeline/run';
export { runJobs, type JobProgress, type JobResult } from './pipeline/runJobs';
export { cancelJob, useJob, type Job } from './pipeline/jobsStore';
export { subscribeNewResults } from './pipeline/newResults';
export { rerunRecipe, upscaleResult, canUpscale, canUpscaleWithPrompt, type RecipeToRun } from './storedRuns';
export { currentRequest, type CurrentRequest } from './currentRequest';
export { useAccountBalance } from './useAccountBalance';
