import type { ResultMeta, ResultQuery } from './types';

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

function promptsMatch(meta: Pick<ResultMeta, 'recipe'>, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = meta.recipe.params.prompts.map((p) => p.text.toLocaleLowerCase()).join('\n');
  return terms.every((term) => haystack.includes(term));
}

/**
 * True when every term of `text` occurs in the result's prompts (positive or negative), case-insensitively.
 * A blank filter matches everything.
 */
export function matchesFilter(meta: Pick<ResultMeta, 'recipe'>, text: string): boolean {
  return promptsMatch(meta, filterTerms(text));
}

/** True when a query narrows anything: then counting and paging must look at each record. */
export function isFilteredQuery(query: ResultQuery | undefined): boolean {
  return query !== undefined && (query.favourite !== undefined || filterTerms(query.text ?? '').length > 0);
}

/**
 * A predicate for one query, with its terms parsed once: a scan of 50,000 records calls it 50,000 times.
 * Pure, shared by both repositories and the store (results kept in memory are filtered the same way).
 */
export function queryMatcher(
  query: ResultQuery | undefined,
): (meta: Pick<ResultMeta, 'recipe' | 'favourite'>) => boolean {
  const terms = filterTerms(query?.text ?? '');
  const favourite = query?.favourite;
  return (meta) => (favourite === undefined || meta.favourite === favourite) && promptsMatch(meta, terms);
}
