import { useMutationState, type Mutation } from '@tanstack/react-query';
import { generationKeys } from './generationKeys';
import type { GenerationRun } from './useGenerate';

/** A generation as the studio shows it. */
export interface RunView {
  runId: string;
  label: string;
  host: string;
  engineId: string;
  /** When Generate was pressed (ms since epoch). */
  submittedAt: number;
  error: unknown;
  mutation: Mutation<unknown, Error, unknown, unknown>;
}

function isRun(v: unknown): v is GenerationRun {
  return typeof v === 'object' && v !== null && 'runId' in v && 'options' in v;
}

function toView(m: Mutation<unknown, Error, unknown, unknown>): RunView | null {
  const run = m.state.variables;
  if (!isRun(run)) return null;
  return {
    runId: run.runId,
    label: run.label,
    host: run.host,
    engineId: run.options.engineId,
    submittedAt: m.state.submittedAt,
    error: m.state.error,
    mutation: m,
  };
}

/** Generations in flight, oldest first. */
export function useRunningGenerations(): RunView[] {
  return useMutationState({
    filters: { mutationKey: generationKeys.generate(), status: 'pending' },
    select: toView,
  }).filter((r): r is RunView => r !== null);
}

/** Generations that failed since the last Generate, newest first (cancelled ones excluded). */
export function useFailedGenerations(): RunView[] {
  return useMutationState({
    filters: { mutationKey: generationKeys.generate(), status: 'error' },
    select: toView,
  })
    .filter((r): r is RunView => r !== null && !isCancelled(r.error))
    .reverse();
}

function isCancelled(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'kind' in e && e.kind === 'aborted';
}
