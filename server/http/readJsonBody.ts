import type { IncomingMessage } from 'node:http';
import { LIMITS } from '../../src/lib/api/index.ts';
import { badRequest } from './EngineError.ts';
import { readBody } from './readBody.ts';

/**
 * Reads and parses a JSON request body. Over LIMITS.jsonBodyMaxBytes (1 MiB) → 400 `bad_request`
 * (decided: a 400 rather than 413, so clients need only the contract's error table); not JSON → 400.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, LIMITS.jsonBodyMaxBytes, () =>
    badRequest(`request body too large: JSON bodies are limited to ${LIMITS.jsonBodyMaxBytes} bytes (1 MiB)`),
  );
  return parseJsonBytes(body, 'request body');
}

/** Decoding that refuses bytes which are not UTF-8, where the lenient default would swap in U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses JSON bytes, turning a syntax error into a 400 that says where the JSON was expected. JSON is
 * UTF-8 (RFC 8259); other bytes are refused rather than replaced, so no prompt is altered silently.
 */
export function parseJsonBytes(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw badRequest(`${what} is not valid UTF-8`);
  }
  if (text.trim() === '') throw badRequest(`${what} is empty; expected a JSON object`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(`${what} is not valid JSON`);
  }
}
