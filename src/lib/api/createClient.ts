import { baseHeaders, buildHttpRequest } from './buildHttpRequest.ts';
import { apiUrl, assertSameOrigin, hostOrigin, originOf, type Connection } from './connection.ts';
import { AbortError, HostError, NetworkError } from './errors.ts';
import type { GeneratedImage, GenerationRequest } from './generationRequest.ts';
import { invalidResponse, parseErrorResponse } from './parseErrorResponse.ts';
import { parseGenerationResponse } from './parseGenerationResponse.ts';
import { accountSchema, balanceSchema, enginesResponseSchema, parseJsonBody } from './schemas.ts';
import { API_VERSION_PREFIX, type WireAccount, type WireBalance, type WireEngine } from './wire.ts';
import type { z } from './zod.ts';

/**
 * The studio's only door to the API. Every method rejects only with a `ClientError` (`ApiError`,
 * `NetworkError`, `AbortError`, `HostError`); it never logs and never shows UI.
 */
export interface GessoClient {
  /** Runs one generation; resolves with one image per artifact (or the single raw PNG). */
  generate(req: GenerationRequest, signal?: AbortSignal): Promise<GeneratedImage[]>;
  /** `GET /v1alpha/engines/list`, keeping only `PICTURE` engines. */
  listEngines(signal?: AbortSignal): Promise<WireEngine[]>;
  getAccount(signal?: AbortSignal): Promise<WireAccount>;
  getBalance(signal?: AbortSignal): Promise<WireBalance>;
}

/**
 * Creates a client bound to one connection. `fetchImpl` is injectable for tests; it is called as a
 * plain function (never as a method) so the browser's `fetch` keeps its `window` binding.
 */
export function createClient(conn: Connection, fetchImpl: typeof fetch = globalThis.fetch): GessoClient {
  const doFetch = (url: string, init: RequestInit): Promise<Response> => fetchImpl(url, init);

  /**
   * Fetches and reads the whole body, mapping every failure to a client error. The URL must go to the
   * configured host's origin (checked before `fetch`), and redirects are not followed: a redirect could
   * carry the request — key included — to a server nobody configured.
   */
  async function send(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
  ): Promise<{ res: Response; body: Uint8Array<ArrayBuffer> }> {
    if (signal?.aborted) throw new AbortError({ cause: signal.reason });
    assertSameOrigin(conn, url);
    let res: Response;
    let body: Uint8Array<ArrayBuffer>;
    try {
      res = await doFetch(url, { ...init, redirect: 'manual', ...(signal ? { signal } : {}) });
      body = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      if (signal?.aborted || isAbortLike(e)) throw new AbortError({ cause: e });
      throw new NetworkError(originOf(conn), { cause: e });
    }
    // Browsers give an opaque status-0 response for a redirect; Node's fetch gives the 3xx itself.
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
      throw new HostError('redirect', hostOrigin(conn));
    }
    return { res, body };
  }

  async function getJson<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.infer<S>> {
    const { res, body } = await send(
      apiUrl(conn, path),
      { method: 'GET', headers: baseHeaders(conn, 'application/json') },
      signal,
    );
    const text = new TextDecoder().decode(body);
    if (!res.ok) throw parseErrorResponse(res.status, text, conn.apiKey);
    const parsed = parseJsonBody(text, schema);
    if (parsed.ok) return parsed.data;
    const type = res.headers.get('Content-Type') ?? 'no content type';
    const detail =
      parsed.issues === null
        ? `expected JSON from ${path}, got ${type} that is not JSON`
        : `${path} answered ${parsed.issues}`;
    throw invalidResponse(res.status, detail, conn.apiKey);
  }

  return {
    async generate(req, signal) {
      const { url, init } = buildHttpRequest(req, conn);
      const { res, body } = await send(url, init, signal);
      if (!res.ok) throw parseErrorResponse(res.status, new TextDecoder().decode(body), conn.apiKey);
      const result = parseGenerationResponse(
        { status: res.status, headers: res.headers, body },
        req.accept,
        conn.apiKey,
      );
      if (!result.ok) throw result.error;
      return result.images;
    },
    async listEngines(signal) {
      const data = await getJson(`${API_VERSION_PREFIX}/engines/list`, enginesResponseSchema, signal);
      return data.engines.flatMap((e): WireEngine[] =>
        e.type === 'PICTURE' ? [{ ...e, type: 'PICTURE' }] : [],
      );
    },
    getAccount(signal) {
      return getJson(`${API_VERSION_PREFIX}/user/account`, accountSchema, signal);
    },
    getBalance(signal) {
      return getJson(`${API_VERSION_PREFIX}/user/balance`, balanceSchema, signal);
    },
  };
}

function isAbortLike(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
