/** What the content filter decided for a request's prompts. */
export type FilterVerdict =
  | { kind: 'blocked'; promptIndex: number; word: string }
  | { kind: 'soften'; word: string }
  | { kind: 'clean' };

/** Lower-cased words of a prompt (letters and digits, any script). */
export function promptWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Checks every prompt (negative ones too: a blocked word is refused wherever it appears) against the
 * blocked and soften lists. Whole words only, case-insensitive, so "scarlet" does not trip "scar".
 */
export function checkPrompts(
  prompts: ReadonlyArray<{ text: string }>,
  blockedWords: readonly string[],
  softenWords: readonly string[],
): FilterVerdict {
  const blocked = new Set(blockedWords.map((w) => w.toLowerCase()));
  const soften = new Set(softenWords.map((w) => w.toLowerCase()));
  let softenHit: string | null = null;
  for (const [promptIndex, prompt] of prompts.entries()) {
    for (const word of promptWords(prompt.text)) {
      if (blocked.has(word)) return { kind: 'blocked', promptIndex, word };
      if (softenHit === null && soften.has(word)) softenHit = word;
    }
  }
  return softenHit === null ? { kind: 'clean' } : { kind: 'soften', word: softenHit };
}
