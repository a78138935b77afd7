import type { IncomingMessage } from 'node:http';
import { quoteClientValue } from './quoteClientValue.ts';

/** Where a thrown Error came from: its first stack frame outside Node's internals, without the `at`. */
function firstFrame(err: Error): string | null {
  const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const frame = frames.find((line) => !/\(node:|at node:/.test(line)) ?? frames[0];
  return frame ? frame.trim().slice(3) : null;
}

/**
 * The one server-log line for a request that failed inside the engine: the error id the client got (so a
 * user's report can be matched to it), the request, the error and where it was thrown. One line, whatever
 * the error holds, so a failed request never spreads over a screen of stack and log readers can count them.
 */
export function describeFailure(req: IncomingMessage, err: unknown, errorId: string | null): string {
  const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
  const what =
    err instanceof Error
      ? `${err.name}${code ? ` [${code}]` : ''}: ${err.message}`
      : `thrown ${typeof err}: ${String(err)}`;
  const where = err instanceof Error ? firstFrame(err) : null;
  const request = `${req.method ?? '?'} ${quoteClientValue(req.url ?? '')}`;
  const answer = errorId ? `answered 500 fault ${errorId}` : 'no error answer (the response had started)';
  const line = `[gesso engine] internal error on ${request}, ${answer}: ${what}${where ? ` (at ${where})` : ''}`;
  return line.replace(/[\r\n]+/g, ' ');
}
