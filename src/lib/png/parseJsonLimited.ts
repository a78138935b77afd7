/** Caps for JSON found in PNG metadata (it comes from strangers' files). */
export const JSON_LIMITS = {
  /** Characters; a real ComfyUI graph is tens of KiB. */
  maxLength: 1024 * 1024,
  /** Nesting of objects/arrays; ComfyUI graphs nest ~5 deep. */
  maxDepth: 64,
} as const;

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Deepest object/array nesting in a JSON text, scanning characters and skipping strings. Cheap and
 * linear, so a 10,000-deep document is refused before `JSON.parse` recurses into it.
 */
export function jsonNestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * `JSON.parse` behind a length cap and a nesting cap. Never evaluates anything; strings stay plain
 * text (a `<script>` string is returned verbatim, it is the renderer's job to show text as text).
 */
export function parseJsonLimited(text: string, limits: Partial<typeof JSON_LIMITS> = {}): JsonParseResult {
  const maxLength = limits.maxLength ?? JSON_LIMITS.maxLength;
  const maxDepth = limits.maxDepth ?? JSON_LIMITS.maxDepth;
  if (text.length > maxLength) return { ok: false, reason: `JSON is longer than ${maxLength} characters` };
  if (jsonNestingDepth(text, maxDepth) > maxDepth) {
    return { ok: false, reason: `JSON nests deeper than ${maxDepth} levels` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
}

/** A plain JSON object (not an array, not null). */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property only: untrusted keys like `constructor` or `__proto__` must not reach the prototype. */
export function ownField(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
