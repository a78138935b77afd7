import {
  issueToErrorMessage,
  validateOptions,
  type ResolvedOptions,
  type ValidationContext,
  type ValidationIssue,
} from '../../src/lib/api/index.ts';
import { EngineError } from '../http/EngineError.ts';

/** The 400 for a list of issues: the FIRST one is the body (shared/API.md). */
export function firstIssueError(issues: readonly ValidationIssue[]): EngineError {
  const first = issues[0];
  return new EngineError('bad_request', first ? issueToErrorMessage(first) : 'invalid options');
}

/** Runs the shared validation and throws its first issue as the 400 body. */
export function validateOrThrow(input: unknown, vctx: ValidationContext): ResolvedOptions {
  const result = validateOptions(input, vctx);
  if (result.ok) return result.options;
  throw firstIssueError(result.issues);
}
