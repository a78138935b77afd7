/** The settings feature: connection profile (host, key, organization, API version) and the engine list. */
export { SettingsDialog } from './SettingsDialog';
export { HostNotice } from './HostNotice';
export { useSettingsDialog } from './settingsDialogStore';
export { useSettingsStore, createSettingsStore, migrateSettings, type SettingsState } from './settingsStore';
export { useConnection, useSelectedBackend, useBackendRuntime, currentConnection } from './useConnection';
export { useEngines } from './useEngines';
export { engineKeys, enginesQueryOptions } from './engineQueries';
export { ClientErrorText } from './ClientErrorText';
export type { ErrorContext } from './describeClientError';
export {
  resolveConnection,
  hostLabel,
  isLocalEngine,
  LOCAL_ENGINE_HOST,
  STABILITY_HOST,
  type ConnectionSettings,
} from './resolveConnection';
export { useBalance, balanceKeys, balanceQueryOptions } from './balanceQueries';
