// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGalleryStore } from '../galleryStore';
import { fullRepository, result, resetGallery } from '../storeTestSupport';
import { readUnsavedRecord } from './unsavedRecord';
import { useUnsavedGuard } from './useUnsavedGuard';

const store = () => useGalleryStore.getState();

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const unsavedBatch = () => [result(70, { createdAt: 9_000 }), result(71, { createdAt: 9_000 })];

describe('useUnsavedGuard', () => {
  it('downloads every unsaved result, and asks before unload only while some are not downloaded', async () => {
    resetGallery(fullRepository());
    await store().load();
    const guard = renderHook(() => useUnsavedGuard());
    const unloading = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unloading()).toBe(false);
    await act(async () => void (await store().addResults(unsavedBatch())));
    expect(unloading()).toBe(true);
    // Deleting one keeps the guard: the other is still only in memory.
    await act(() => store().deleteResults([store().unsaved[0]!.id]));
    expect(unloading()).toBe(true);
    await act(async () => void (await store().addResults([result(72, { createdAt: 9_001 })])));

    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await act(() => store().downloadUnsaved());
    expect(names.sort()).toEqual(['gesso-71.png', 'gesso-72.png']);
    expect(store().unsaved.every((e) => e.downloaded)).toBe(true);
    expect(readUnsavedRecord().every((e) => e.downloaded)).toBe(true);
    expect(unloading()).toBe(false);
    guard.unmount();
  });
});
