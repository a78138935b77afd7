import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../storeTestSupport';
import { readUnsavedRecord, UNSAVED_RECORD_KEY, unsavedEntry, updateUnsavedRecord } from './unsavedRecord';

const meta = (id: string, text: string) => ({
  id,
  createdAt: 5,
  recipe: {
    backend: 'v1alpha' as const,
    mode: 'text-to-image' as const,
    engineId: 'e',
    params: {
      prompts: [
        { text: 'ugly', weight: -1 },
        { text, weight: 1 },
      ],
    },
    createdAt: 5,
    seed: 1,
    finishReason: 'SUCCESS' as const,
  },
});

describe('unsaved record', () => {
  it('adds and removes entries, keeping those of other sessions, and clears itself when empty', () => {
    const storage = fakeStorage();
    expect(updateUnsavedRecord((l) => [...l, unsavedEntry(meta('a', 'a fox'), 's1')], storage)).toBe(true);
    updateUnsavedRecord((l) => [...l, unsavedEntry(meta('b', 'a cat'), 's2')], storage);
    expect(readUnsavedRecord(storage)).toEqual([
      { id: 'a', at: 5, prompt: 'a fox', session: 's1' },
      { id: 'b', at: 5, prompt: 'a cat', session: 's2' },
    ]);
    updateUnsavedRecord((l) => l.filter((e) => e.session !== 's1'), storage);
    expect(readUnsavedRecord(storage).map((e) => e.id)).toEqual(['b']);
    updateUnsavedRecord(() => [], storage);
    expect(storage.getItem(UNSAVED_RECORD_KEY)).toBeNull();
  });

  it('keeps only the start of a long prompt: a few bytes per result', () => {
    const entry = unsavedEntry(meta('a', 'x'.repeat(500)), 's');
    expect(entry.prompt).toHaveLength(60);
    expect(entry.prompt.endsWith('…')).toBe(true);
    expect(JSON.stringify(entry).length).toBeLessThan(150);
  });

  it('reads a damaged record as empty, drops malformed entries, and survives a refusing storage', () => {
    const storage = fakeStorage();
    storage.setItem(UNSAVED_RECORD_KEY, '{not json');
    expect(readUnsavedRecord(storage)).toEqual([]);
    storage.setItem(
      UNSAVED_RECORD_KEY,
      JSON.stringify([{ id: 1 }, { id: 'ok', at: 1, prompt: '', session: 's' }]),
    );
    expect(readUnsavedRecord(storage).map((e) => e.id)).toEqual(['ok']);
    const full = fakeStorage(true);
    expect(updateUnsavedRecord((l) => [...l, unsavedEntry(meta('a', 'a'), 's')], full)).toBe(false);
    expect(readUnsavedRecord(full)).toEqual([]);
    expect(updateUnsavedRecord((l) => l, undefined)).toBe(false);
  });
});
