// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useJobRunner } from './useJobRunner';

afterEach(cleanup);

/** A task that never settles by itself; it rejects when its signal aborts. */
const hanging = (seen: AbortSignal[]) => (signal: AbortSignal) =>
  new Promise<number>((_, reject) => {
    seen.push(signal);
    signal.addEventListener('abort', () => reject(new Error('aborted')));
  });

describe('useJobRunner', () => {
  it('reports progress and running, and cancel aborts everything in flight', async () => {
    const { result } = renderHook(() => useJobRunner());
    const seen: AbortSignal[] = [];
    let done!: Promise<unknown>;
    await act(async () => {
      done = result.current.run([async () => 1, hanging(seen), hanging(seen)], 2);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(result.current.running).toBe(true);
    expect(result.current.progress).toMatchObject({ total: 3, done: 1, running: 2 });
    await act(async () => {
      result.current.cancel();
      await done;
    });
    expect(seen.every((s) => s.aborted)).toBe(true);
    expect(result.current.running).toBe(false);
    expect(result.current.progress).toMatchObject({ done: 1, running: 0, cancelled: true });
    expect(await done).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'cancelled' },
      { status: 'cancelled' },
    ]);
  });

  it('unmounting cancels the batch', async () => {
    const { result, unmount } = renderHook(() => useJobRunner());
    const seen: AbortSignal[] = [];
    let done!: Promise<unknown>;
    await act(async () => {
      done = result.current.run([hanging(seen)]);
      await new Promise((r) => setTimeout(r, 0));
    });
    unmount();
    await done;
    expect(seen[0]?.aborted).toBe(true);
  });
});
