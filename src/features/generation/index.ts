/** The generation feature: options store, request building, validation, the generate pipeline. */
export { OptionsPanel } from './OptionsPanel';
export { useOptionsStore, createOptionsStore, type OptionsState } from './optionsStore';
export { buildGenerationRequest, type CanvasInputs } from './buildGenerationRequest';
export { useGenerate, type GenerationRun } from './useGenerate';
export type { GenerationOptions, PromptRow } from './generationOptions';
export { optionsFromStoredRecipe, optionsFromImportedRecipe, type AppliedImport } from './applyRecipe';
export { generateIntoGallery, type GenerateFn } from './sweeps/generateIntoGallery';
export { runBatch, batchRequests, sweepLabel, type BatchDeps, type BatchInput } from './sweeps/runBatch';
export { setInitParent, currentInitParent } from './sweeps/initParent';
export { currentRequest, type CurrentRequest } from './sweeps/currentRequest';
export { pickOptions } from './optionsStore';
