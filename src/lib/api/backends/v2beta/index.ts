/** The Stable Image API (v2beta) contract shared by the studio and the local engine (DOM-free). */
export * from './vocabulary.ts';
export * from './credits.ts';
export * from './models.ts';
export * from './outputSize.ts';
export * from './imageRules.ts';
export * from './fieldRules.ts';
export * from './validateV2beta.ts';
export * from './promptWeights.ts';
export * from './wire.ts';
