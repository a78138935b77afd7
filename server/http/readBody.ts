import type { IncomingMessage } from 'node:http';
import { EngineError } from './EngineError.ts';

/**
 * Beyond this many bytes of an over-limit body the engine stops draining and drops the connection.
 * Until then it reads (and discards) the rest, because answering while the client is still sending makes
 * many clients report a connection reset instead of the 400 we want them to see.
 */
export const DRAIN_CAP_BYTES = 64 * 1024 * 1024;

/** Thrown when the client went away mid-request; there is nobody left to answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('client disconnected');
  }
}

/**
 * Consumes `req`, passing each chunk to `onChunk` until `maxBytes` is exceeded. Over the limit the rest is
 * drained and `tooLarge()` is thrown once the body ends.
 */
export function consumeBody(
  req: IncomingMessage,
  maxBytes: number,
  tooLarge: () => EngineError,
  onChunk: (chunk: Buffer) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let total = 0;
    let over = false;
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
    };
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) over = true;
      if (over) {
        if (total > DRAIN_CAP_BYTES) {
          req.destroy();
          settle(() => reject(new ClientGoneError()));
        }
        return;
      }
      try {
        onChunk(chunk);
      } catch (err) {
        settle(() => reject(err));
      }
    });
    req.on('end', () => settle(() => (over ? reject(tooLarge()) : resolve())));
    req.on('aborted', () => settle(() => reject(new ClientGoneError())));
    req.on('error', () => settle(() => reject(new ClientGoneError())));
    req.on('close', () => settle(() => reject(new ClientGoneError())));
  });
}

/** Reads the whole body into one Buffer, refusing (after draining) anything over `maxBytes`. */
export async function readBody(
  req: IncomingMessage,
  maxBytes: number,
  tooLarge: () => EngineError,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await consumeBody(req, maxBytes, tooLarge, (c) => chunks.push(c));
  return Buffer.concat(chunks);
}
