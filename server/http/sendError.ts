import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { WireErrorBody } from '../../src/lib/api/index.ts';
import { ENGINE_ERROR_STATUS, EngineError, type EngineErrorName } from './EngineError.ts';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** 8 random alphanumerics, like the ids goa puts in its error bodies. */
export function errorId(): string {
  const bytes = randomBytes(8);
  let id = '';
  for (const b of bytes) id += ID_ALPHABET[b % ID_ALPHABET.length];
  return id;
}

/** Builds the goa-style error body (every field present). A timeout is the one answer worth retrying as is. */
export function errorBody(name: EngineErrorName, message: string): WireErrorBody {
  const timeout = name === 'timeout';
  return { name, id: errorId(), message, temporary: timeout, timeout, fault: name === 'fault' };
}

/** An error as one API writes it: its body (with the id it carries) and content type. */
export interface ErrorAnswer {
  contentType: string;
  body: { id: string } & Record<string, unknown>;
}

/** What an error answer may carry besides its name and message. */
export interface ErrorDetails {
  /** Every problem, `"<field>: <problem>"` (EngineError.problems). */
  problems?: readonly string[];
  /** The response's `x-request-id`, when the API sends one (v2beta uses it as the error's id). */
  requestId?: string;
}

/** Builds an API's error answer; the status is the same for every API (ENGINE_ERROR_STATUS). */
export type ErrorWriter = (name: EngineErrorName, message: string, details?: ErrorDetails) => ErrorAnswer;

/** v1alpha's error answer: the goa body, `Content-Type: application/vnd.goa.error`. */
export const goaErrorAnswer: ErrorWriter = (name, message) => {
  const body = errorBody(name, message);
  return { contentType: 'application/vnd.goa.error', body: { ...body } };
};

/**
 * Writes an error response (goa's unless `write` says otherwise) and returns the error id it carries
 * (`null` when the response had already started and the connection was cut instead). Safe to call
 * whatever happened before: never throws.
 */
export function sendError(
  res: ServerResponse,
  name: EngineErrorName,
  message: string,
  headers: Record<string, string> = {},
  write: ErrorWriter = goaErrorAnswer,
  problems?: readonly string[],
): string | null {
  if (res.headersSent || res.destroyed) {
    // Too late for a clean error; cut the connection so the client sees a failure, not a short body.
    res.destroy();
    return null;
  }
  const requestId = res.getHeader('x-request-id');
  const { body, contentType } = write(name, message, {
    problems,
    requestId: typeof requestId === 'string' ? requestId : undefined,
  });
  const text = JSON.stringify(body);
  try {
    res.writeHead(ENGINE_ERROR_STATUS[name], {
      ...headers,
      'Content-Type': contentType,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  } catch {
    // writeHead refuses invalid header values; a half-written answer is worse than none.
    res.destroy();
    return null;
  }
  return body.id;
}

/** The message a 500 carries: generic on purpose, so no internals or stack traces leak. */
export const FAULT_MESSAGE = 'The engine hit an internal error; the request was not completed.';

/**
 * Sends any thrown value: an EngineError as itself, anything else as a generic 500 `fault`, in the error
 * shape of `write`. Returns the error id sent, as {@link sendError} does.
 */
export function sendThrown(
  res: ServerResponse,
  err: unknown,
  write: ErrorWriter = goaErrorAnswer,
): string | null {
  if (err instanceof EngineError) {
    return sendError(res, err.errorName, err.message, err.headers, write, err.problems);
  }
  return sendError(res, 'fault', FAULT_MESSAGE, {}, write);
}
