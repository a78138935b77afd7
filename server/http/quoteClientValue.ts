/**
 * Longest piece of a client-sent value an error message repeats. Enough to recognise what was sent; a 12 KB
 * header or path echoed whole would bloat every error body and log line built from it.
 */
export const ECHO_MAX_CHARS = 200;

/**
 * A client-sent value (header, path, method, engine id, part name) made safe to put in an error message:
 * in double quotes with control characters, quotes and NUL bytes escaped as in JSON, and at most
 * ECHO_MAX_CHARS characters between the quotes (escapes included), followed by the full length when cut.
 * Every message that repeats a client value goes through this.
 */
export function quoteClientValue(value: string): string {
  let shown = '';
  // for…of walks code points, so a surrogate pair is never split into an unpaired half.
  for (const ch of value) {
    const escaped = JSON.stringify(ch).slice(1, -1);
    if (shown.length + escaped.length > ECHO_MAX_CHARS) {
      return `"${shown}"… (${Array.from(value).length} characters in all)`;
    }
    shown += escaped;
  }
  return `"${shown}"`;
}
