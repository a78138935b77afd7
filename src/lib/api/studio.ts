/**
 * What the studio imports from lib/api: plain data and pure functions (the APIs' capabilities, the neutral
 * request types, the registry, connection and error types), no parser and no client, so all of it can be in
 * the first paint. Validation, the wire, the client and zod come with `loadBackendRuntime(id)`, on demand
 * (README.md, "Budgets"). ESLint keeps features and app on this file; the engine and tests use index.ts.
 */
export type {
  BackendId,
  GeneratedImage,
  GenerationMode,
  GenerationParams,
  GenerationRequest,
  PasteBackSource,
  WeightedPrompt,
} from './backend/GenerationRequest.ts';
export type {
  Backend,
  BackendInfo,
  BackendWire,
  Capabilities,
  ChoiceSpec,
  FieldSet,
  ModelInfo,
  NumberSpec,
  PromptPreview,
  SizeCapability,
} from './backend/Backend.ts';
export {
  BACKENDS,
  DEFAULT_BACKEND_ID,
  STABILITY_API_HOST,
  backendById,
  connectBackend,
  isBackendId,
  loadBackendRuntime,
  loadedBackendRuntime,
  proposeBackend,
  type BackendRuntime,
} from './backend/registry.ts';
export { engineSizes, type EngineSizes } from './backend/engineSizes.ts';
export { inexpressibleParts, type RecipePart } from './backend/inexpressible.ts';
export { paramsFromV1alphaWire } from './backends/v1x/wireOptions.ts';
export { PARAM_DEFAULTS } from './backends/v1x/paramDefaults.ts';
export type { GessoClient } from './createClient.ts';
export type { ValidationIssue } from './validateOptions.ts';
export type { Connection } from './connection.ts';
export * from './errors.ts';
export * from './connectPolicy.ts';
export {
  CLIP_GUIDANCE_PRESETS,
  LIMITS,
  LOCAL_ENGINE_DEV_KEY,
  MASK_SOURCES,
  SAMPLERS,
  STYLE_PRESETS,
  type ClipGuidancePreset,
  type FinishReason,
  type MaskSource,
  type Sampler,
  type StylePreset,
  type WireAccount,
  type WireBalance,
  type WireGenerationOptions,
} from './wire.ts';
