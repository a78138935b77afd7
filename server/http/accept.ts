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
