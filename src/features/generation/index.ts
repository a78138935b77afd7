/** The generation feature: options store, request building, validation, the generate pipeline. */
export { OptionsPanel } from './OptionsPanel';
export { useOptionsStore, createOptionsStore, type OptionsState } from './optionsStore';
export { buildGenerationRequest, type CanvasInputs } from './buildGenerationRequest';
export { useGenerate, type GenerationRun } from './useGenerate';
export type { GenerationOptions, PromptRow } from './generationOptions';
