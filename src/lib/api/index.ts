/**
 * lib/api's whole surface: the contract the engine shares (wire vocabulary, validation, size and upscale
 * rules, v1's flattened fields, v2beta's rules) and the studio's backends and client. The studio's features
 * import `studio.ts` (plain data only) and load the rest with `loadBackendRuntime`.
 */
export * from './studio.ts';
export * from './wire.ts';
export * from './sizeRules.ts';
export * from './validateOptions.ts';
export * from './validationContextOf.ts';
export * from './optionRules.ts';
export * from './v1Fields.ts';
export * from './upscaleRules.ts';
export * from './connection.ts';
export * from './generationRequest.ts';
export * from './buildHttpRequest.ts';
export * from './createClient.ts';
export * from './schemas.ts';
export { hasPngSignature, PNG_SIGNATURE } from './parseGenerationResponse.ts';
export * from './backends/v1x/wireOptions.ts';
export { v1alphaBackend } from './backends/v1alpha/runtime.ts';
export { v1Backend } from './backends/v1/runtime.ts';
export { v2betaBackend } from './backends/v2beta/runtime.ts';
export * from './backends/v2beta/index.ts';
