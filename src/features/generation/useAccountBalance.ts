import { useBalance } from '../settings';
import { useEndedJobCount } from './pipeline/jobsStore';

/**
 * The chosen API's balance (undefined when it has none or it is not known), read again each time a job
 * ends — Generate, a sweep, a grid, Re-run, Upscale — because a run is what spends credits.
 */
export function useAccountBalance(): number | undefined {
  return useBalance(useEndedJobCount());
}
