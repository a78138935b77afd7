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
  return parseJsonText(body.toString('utf8'), 'request body');
}

/** Parses JSON text, turning a syntax error into a 400 that says where the JSON was expected. */
export function parseJsonText(text: string, what: string): unknown {
  if (text.trim() === '') throw badRequest(`${what} is empty; expected a JSON object`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(`${what} is not valid JSON`);
  }
}
