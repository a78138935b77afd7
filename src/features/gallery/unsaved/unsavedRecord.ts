import type { ResultMeta } from '../db';

/**
 * What could not be saved, kept in localStorage so the next page load can say what was lost: a few bytes
 * per result (id, time, a prompt excerpt), never the picture. localStorage has its own small quota, apart
 * from IndexedDB's, so this record usually still fits when the gallery is full; when it does not (or the
 * browser refuses storage altogether) every call here fails quietly and the tab keeps its own list.
 */
export interface UnsavedEntry {
  id: string;
  /** When the result was made (ms since epoch). */
  at: number;
  /** The start of its first prompt. */
  prompt: string;
  /** The page load that holds it in memory; other loads list it as lost once that load is gone. */
  session: string;
  /** Saved to a file by "Download unsaved results": not in the gallery, but not lost either. */
  downloaded?: boolean;
}

export const UNSAVED_RECORD_KEY = 'gesso-unsaved-results';
/** Enough to recognise a prompt in a list; keeps each entry ~150 bytes. */
const PROMPT_CHARS = 60;

/** localStorage, or undefined where reading the property itself throws (storage disabled). */
function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function isEntry(value: unknown): value is UnsavedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.at === 'number' &&
    typeof v.prompt === 'string' &&
    typeof v.session === 'string' &&
    (v.downloaded === undefined || typeof v.downloaded === 'boolean')
  );
}

/** The entries stored; a missing, unreadable or damaged record reads as empty (damaged entries dropped). */
export function readUnsavedRecord(storage: Storage | undefined = browserStorage()): UnsavedEntry[] {
  try {
    const raw = storage?.getItem(UNSAVED_RECORD_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/**
 * Read, change, write back: entries of other tabs and earlier loads stay as they are. Returns false when the
 * browser refused the write (full, disabled); the record then keeps its previous content.
 */
export function updateUnsavedRecord(
  change: (entries: UnsavedEntry[]) => UnsavedEntry[],
  storage: Storage | undefined = browserStorage(),
): boolean {
  if (!storage) return false;
  try {
    const next = change(readUnsavedRecord(storage));
    if (next.length === 0) storage.removeItem(UNSAVED_RECORD_KEY);
    else storage.setItem(UNSAVED_RECORD_KEY, JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

/** The entry for a result kept in memory by `session`. */
export function unsavedEntry(
  meta: Pick<ResultMeta, 'id' | 'createdAt' | 'recipe'>,
  session: string,
): UnsavedEntry {
  const first = meta.recipe.params.prompts.find((p) => p.weight >= 0)?.text ?? '';
  const prompt = first.length > PROMPT_CHARS ? `${first.slice(0, PROMPT_CHARS - 1)}…` : first;
  return { id: meta.id, at: meta.createdAt, prompt, session };
}
