/**
 * HTTP over a raw socket (node:net), for requests no HTTP client will send: cut bodies, duplicate or
 * oversized headers, broken framing. Not a test file itself.
 */
import { connect } from 'node:net';

/** One header line; a list of pairs, so a name can repeat. */
export type HeaderPair = readonly [name: string, value: string];

/** What to put on the wire: the chunks are written in order; `halfClose` then ends our side (FIN). */
export interface RawRequest {
  chunks: Buffer[];
  /** Close our sending side after the last chunk, as a client that gives up mid-upload does. */
  halfClose?: boolean;
}

export interface RawAnswer {
  status: number;
  /** Lower-case names; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: string;
}

/**
 * A request's bytes. `Content-Length` is the body's length unless `contentLength` says otherwise (`null`:
 * none sent); `chunked` sends the body as the given chunks with a closing zero chunk unless `unterminated`.
 */
export function httpRequest(spec: {
  method?: string;
  path: string;
  headers?: readonly HeaderPair[];
  body?: Buffer | string;
  contentLength?: number | string | null;
  chunked?: { chunks: Buffer[]; unterminated?: boolean };
  requestLine?: string;
}): Buffer {
  const headers: HeaderPair[] = [...(spec.headers ?? [])];
  const body = spec.body === undefined ? Buffer.alloc(0) : Buffer.from(spec.body);
  let payload = body;
  if (spec.chunked) {
    headers.push(['Transfer-Encoding', 'chunked']);
    const parts = spec.chunked.chunks.map((c) =>
      Buffer.concat([Buffer.from(`${c.length.toString(16)}\r\n`), c, Buffer.from('\r\n')]),
    );
    if (!spec.chunked.unterminated) parts.push(Buffer.from('0\r\n\r\n'));
    payload = Buffer.concat(parts);
  } else if (spec.contentLength !== null) {
    headers.push(['Content-Length', String(spec.contentLength ?? body.length)]);
  }
  const line = spec.requestLine ?? `${spec.method ?? 'GET'} ${spec.path} HTTP/1.1`;
  const head = [line, ...headers.map(([n, v]) => `${n}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), payload]);
}

/** Parses the first response in `bytes`; `null` while its head or declared body is incomplete. */
function parseAnswer(bytes: Buffer, final: boolean): RawAnswer | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = bytes.subarray(end + 4);
  const length = headers['content-length'];
  if (length !== undefined) {
    if (rest.length < Number(length)) return null;
    return { status, headers, body: rest.subarray(0, Number(length)).toString('utf8') };
  }
  return final ? { status, headers, body: rest.toString('utf8') } : null;
}

/**
 * Sends a raw request and resolves with the first answer, or `'no answer'` when the server closed the
 * connection without one. Rejects after `timeoutMs`, so a hung server fails the test instead of stalling it.
 */
export function sendRaw(
  port: number,
  request: RawRequest,
  timeoutMs = 15_000,
): Promise<RawAnswer | 'no answer'> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (answer: RawAnswer | 'no answer'): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => {
      done = true;
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (c: Buffer) => {
      received = Buffer.concat([received, c]);
      const answer = parseAnswer(received, false);
      if (answer) finish(answer);
    });
    const atEnd = (): void => finish(parseAnswer(received, true) ?? 'no answer');
    socket.on('end', atEnd);
    socket.on('close', atEnd);
    // A reset after the server answered early (it refused the rest of the upload) is expected.
    socket.on('error', atEnd);
    socket.on('connect', () => {
      for (const chunk of request.chunks) socket.write(chunk);
      if (request.halfClose) socket.end();
    });
  });
}
