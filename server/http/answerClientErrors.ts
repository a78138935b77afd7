import {
  maxHeaderSize,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';
import { ENGINE_ERROR_STATUS, type EngineErrorName } from './EngineError.ts';
import { ENGINE_SECURITY_HEADERS } from './securityHeaders.ts';
import { errorBody } from './sendError.ts';

/** What Node's HTTP parser reports (`err.code`), as the answer the engine gives for it. */
interface ParserAnswer {
  name: EngineErrorName;
  message: string;
}

/**
 * The answer for one HTTP-layer failure. Node answers these itself (400, 431, 408, 413) with an empty body;
 * the engine says the same statuses with a goa body, so every client sees one error shape.
 */
export function answerForClientError(code: string | undefined): ParserAnswer {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        name: 'request_header_fields_too_large',
        // Node's limit (--max-http-header-size); the servers here keep its default.
        message: `request headers too large: the request line and headers may take at most ${maxHeaderSize} bytes`,
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { name: 'payload_too_large', message: 'chunk extensions too large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_REQUEST_HEADERS_TIMEOUT':
      return { name: 'timeout', message: 'the request did not arrive in time; send it again' };
    case 'HPE_INVALID_EOF_STATE':
      return {
        name: 'bad_request',
        message: 'the upload ended early: the connection closed before the declared body arrived',
      };
    default:
      return {
        name: 'bad_request',
        message: `malformed HTTP request: ${PARSER_PROBLEMS[code ?? ''] ?? 'not valid HTTP/1.1'} (${code ?? 'no code'})`,
      };
  }
}

/** What the commonest parser codes mean, in words a client developer can act on. */
const PARSER_PROBLEMS: Readonly<Record<string, string>> = {
  HPE_INVALID_METHOD: 'unknown method, or not an HTTP request at all',
  HPE_INVALID_URL: 'the request target holds characters a URL may not',
  HPE_INVALID_VERSION: 'bad HTTP version or line ending (lines must end in CRLF)',
  HPE_INVALID_HEADER_TOKEN: 'a header name or value holds characters HTTP does not allow',
  HPE_INVALID_CONTENT_LENGTH: 'Content-Length is not a valid number',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'Content-Length is repeated or sent with Transfer-Encoding',
  HPE_INVALID_TRANSFER_ENCODING: 'Transfer-Encoding must be chunked (last) and not sent with Content-Length',
  HPE_INVALID_CHUNK_SIZE: 'a chunk size is not hexadecimal',
  HPE_LF_EXPECTED: 'lines must end in CRLF',
  HPE_CR_EXPECTED: 'lines must end in CRLF',
};

/** The raw bytes of a goa error answer, written straight on a socket (there is no response object). */
export function rawErrorResponse(answer: ParserAnswer): string {
  const status = ENGINE_ERROR_STATUS[answer.name];
  const body = JSON.stringify(errorBody(answer.name, answer.message));
  const headers = {
    ...ENGINE_SECURITY_HEADERS,
    'Content-Type': 'application/vnd.goa.error',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head}\r\n${body}`;
}

/**
 * Makes an HTTP server answer the requests Node's own layer refuses (malformed request line or headers,
 * headers over the size limit, a body cut off by the client, timeouts) with a goa error body instead of
 * Node's empty one, then closes the connection as Node would; a CONNECT (which Node would drop without a
 * word) gets a 405. Used by the standalone engine and, through the Vite plugin, by the studio server, which
 * share this one function.
 *
 * As Node's default does, it answers only when nothing of a response is on the wire yet: if a response on
 * the connection has started, a second status line would corrupt it, so the connection is only closed.
 */
export function answerClientErrors(server: Server): void {
  // The last response per connection; a finished one is no obstacle to writing a new answer after it.
  const current = new WeakMap<Duplex, ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => current.set(req.socket, res));
  // First in line: a host's own handler (Vite's writes a bare status line) then finds the socket ended.
  server.prependListener('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const res = current.get(socket);
    const midResponse = res !== undefined && res.headersSent && !res.writableFinished;
    if (err.code === 'ECONNRESET' || !socket.writable || midResponse) {
      socket.destroy();
      return;
    }
    const answer = answerForClientError(err.code);
    answerAndClose(socket, answer);
  });
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    answerAndClose(socket, {
      name: 'method_not_allowed',
      message: 'CONNECT is not supported: this is not a proxy',
    });
  });
}

function answerAndClose(socket: Duplex, answer: ParserAnswer): void {
  socket.end(rawErrorResponse(answer));
  // Release the connection once the answer is flushed, whatever the client does next.
  socket.once('finish', () => socket.destroy());
}
