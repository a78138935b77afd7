import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerClientErrors, answerForClientError } from './answerClientErrors.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

async function listen(s: Server): Promise<number> {
  server = s;
  answerClientErrors(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
}

/** Writes `chunks` (one per entry, `gapMs` apart) and collects everything until the server closes. */
function exchange(port: number, chunks: string[], gapMs = 0): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.setEncoding('latin1');
    socket.on('data', (c: string) => (got += c));
    socket.on('close', () => resolve(got));
    socket.on('error', () => undefined);
    socket.on('connect', async () => {
      for (const c of chunks) {
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
        if (!socket.destroyed) socket.write(c);
      }
    });
  });
}

describe('answerClientErrors', () => {
  it('answers a request that never finishes its headers with a 408 goa timeout', async () => {
    const port = await listen(
      createServer({ connectionsCheckingInterval: 20, headersTimeout: 100, requestTimeout: 150 }, (_q, r) =>
        r.end('never'),
      ),
    );
    const got = await exchange(port, ['GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ']);
    expect(got).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(got).toContain('X-Content-Type-Options: nosniff');
    const body = JSON.parse(got.slice(got.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'timeout', timeout: true, temporary: true, fault: false });
  });

  it('never writes a second status line into a response that has started: it only closes', async () => {
    const port = await listen(
      createServer((_req, res) => {
        res.writeHead(200, { 'Content-Length': '10' });
        res.write('part');
        // The rest would follow later; the pipelined garbage below breaks the connection first.
      }),
    );
    const got = await exchange(port, ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', 'GARBAGE\r\n\r\n'], 50);
    expect(got.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(got).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\npart$/);
  });

  it('answers after a finished response on the same connection', async () => {
    const port = await listen(createServer((_req, res) => res.end('ok')));
    const got = await exchange(port, ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', 'GARBAGE\r\n\r\n'], 50);
    expect(got.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 400']);
    expect(got).toContain('"message":"malformed HTTP request: unknown method');
  });

  it('maps the parser codes Node answers itself to their statuses', () => {
    expect(answerForClientError('HPE_HEADER_OVERFLOW').name).toBe('request_header_fields_too_large');
    expect(answerForClientError('HPE_CHUNK_EXTENSIONS_OVERFLOW').name).toBe('payload_too_large');
    expect(answerForClientError('ERR_HTTP_REQUEST_TIMEOUT').name).toBe('timeout');
    expect(answerForClientError('HPE_INVALID_EOF_STATE').message).toMatch(/^the upload ended early/);
    expect(answerForClientError('HPE_SOMETHING_NEW').message).toBe(
      'malformed HTTP request: not valid HTTP/1.1 (HPE_SOMETHING_NEW)',
    );
  });
});
