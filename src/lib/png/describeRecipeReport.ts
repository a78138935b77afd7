import { PNG_LIMITS } from './pngChunks';
import type { RecipeReadReport } from './readImportedRecipe';
import type { TextSkipReason } from './decodeTextChunk';

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

/** How each skip reason reads after a count ("3 text chunks …"). */
const REASONS: Record<TextSkipReason, string> = {
  crc: 'with a wrong checksum (damaged, not read)',
  malformed: 'with a malformed layout',
  corrupt: 'with corrupt compressed data',
  'too-large': `larger than ${mib(PNG_LIMITS.maxTextChunkBytes)} (not read)`,
  'inflates-too-large': `inflating past ${mib(PNG_LIMITS.maxTextChunkBytes)} (stopped there)`,
  'file-budget': `past what one file may inflate (${mib(PNG_LIMITS.maxInflatedBytes)}) or hold (${mib(PNG_LIMITS.maxTotalTextBytes)} of text)`,
  'too-many': `past the first ${PNG_LIMITS.maxTextChunks} (not read)`,
};

/** Joins phrases as "a", "a and b", "a, b and c". */
function list(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Plain sentences on what a recipe read left out: skipped text chunks counted by reason, where and why
 * reading stopped early, and recipe metadata that was there but unusable. `''` when nothing was left out.
 * Keywords from the file are not repeated here (they are the stranger's text); only Gesso's own are.
 */
export function describeRecipeReport(
  report: Pick<RecipeReadReport, 'skippedByReason' | 'stopped' | 'unusable'>,
): string {
  const sentences: string[] = [];
  const skipped = (Object.keys(REASONS) as TextSkipReason[])
    .filter((reason) => (report.skippedByReason[reason] ?? 0) > 0)
    .map((reason) => {
      const n = report.skippedByReason[reason]!;
      return `${n.toLocaleString('en')} text chunk${n === 1 ? '' : 's'} ${REASONS[reason]}`;
    });
  if (skipped.length > 0) sentences.push(`Skipped ${list(skipped)}.`);
  if (report.stopped) {
    sentences.push(`Reading stopped at byte ${report.stopped.offset}: ${report.stopped.message}.`);
  }
  if (report.unusable.length > 0) {
    sentences.push(
      `The ${list(report.unusable)} metadata could not be used (malformed, or over a size or nesting limit).`,
    );
  }
  return sentences.join(' ');
}
