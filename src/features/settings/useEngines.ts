import { useQuery } from '@tanstack/react-query';
import { enginesQueryOptions } from './engineQueries';
import { useSettingsDialog } from './settingsDialogStore';
import { useSettingsStore } from './settingsStore';
import { useConnection } from './useConnection';

/**
 * The engine list of the configured host and API (react-query; cached per host and API). Paused while
 * Settings is open: the host is keyed per keystroke there, and half-typed hosts must not receive the key.
 */
export function useEngines() {
  const editing = useSettingsDialog((s) => s.open);
  const backendId = useSettingsStore((s) => s.apiVersion);
  return useQuery({ ...enginesQueryOptions(useConnection(), backendId), enabled: !editing });
}
