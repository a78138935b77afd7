import { useQuery } from '@tanstack/react-query';
import { enginesQueryOptions } from './engineQueries';
import { useSettingsDialog } from './settingsDialogStore';
import { useConnection } from './useConnection';

/**
 * The engine list of the configured host (react-query; cached per host). Paused while Settings is
 * open: the host is keyed per keystroke there, and half-typed hosts must not receive the key.
 */
export function useEngines() {
  const editing = useSettingsDialog((s) => s.open);
  return useQuery({ ...enginesQueryOptions(useConnection()), enabled: !editing });
}
