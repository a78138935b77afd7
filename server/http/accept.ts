import type { AcceptMode } from '../../src/lib/api/index.ts';

/**
 * Decides the response mode from an Accept header (shared/API.md): missing or `*\/*` → JSON; a list
 * naming application/json → JSON; else naming image/png → PNG; anything else → `null` (400 bad_request).
 */
export function parseAccept(header: string | string[] | undefined): AcceptMode | null {
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (raw === undefined || raw.trim() === '') return 'application/json';
  const types = raw
    .split(',')
    .map((part) => (part.split(';')[0] ?? '').trim().toLowerCase())
    .filter((t) => t !== '');
  if (types.length === 0 || types.every((t) => t === '*/*')) return 'application/json';
  if (types.includes('application/json')) return 'application/json';
  if (types.includes('image/png')) return 'image/png';
  return null;
}

/** How well one Accept entry matches a media type: its q, and how specifically it names it (2 exact, 1 `type/*`, 0 `*\/*`). */
interface Match {
  q: number;
  specificity: number;
}

function matchOf(entries: ReadonlyArray<{ type: string; q: number }>, wanted: string): Match | null {
  const family = `${wanted.split('/')[0]}/*`;
  let best: Match | null = null;
  for (const { type, q } of entries) {
    const specificity = type === wanted ? 2 : type === family ? 1 : type === '*/*' ? 0 : -1;
    if (specificity < 0) continue;
    // The most specific entry naming the type decides its q (RFC 9110 §12.5.1).
    if (!best || specificity > best.specificity) best = { q, specificity };
  }
  return best && best.q > 0 ? best : null;
}

/**
 * v1's Accept reading, with quality values: clients send `*\/*`, `application/json, text/plain, *\/*` and
 * `application/json;q=1, image/png;q=0`, all meaning JSON. The type with the higher q wins, then the more
 * specifically named one; a full tie (or no header) is JSON, the default. `q=0` refuses a type. Neither
 * type acceptable → `null` (400 bad_request).
 */
export function parseAcceptWithQuality(header: string | string[] | undefined): AcceptMode | null {
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (raw === undefined || raw.trim() === '') return 'application/json';
  const entries = raw.split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return { type, q: Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : 1 };
  });
  const json = matchOf(entries, 'application/json');
  const png = matchOf(entries, 'image/png');
  if (!png) return json ? 'application/json' : null;
  if (!json) return 'image/png';
  const pngWins = png.q > json.q || (png.q === json.q && png.specificity > json.specificity);
  return pngWins ? 'image/png' : 'application/json';
}
