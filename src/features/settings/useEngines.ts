import { useQuery } from '@tanstack/react-query';
import { enginesQueryOptions } from './engineQueries';
import { useConnection } from './useConnection';

/** The engine list of the configured host (react-query; cached per host). */
export function useEngines() {
  return useQuery(enginesQueryOptions(useConnection()));
}
