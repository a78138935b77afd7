import { LOCAL_ENGINE_DEV_KEY, type Connection } from '../../lib/api';

/** The API host users can pick besides the local engine. */
export const STABILITY_HOST = 'https://api.stability.ai';

/** What the user set in Settings. `host: ''` = the local engine on this page's origin. */
export interface ConnectionSettings {
  host: string;
  apiKey: string;
  organization: string;
}

/**
 * The connection actually used. With the local engine (host `''`) and no key typed, the engine's public
 * development key is sent, so the default setup works without any configuration.
 */
export function resolveConnection(s: ConnectionSettings): Connection {
  const host = s.host.trim().replace(/\/+$/, '');
  const apiKey = s.apiKey.trim();
  return {
    host,
    apiKey: host === '' && apiKey === '' ? LOCAL_ENGINE_DEV_KEY : apiKey,
    organization: s.organization.trim(),
  };
}

/** Human name of a host for labels: "Local engine" or the URL's host. */
export function hostLabel(host: string): string {
  const h = host.trim();
  if (h === '') return 'Local engine';
  try {
    return new URL(h).host;
  } catch {
    return h;
  }
}
