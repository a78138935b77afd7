/** Joins class names, skipping falsy entries, so conditional Tailwind classes read inline. */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}
