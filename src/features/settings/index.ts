/** The settings feature: connection profile (host, key, organization) and the engine list. */
export { SettingsDialog } from './SettingsDialog';
export { useSettingsDialog } from './settingsDialogStore';
export { useSettingsStore, createSettingsStore, migrateSettings, type SettingsState } from './settingsStore';
export { useConnection, useApiClient } from './useConnection';
export { useEngines } from './useEngines';
export { engineKeys, enginesQueryOptions } from './engineQueries';
export { describeClientError, type ErrorContext } from './describeClientError';
export { resolveConnection, hostLabel, STABILITY_HOST, type ConnectionSettings } from './resolveConnection';
