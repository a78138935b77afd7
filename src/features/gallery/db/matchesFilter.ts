import type { ResultMeta } from './types';

const TERM = /"([^"]+)"|(\S+)/g;

/** Splits a filter into lower-case terms; "quoted phrases" stay one term. */
function filterTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(TERM)) {
    const term = (match[1] ?? match[2] ?? '').trim().toLocaleLowerCase();
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * True when every term of `text` occurs in the result's prompts (positive or negative), case-insensitively.
 * A blank filter matches everything. Pure, so the grid can filter 5,000 records in memory.
 */
export function matchesFilter(meta: Pick<ResultMeta, 'recipe'>, text: string): boolean {
  const terms = filterTerms(text);
  if (terms.length === 0) return true;
  const haystack = meta.recipe.params.prompts.map((p) => p.text.toLocaleLowerCase()).join('\n');
  return terms.every((term) => haystack.includes(term));
}
