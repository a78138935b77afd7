import {
  issueToErrorMessage,
  validateOptions,
  type ResolvedOptions,
  type ValidationContext,
} from '../../src/lib/api/index.ts';
import { EngineError } from '../http/EngineError.ts';

/** Runs the shared validation and throws its FIRST issue as the 400 body (shared/API.md). */
export function validateOrThrow(input: unknown, vctx: ValidationContext): ResolvedOptions {
  const result = validateOptions(input, vctx);
  if (result.ok) return result.options;
  const first = result.issues[0];
  throw new EngineError('bad_request', first ? issueToErrorMessage(first) : 'invalid options');
}
