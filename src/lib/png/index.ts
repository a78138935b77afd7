// Writers and shared pieces: the studio needs them from its first paint (downloads, the canvas encoder).
export * from './PngFormatError';
export * from './crc32';
export * from './pngChunks';
export * from './textChunkCodec';
export * from './withTextChunks';
export * from './samplerNames';
export * from './recipe';
export * from './formatA1111Parameters';
export * from './gessoRecipe';
export * from './pngDimensions';

// Readers are not re-exported: anything this index reaches lands in the entry chunk, and reading a
// stranger's PNG is rare. The studio reads through `readRecipeFile` (a worker, imported on demand);
// the two functions below load their module on first call; their types cost nothing.
export type { Inflater, InflateOutcome } from './inflateCapped';
export type { TextSkipReason } from './decodeTextChunk';
export type { PngByteSource } from './pngByteSource';
export type { PngTextReport, SkippedTextChunk } from './readPngText';
export type { RecipeReadReport } from './readImportedRecipe';
export type { RecipeFileResult } from './readRecipeInThread';

/** `readTextChunks` (strict: throws on damage or a broken limit), loaded on first call. */
export async function readTextChunks(bytes: Uint8Array): Promise<import('./textChunkCodec').PngTextEntry[]> {
  return (await import('./readTextChunks')).readTextChunks(bytes);
}

/** `readImportedRecipe` (strict: throws on damage or a broken limit), loaded on first call. */
export async function readImportedRecipe(png: Uint8Array): Promise<import('./recipe').ImportedRecipe | null> {
  return (await import('./readImportedRecipe')).readImportedRecipe(png);
}
