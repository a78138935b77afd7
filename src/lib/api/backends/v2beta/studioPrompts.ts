import type { PromptPreview } from '../../backend/Backend.ts';
import type { GenerationRequest, WeightedPrompt } from '../../backend/GenerationRequest.ts';
import { inlineWeight } from './promptWeights.ts';

/** What the studio's prompt rows become on the v2beta wire, and what that changed. */
export interface V2betaPrompts {
  /** `prompt`: the positive rows, joined; `''` when there is none. */
  prompt: string;
  /** `negative_prompt`: the negative rows, joined; `''` when there is none. */
  negativePrompt: string;
  /** One sentence per row the mapping changed (a weight clamped or dropped). */
  notes: string[];
}

/** The inline weighting form reads weights 0..1 (§2.5); more decimals than this say nothing. */
const round = (n: number): number => Math.round(n * 10_000) / 10_000;

/**
 * The weighted prompt list as v2beta takes it (shared/API-v2beta.md §2.5): positive rows (weight ≥ 0) join
 * into `prompt`, each with a weight other than 1 written inline as `(text:weight)` and clamped to the 0–1
 * the service accepts; negative rows (weight < 0) join into `negative_prompt` as written, since it has no
 * weighting. Empty rows are left out. Rows are joined with ", ".
 */
export function v2betaPrompts(prompts: readonly WeightedPrompt[]): V2betaPrompts {
  const positive: string[] = [];
  const negative: string[] = [];
  const notes: string[] = [];
  prompts.forEach((p, i) => {
    const text = p.text.trim();
    if (text === '') return;
    if (p.weight < 0) {
      negative.push(text);
      if (p.weight !== -1) {
        notes.push(`Prompt ${i + 1}: weight ${p.weight} is not sent; negative_prompt has no weights.`);
      }
      return;
    }
    if (p.weight > 1) notes.push(`Prompt ${i + 1}: weight ${p.weight} is sent as 1, the most the API takes.`);
    positive.push(inlineWeight(text, round(Math.min(1, p.weight))));
  });
  return { prompt: positive.join(', '), negativePrompt: negative.join(', '), notes };
}

/** What a request's prompts are sent as, for the panel's "Sent as" line. */
export function previewV2betaPrompts(request: GenerationRequest): PromptPreview {
  if (request.mode === 'erase') {
    return {
      fields: [],
      notes: ['Erase sends no prompt: the masked area is filled from what surrounds it.'],
    };
  }
  if (request.mode === 'upscale' && request.params.prompts.length === 0) {
    return { fields: [], notes: ['The fast upscaler takes no prompt.'] };
  }
  const { prompt, negativePrompt, notes } = v2betaPrompts(request.params.prompts);
  const fields = [{ name: 'prompt', text: prompt }];
  if (negativePrompt !== '') fields.push({ name: 'negative_prompt', text: negativePrompt });
  return { fields, notes };
}
