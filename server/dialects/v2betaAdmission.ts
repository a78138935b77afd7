import type { V2betaRequest } from '../../src/lib/api/index.ts';
import { problemsError } from '../http/EngineError.ts';
import { checkPrompts, promptWords } from '../generation/contentFilter.ts';
import type { RequestContext } from '../routes/RequestContext.ts';

/** The prompt fields a request's text is screened in, in the order they are checked. */
function promptFields(request: V2betaRequest): Array<{ field: string; text: string }> {
  return [
    { field: 'prompt', text: request.prompt },
    { field: 'negative_prompt', text: request.negativePrompt },
  ].filter((p) => p.text !== '');
}

/**
 * What a valid v2beta request passes before any work, in this order (shared/API-v2beta.md §5, §10.5–6;
 * the order after 401 is decided): the key (401) → the rate limit per key (429 with `Retry-After`, a
 * lock-out of rateLockoutMs) → with refuseWhenSpent, a balance that cannot pay (402) → a blocked word
 * (403 `content_moderation`) → a language trigger word (422 `invalid_language`). None of them is charged.
 * Returns whether the content filter softens the result (a soften word: 200 `CONTENT_FILTERED`, charged).
 */
export function admitV2beta(ctx: RequestContext, request: V2betaRequest): { soften: boolean } {
  const { config, state } = ctx;
  const key = ctx.authorize();
  const wait = state.rateLimiter.take(key);
  if (wait !== null) {
    const seconds = Math.ceil(wait / 1000);
    throw problemsError(
      'rate_limit_exceeded',
      [
        `rate_limit: more than ${config.rateLimit} requests in ${config.rateWindowMs / 1000} s; this key is refused for ${config.rateLockoutMs / 1000} s (${seconds} s left)`,
      ],
      { 'retry-after': String(seconds) },
    );
  }
  if (config.refuseWhenSpent && state.balance < request.credits) {
    throw problemsError('payment_required', [
      `balance: you lack sufficient credits for this request (it costs ${request.credits}, ${state.balance} left); buy more credits and try again`,
    ]);
  }
  const prompts = promptFields(request);
  const verdict = checkPrompts(prompts, config.blockedWords, config.softenWords);
  if (verdict.kind === 'blocked') {
    const field = prompts[verdict.promptIndex]?.field ?? 'prompt';
    throw problemsError('content_moderation', [
      `${field}: your request was flagged by the content moderation system ("${verdict.word}"), so it was denied and you were not charged`,
    ]);
  }
  const language = new Set(config.languageWords);
  for (const { field, text } of prompts) {
    const word = promptWords(text).find((w) => language.has(w));
    if (word !== undefined) {
      throw problemsError('invalid_language', [
        `${field}: English is the only supported language for this service ("${word}")`,
      ]);
    }
  }
  return { soften: verdict.kind === 'soften' };
}
