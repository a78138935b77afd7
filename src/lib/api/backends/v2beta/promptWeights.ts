/** One piece of a prompt and its weight (1 = as written). */
export interface WeightedText {
  text: string;
  weight: number;
}

/** `(text:weight)`: no parentheses or colon inside the text, a plain decimal weight (§2.5). */
const WEIGHTED = /\(([^():]+):\s*(\d+(?:\.\d+)?|\.\d+)\s*\)/g;

/**
 * Splits a prompt written with the inline weighting syntax of shared/API-v2beta.md §2.5 (`a (red:0.3) sky`)
 * into the text outside every group (weight 1) followed by each group's text with its weight, so a
 * renderer that reads weighted prompts can honour them. Text that merely looks like a group — nested, empty,
 * or with a weight that is no number — stays plain text.
 */
export function splitPromptWeights(prompt: string): WeightedText[] {
  const groups: WeightedText[] = [];
  const rest = prompt.replace(WEIGHTED, (_whole, text: string, weight: string) => {
    groups.push({ text: text.trim(), weight: Number(weight) });
    return ' ';
  });
  const plain = rest.replace(/\s+/g, ' ').trim();
  return [...(plain === '' ? [] : [{ text: plain, weight: 1 }]), ...groups.filter((g) => g.text !== '')];
}

/** `text` in the inline form: as is at weight 1, else `(text:weight)` (the studio clamps weights to 0..1). */
export function inlineWeight(text: string, weight: number): string {
  return weight === 1 ? text : `(${text}:${weight})`;
}
