/** Hostile requests at the HTTP level: headers, credentials, framing, paths, methods and JSON bodies. */
import { expect } from 'vitest';
import { KEY } from '../engineTestKit.ts';
import type { RawAnswer } from './rawHttp.ts';
import {
  BALANCE,
  badRequest,
  ENDED_EARLY,
  MALFORMED,
  postJson,
  request,
  t2iWith,
  T2I,
  type CorpusContext,
  type Expected,
  type HostileCase,
} from './corpusKit.ts';

/** A GET of the balance with extra header lines (auth included unless `auth` is false). */
const balanceWith = (ctx: CorpusContext, headers: Array<[string, string]>, auth = true) =>
  request(ctx, { method: 'GET', path: BALANCE, headers, auth });

/** Raw bytes on the wire as they are, after a valid request line and Host. */
const rawHead = (ctx: CorpusContext, text: string) => ({
  chunks: [
    Buffer.from(`GET ${BALANCE} HTTP/1.1\r\nHost: ${ctx.host}\r\nAuthorization: ${KEY}\r\n${text}`, 'latin1'),
  ],
});

const postT2IRaw = (ctx: CorpusContext, headerLines: string, body = '') => ({
  chunks: [
    Buffer.from(
      `POST ${T2I} HTTP/1.1\r\nHost: ${ctx.host}\r\nAuthorization: ${KEY}\r\n${headerLines}\r\n${body}`,
      'latin1',
    ),
  ],
});

/** The echoed value must be cut to 200 characters, so the whole message stays short. */
const echoCapped = (answer: RawAnswer): void => {
  const message = String((JSON.parse(answer.body) as { message: unknown }).message);
  expect(message.length).toBeLessThan(400);
  expect(message).toMatch(/… \(\d+ characters in all\)/);
};

const notFound = (message: string, check?: Expected['check']): Expected => ({
  status: 404,
  name: 'not_found',
  message,
  check,
});
const unauthorized = (message: string): Expected => ({ status: 401, name: 'unauthorized', message });
const forbidden = (message: string, check?: Expected['check']): Expected => ({
  status: 403,
  name: 'permission_denied',
  message,
  check,
});
const notAllowed: Expected = { status: 405, name: 'method_not_allowed' };

