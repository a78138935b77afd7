import type { Backend, ModelInfo } from './backend/Backend.ts';
import type { GeneratedImage, GenerationRequest } from './backend/GenerationRequest.ts';
import { baseHeaders } from './buildHttpRequest.ts';
import { apiUrl, assertSameOrigin, hostOrigin, originOf, type Connection } from './connection.ts';
import { AbortError, HostError, NetworkError } from './errors.ts';
import { invalidResponse } from './parseErrorResponse.ts';
import { accountSchema, balanceSchema, describeIssues } from './schemas.ts';
import type { WireAccount, WireBalance } from './wire.ts';
import type { z } from './zod.ts';

/**
 * The studio's only door to an API. Every method rejects only with a `ClientError` (`ApiError`,
 * `NetworkError`, `AbortError`, `HostError`); it never logs and never shows UI.
 */
export interface GessoClient {
  /** Runs one generation (or upscale); resolves with one image per artifact (or the single raw PNG). */
  generate(req: GenerationRequest, signal?: AbortSignal): Promise<GeneratedImage[]>;
  /**
   * The API's engines the studio can use (PICTURE engines, with the modes each serves); for an API without an
   * engine list, its catalogue once its balance answers (so it still checks the connection).
   */
  listEngines(signal?: AbortSignal): Promise<ModelInfo[]>;
  getAccount(signal?: AbortSignal): Promise<WireAccount>;
  getBalance(signal?: AbortSignal): Promise<WireBalance>;
}

/** A text body parsed: the value, or what was wrong (`null` = not JSON at all). */
type Parsed<T> = { ok: true; data: T } | { ok: false; issues: string | null };

/** Parses JSON text and reads it with `read`. */
function parseWith<T>(text: string, read: (json: unknown) => Parsed<T>): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: null };
  }
  return read(json);
}

const bySchema =
  <S extends z.ZodMiniType>(schema: S) =>
  (json: unknown): Parsed<z.infer<S>> => {
    const parsed = schema.safeParse(json);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, issues: describeIssues(parsed.error) };
  };

/**
 * Creates a client that speaks `backend`'s API to one connection. `fetchImpl` is injectable for tests; it is
 * called as a plain function (never as a method) so the browser's `fetch` keeps its `window` binding.
 */
export function createClient(
  conn: Connection,
  backend: Backend,
  fetchImpl: typeof fetch = globalThis.fetch,
): GessoClient {
  const { wire } = backend;
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

  async function getJson<T>(
    path: string | undefined,
    read: (json: unknown) => Parsed<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    // Checked first: an unusable host is refused before anything else, whatever the call.
    hostOrigin(conn);
    if (path === undefined) throw new RangeError(`${backend.label} has no such call`);
    const headers = baseHeaders(conn, 'application/json', wire.authorization);
    const { res, body } = await send(apiUrl(conn, path), { method: 'GET', headers }, signal);
    const text = new TextDecoder().decode(body);
    if (!res.ok) throw wire.decodeError(res.status, text, conn.apiKey, res.headers);
    const parsed = parseWith(text, read);
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
      const { url, init } = wire.generate(req, conn);
      const { res, body } = await send(url, init, signal);
      if (!res.ok) {
        throw wire.decodeError(res.status, new TextDecoder().decode(body), conn.apiKey, res.headers);
      }
      const result = wire.decodeGeneration(
        { status: res.status, headers: res.headers, body },
        req,
        conn.apiKey,
      );
      if (!result.ok) throw result.error;
      return result.images;
    },
    listEngines(signal) {
      const list = wire.listEngines;
      // No list to ask for (v2beta: the models are the catalogue): the balance proves the host and key work.
      if (!list && wire.balancePath) {
        const catalogue = backend.capabilities.catalogue;
        const read = (json: unknown): Parsed<ModelInfo[]> => {
          const balance = bySchema(balanceSchema)(json);
          return balance.ok ? { ok: true, data: [...catalogue] } : balance;
        };
        return getJson(wire.balancePath, read, signal);
      }
      const read = (json: unknown): Parsed<ModelInfo[]> => {
        const decoded = list ? list.decode(json) : { ok: false as const, issues: 'no engine list' };
        return decoded.ok ? { ok: true, data: decoded.models } : decoded;
      };
      return getJson(list?.path, read, signal);
    },
    getAccount(signal) {
      return getJson(wire.accountPath, bySchema(accountSchema), signal);
    },
    getBalance(signal) {
      return getJson(wire.balancePath, bySchema(balanceSchema), signal);
    },
  };
}

function isAbortLike(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
