import { v1Info } from '../backends/v1/info.ts';
import { v1alphaInfo } from '../backends/v1alpha/info.ts';
import { v2betaInfo } from '../backends/v2beta/info.ts';
import type { Connection } from '../connection.ts';
import type { createClient, GessoClient } from '../createClient.ts';
import type { Backend, BackendInfo } from './Backend.ts';
import type { BackendId } from './GenerationRequest.ts';

/** What `loadBackendRuntime` brings: the whole backend, and the client that speaks it. */
export interface BackendRuntime {
  backend: Backend;
  createClient: typeof createClient;
}

interface Registered {
  info: BackendInfo;
  /** The backend's runtime module (validation, wire, client, zod): loaded on demand, never in the first paint. */
  load: () => Promise<BackendRuntime>;
}

/**
 * Every API the studio speaks, oldest first; the last one Stability serves is what `proposeBackend` offers.
 * Adding an API: its folder under `backends/` (an `info.ts` and a `runtime.ts`) and one line here.
 */
const REGISTERED: readonly Registered[] = [
  { info: v1alphaInfo, load: () => import('../backends/v1alpha/runtime.ts').then((m) => m.runtime) },
  { info: v1Info, load: () => import('../backends/v1/runtime.ts').then((m) => m.runtime) },
  { info: v2betaInfo, load: () => import('../backends/v2beta/runtime.ts').then((m) => m.runtime) },
];

/** The APIs' plain descriptions, oldest first (combobox "API version" lists their labels in this order). */
export const BACKENDS: readonly BackendInfo[] = REGISTERED.map((r) => r.info);

/** The API settings start with, and what settings saved before there was a choice mean. */
export const DEFAULT_BACKEND_ID: BackendId = 'v1alpha';

/** Stability's own API host. */
export const STABILITY_API_HOST = 'https://api.stability.ai';

/** Whether `id` names a registered API. */
export function isBackendId(id: unknown): id is BackendId {
  return typeof id === 'string' && REGISTERED.some((r) => r.info.id === id);
}

/** The registered API with this id; the default one for an id that is not registered (an old setting). */
export function backendById(id: BackendId): BackendInfo {
  return (REGISTERED.find((r) => r.info.id === id) ?? REGISTERED[0]!).info;
}

const loaded = new Map<BackendId, Promise<BackendRuntime>>();
const ready = new Map<BackendId, BackendRuntime>();

/** The runtime if it has loaded already, without loading it (so a second mount starts ready). */
export function loadedBackendRuntime(id: BackendId): BackendRuntime | null {
  return ready.get(id) ?? null;
}

/**
 * Loads an API's runtime once (validation, wire, client and zod: a chunk of its own in the studio's build);
 * every caller shares the one import. A failed import is forgotten, so the next call tries again.
 */
export function loadBackendRuntime(id: BackendId): Promise<BackendRuntime> {
  let promise = loaded.get(id);
  if (!promise) {
    const registered = REGISTERED.find((r) => r.info.id === id) ?? REGISTERED[0]!;
    promise = registered.load().then(
      (runtime) => {
        ready.set(id, runtime);
        return runtime;
      },
      (error: unknown) => {
        loaded.delete(id);
        throw error;
      },
    );
    loaded.set(id, promise);
  }
  return promise;
}

/** A client for `id`'s API on `conn`, once its runtime has loaded. */
export async function connectBackend(id: BackendId, conn: Connection): Promise<GessoClient> {
  const { backend, createClient } = await loadBackendRuntime(id);
  return createClient(conn, backend);
}

/**
 * The API to offer when the user picks a host: for Stability's own host, the newest API it still serves;
 * `null` for any other host (the local engine serves every API, so the current choice stands).
 */
export function proposeBackend(host: string): BackendId | null {
  if (host.trim().replace(/\/+$/, '') !== STABILITY_API_HOST) return null;
  const served = BACKENDS.filter((b) => b.capabilities.servedByStability);
  return served.at(-1)?.id ?? null;
}