export const HTTP_CASES: HostileCase[] = [
  // --- headers and credentials ---
  {
    name: 'one request header of 20 KB',
    request: (ctx) => balanceWith(ctx, [['X-Padding', 'a'.repeat(20_000)]]),
    expect: { status: 431, name: 'request_header_fields_too_large', message: 'request headers too large' },
  },
  {
    name: '3,000 small headers (62 KB in all)',
    request: (ctx) =>
      balanceWith(
        ctx,
        Array.from({ length: 3000 }, (_, i) => [`X-H${i}`, 'abcdefghij']),
      ),
    expect: { status: 431, name: 'request_header_fields_too_large', message: 'request headers too large' },
  },
  {
    name: 'Organization of 12 KB (echo capped at 200 characters)',
    request: (ctx) => balanceWith(ctx, [['Organization', `org-${'x'.repeat(12_000)}`]]),
    expect: forbidden('Organization "org-xxx', echoCapped),
  },
  {
    name: 'two Authorization headers with different keys',
    request: (ctx) => balanceWith(ctx, [['Authorization', 'Bearer someone-elses-key']]),
    expect: unauthorized('Ambiguous credentials'),
  },
  {
    name: 'two Authorization headers with the same key',
    request: (ctx) => balanceWith(ctx, [['Authorization', KEY]]),
    expect: unauthorized('Ambiguous credentials'),
  },
  {
    name: 'two Organization headers',
    request: (ctx) =>
      balanceWith(ctx, [
        ['Organization', 'org-gesso-local'],
        ['Organization', 'org-other'],
      ]),
    expect: forbidden('Send at most one Organization header'),
  },
  {
    name: 'a wrong key',
    request: (ctx) => balanceWith(ctx, [['Authorization', 'sk-not-the-key']], false),
    expect: unauthorized('Missing or invalid API key'),
  },
  {
    name: 'no Authorization header',
    request: (ctx) => balanceWith(ctx, [], false),
    expect: unauthorized('Missing or invalid API key'),
  },
  {
    name: '"Bearer" with no key',
    request: (ctx) => balanceWith(ctx, [['Authorization', 'Bearer ']], false),
    expect: unauthorized('Missing or invalid API key'),
  },
  {
    name: 'Organization in Latin-1 bytes',
    request: (ctx) => balanceWith(ctx, [['Organization', '\xff\xfeorg']]),
    expect: forbidden('Organization "ÿþorg"'),
  },
  {
    name: 'a NUL byte in a header value',
    request: (ctx) => rawHead(ctx, 'X-A: a\0b\r\n\r\n'),
    expect: MALFORMED,
  },
  {
    name: 'a control character in Organization',
    request: (ctx) => rawHead(ctx, 'Organization: org\x01gesso\r\n\r\n'),
    expect: MALFORMED,
  },
  {
    name: 'a space in a header name',
    request: (ctx) => rawHead(ctx, 'Bad Name: x\r\n\r\n'),
    expect: MALFORMED,
  },
  {
    name: 'an obs-fold continuation line',
    request: (ctx) => rawHead(ctx, 'X-A: a\r\n  b\r\n\r\n'),
    expect: MALFORMED,
  },
  {
    name: 'bare LF line endings',
    request: (ctx) => ({
      chunks: [Buffer.from(`GET ${BALANCE} HTTP/1.1\nHost: ${ctx.host}\nAuthorization: ${KEY}\n\n`)],
    }),
    expect: MALFORMED,
  },
  {
    name: 'no Host header',
    request: () => ({ chunks: [Buffer.from(`GET ${BALANCE} HTTP/1.1\r\nAuthorization: ${KEY}\r\n\r\n`)] }),
    expect: MALFORMED,
    engineOnly: true,
  },
  {
    name: 'Accept: text/html on a generation route',
    request: (ctx) => postJson(ctx, t2iWith({}), [['Accept', 'text/html']]),
    expect: badRequest('Accept must be application/json or image/png'),
  },
  {
    name: 'Accept: image/png with samples 2',
    request: (ctx) => postJson(ctx, t2iWith({ samples: 2 }), [['Accept', 'image/png']]),
    expect: badRequest('invalid_samples'),
  },
  // --- framing and lengths ---
  {
    name: 'Content-Length: abc',
    request: (ctx) => postT2IRaw(ctx, 'Content-Length: abc\r\n', '{}'),
    expect: MALFORMED,
  },
  {
    name: 'Content-Length: -1',
    request: (ctx) => postT2IRaw(ctx, 'Content-Length: -1\r\n', '{}'),
    expect: MALFORMED,
  },
  {
    name: 'Content-Length of 10^23',
    request: (ctx) => postT2IRaw(ctx, 'Content-Length: 100000000000000000000000\r\n', '{}'),
    expect: MALFORMED,
  },
  {
    name: 'two different Content-Lengths',
    request: (ctx) => postT2IRaw(ctx, 'Content-Length: 2\r\nContent-Length: 3\r\n', '{}'),
    expect: MALFORMED,
  },
  {
    name: 'Content-Length together with Transfer-Encoding: chunked',
    request: (ctx) => postT2IRaw(ctx, 'Content-Length: 5\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n'),
    expect: MALFORMED,
  },
  {
    name: 'Transfer-Encoding: gzip',
    request: (ctx) => postT2IRaw(ctx, 'Transfer-Encoding: gzip\r\n', 'xx'),
    expect: MALFORMED,
  },
  {
    name: 'a chunk size that is not hexadecimal',
    request: (ctx) => postT2IRaw(ctx, 'Transfer-Encoding: chunked\r\n', 'zz\r\nabc\r\n0\r\n\r\n'),
    expect: MALFORMED,
  },
  {
    name: 'a chunk extension of 20 KB',
    request: (ctx) =>
      postT2IRaw(ctx, 'Transfer-Encoding: chunked\r\n', `2;${'a'.repeat(20_000)}\r\n{}\r\n0\r\n\r\n`),
    expect: { status: 413, name: 'payload_too_large', message: 'chunk extensions too large' },
  },
  {
    name: 'a JSON body cut short, then the client closes its side',
    request: (ctx) => ({
      ...postT2IRaw(ctx, 'Content-Length: 5000\r\n', '{"text_prompts":'),
      halfClose: true,
    }),
    expect: ENDED_EARLY,
  },
  {
    // The rest of the body reads as the next request, whose garbage request line is answered first.
    name: 'Content-Length shorter than the JSON body',
    request: (ctx) => postT2IRaw(ctx, 'Content-Length: 10\r\n', t2iWith({})),
    expect: MALFORMED,
  },
  {
    name: 'a request line of garbage',
    request: () => ({ chunks: [Buffer.from('GARBAGE\r\n\r\n')] }),
    expect: MALFORMED,
  },
  {
    name: 'TLS handshake bytes on the plain port',
    request: () => ({
      chunks: [Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03])],
    }),
    expect: MALFORMED,
  },
  {
    name: 'a NUL byte in the path',
    request: (ctx) => ({
      chunks: [Buffer.from(`GET /v1alpha/user/bal\0ance HTTP/1.1\r\nHost: ${ctx.host}\r\n\r\n`)],
    }),
    expect: MALFORMED,
  },
  // --- paths ---
  {
    name: 'path traversal /v1alpha/../../etc/passwd',
    request: (ctx) => request(ctx, { method: 'GET', path: '/v1alpha/../../etc/passwd' }),
    expect: notFound('No route "GET" "/v1alpha/../../etc/passwd"'),
  },
  {
    name: 'encoded traversal as the engine id',
    request: (ctx) =>
      request(ctx, {
        method: 'POST',
        path: '/v1alpha/generation/..%2F..%2Fetc%2Fpasswd/text-to-image',
        body: t2iWith({}),
        headers: [['Content-Type', 'application/json']],
      }),
    expect: notFound('Unknown engine "../../etc/passwd"'),
  },
  {
    name: 'dot segments from one route to another',
    request: (ctx) => request(ctx, { method: 'GET', path: '/v1alpha/engines/list/../../user/balance' }),
    expect: notFound('No route'),
  },
  {
    name: 'absolute-form request target naming another host',
    request: (ctx) => request(ctx, { method: 'GET', path: `http://evil.example${BALANCE}` }),
    expect: notFound('No route "http://evil.example/v1alpha/user/balance"'),
    engineOnly: true,
  },
  {
    name: 'encoded traversal outside /v1alpha',
    request: (ctx) => request(ctx, { method: 'GET', path: '/%2e%2e/%2e%2e/etc/passwd' }),
    expect: notFound('No route "/%2e%2e/%2e%2e/etc/passwd"'),
    engineOnly: true,
  },
  {
    name: 'an unknown engine id of 5,000 characters (echo capped)',
    request: (ctx) =>
      request(ctx, {
        method: 'POST',
        path: `/v1alpha/generation/${'e'.repeat(5000)}/text-to-image`,
        body: t2iWith({}),
        headers: [['Content-Type', 'application/json']],
      }),
    expect: notFound('Unknown engine "eee', echoCapped),
  },
  {
    name: 'a bad percent escape in the engine id',
    request: (ctx) =>
      request(ctx, { method: 'POST', path: '/v1alpha/generation/%E0%A4%A/text-to-image', body: '{}' }),
    expect: notFound('No route'),
  },
  // --- methods ---
  {
    name: 'GET on a generation route whose engine id is 5,000 characters (echo capped)',
    request: (ctx) =>
      request(ctx, { method: 'GET', path: `/v1alpha/generation/${'e'.repeat(5000)}/text-to-image` }),
    expect: { ...notAllowed, message: '"/v1alpha/generation/eee', check: echoCapped },
  },
  {
    name: 'DELETE the balance',
    request: (ctx) => request(ctx, { method: 'DELETE', path: BALANCE }),
    expect: notAllowed,
  },
  {
    name: 'PUT text-to-image',
    request: (ctx) => request(ctx, { method: 'PUT', path: T2I, body: '{}' }),
    expect: notAllowed,
  },
  {
    name: 'GET text-to-image',
    request: (ctx) => request(ctx, { method: 'GET', path: T2I }),
    expect: notAllowed,
  },
  {
    name: 'TRACE the balance',
    request: (ctx) => request(ctx, { method: 'TRACE', path: BALANCE }),
    expect: notAllowed,
  },
  {
    name: 'an unknown method',
    request: (ctx) => request(ctx, { method: 'FOOBAR', path: BALANCE }),
    expect: MALFORMED,
  },
  {
    name: 'CONNECT, as to a proxy',
    request: (ctx) => ({
      chunks: [Buffer.from(`CONNECT evil.example:443 HTTP/1.1\r\nHost: ${ctx.host}\r\n\r\n`)],
    }),
    expect: { ...notAllowed, message: 'CONNECT is not supported' },
  },
  {
    name: 'a preflight from a foreign origin',
    request: (ctx) =>
      request(ctx, {
        method: 'OPTIONS',
        path: T2I,
        auth: false,
        headers: [
          ['Origin', 'https://evil.example'],
          ['Access-Control-Request-Method', 'POST'],
        ],
      }),
    expect: forbidden('This origin may not call the engine'),
  },
  // --- JSON bodies ---
  {
    name: 'invalid UTF-8 in the JSON body',
    request: (ctx) => postJson(ctx, Buffer.from('{"text_prompts":[{"text":"\xc3\x28 \xff"}]}', 'latin1')),
    expect: badRequest('request body is not valid UTF-8'),
  },
  {
    name: 'NUL bytes in the JSON body',
    request: (ctx) => postJson(ctx, '{"text_prompts":[{"text":"a\0\0b"}]}'),
    expect: badRequest('request body is not valid JSON'),
  },
  {
    name: 'a JSON body nested 150,000 objects deep',
    request: (ctx) => postJson(ctx, `{"text_prompts":${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}}`),
    expect: badRequest('text_prompts'),
  },
  {
    name: 'negative steps',
    request: (ctx) => postJson(ctx, t2iWith({ steps: -5 })),
    expect: badRequest('steps must be'),
  },
  {
    name: 'seed -1',
    request: (ctx) => postJson(ctx, t2iWith({ seed: -1 })),
    expect: badRequest('seed must be'),
  },
  {
    name: 'cfg_scale 1e400 (parses to Infinity)',
    request: (ctx) => postJson(ctx, '{"text_prompts":[{"text":"a"}],"cfg_scale":1e400}'),
    expect: badRequest('cfg_scale must be'),
  },
  {
    name: 'a prompt weight of 1e400 (Infinity)',
    request: (ctx) => postJson(ctx, '{"text_prompts":[{"text":"a","weight":-1e400}]}'),
    expect: badRequest('text_prompts[0].weight'),
  },
  {
    name: 'width -512',
    request: (ctx) => postJson(ctx, t2iWith({ width: -512 })),
    expect: badRequest('invalid_height_or_width'),
  },
  {
    name: 'samples "NaN"',
    request: (ctx) => postJson(ctx, t2iWith({ samples: 'NaN' })),
    expect: badRequest('samples must be'),
  },
  { name: 'an empty body', request: (ctx) => postJson(ctx, ''), expect: badRequest('request body is empty') },
  {
    name: 'a JSON body over 1 MiB',
    request: (ctx) => postJson(ctx, t2iWith({ padding: 'x'.repeat(1024 * 1024) })),
    expect: badRequest('request body too large'),
  },
  {
    name: 'a prompt of 2,001 characters',
    request: (ctx) => postJson(ctx, JSON.stringify({ text_prompts: [{ text: 'a'.repeat(2001) }] })),
    expect: badRequest('text_prompts[0].text'),
  },
  {
    name: 'a blocked word in a negative prompt',
    request: (ctx) =>
      postJson(ctx, JSON.stringify({ text_prompts: [{ text: 'a cat' }, { text: 'gore', weight: -1 }] })),
    expect: badRequest('invalid_prompts'),
  },
];
