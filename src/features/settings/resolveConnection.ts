import { LOCAL_ENGINE_DEV_KEY, STABILITY_API_HOST, type Connection } from '../../lib/api/studio';
import { normalizeApiHost } from './normalizeApiHost';

/** The API host users can pick besides the local engine. */
export const STABILITY_HOST = STABILITY_API_HOST;

/**
 * How settings say "the local engine served with this page": an empty host, which the client resolves
 * to the page's own origin. Typing that origin in full is a different choice: an explicit host.
 */
export const LOCAL_ENGINE_HOST = '';

/** Whether a settings host means the local engine. */
export function isLocalEngine(host: string): boolean {
  return host.trim() === LOCAL_ENGINE_HOST;
}

/** What the user set in Settings. `host: ''` ({@link LOCAL_ENGINE_HOST}) = the local engine. */
export interface ConnectionSettings {
  host: string;
  apiKey: string;
  organization: string;
}

/**
 * The connection actually used.
 *
 * - Local engine: always its public development key, **whatever key was typed** — the typed key is meant
 *   for a real API host and must not be handed to whatever serves this page. (To use another key on this
 *   origin, type the origin itself as the API host.)
 * - Any other host: the typed key, to that host's origin only. The host is normalised again here; one
 *   that is still not a usable URL is passed on as typed, and the client refuses it before sending.
 */
export function resolveConnection(s: ConnectionSettings): Connection {
  const organization = s.organization.trim();
  if (isLocalEngine(s.host)) return { host: LOCAL_ENGINE_HOST, apiKey: LOCAL_ENGINE_DEV_KEY, organization };
  const checked = normalizeApiHost(s.host);
  return { host: checked.ok ? checked.host : s.host.trim(), apiKey: s.apiKey.trim(), organization };
}

/** Human name of a host for labels: "Local engine" or the URL's host. */
export function hostLabel(host: string): string {
  const h = host.trim();
  if (isLocalEngine(h)) return 'Local engine';
  try {
    return new URL(h).host;
  } catch {
    return h;
  }
}
