import { describe, expect, it, vi } from 'vitest';
import { hostilePng } from './hostilePngs';
import { readRecipeFile, type RecipeWorker } from './readRecipeFile';
import { readRecipeInThread, type RecipeFileResult } from './readRecipeInThread';

/** A stand-in worker that answers like readRecipe.worker.ts (or not at all, or with an error). */
function fakeWorker(behaviour: 'answer' | 'silent' | 'fail') {
  const worker: RecipeWorker & { posted: unknown[] } = {
    posted: [],
    onmessage: null,
    onerror: null,
    postMessage(message: unknown) {
      this.posted.push(message);
      if (behaviour === 'answer') {
        void readRecipeInThread(message as Blob).then((result) =>
          this.onmessage?.call(worker as unknown as Worker, new MessageEvent('message', { data: result })),
        );
      } else if (behaviour === 'fail') {
        // Node has no ErrorEvent: the fields the client reads.
        const event = { message: 'boom', preventDefault: () => undefined } as ErrorEvent;
        queueMicrotask(() => this.onerror?.call(worker as unknown as Worker, event));
      }
    },
    terminate: vi.fn(),
  } as RecipeWorker & { posted: unknown[] };
  return worker;
}

const file = () => new Blob([hostilePng('ztxt-bomb').build()], { type: 'image/png' });

describe('readRecipeFile', () => {
  it('without Worker (this environment), reads in this thread with the same caps', async () => {
    expect(typeof Worker).toBe('undefined');
    const result = await readRecipeFile(file());
    expect(result).toMatchObject({
      ok: true,
      report: { recipe: { source: 'a1111' }, skippedByReason: { 'inflates-too-large': 1 } },
    });
  });

  it('hands the file itself to a worker, returns its answer and terminates it', async () => {
    const worker = fakeWorker('answer');
    const blob = file();
    const result = await readRecipeFile(blob, { createWorker: () => worker });
    expect(worker.posted).toEqual([blob]);
    expect(result).toMatchObject({ ok: true, report: { recipe: { source: 'a1111', seed: 4321 } } });
    expect(worker.terminate).toHaveBeenCalledTimes(1);
  });

  it('stops a worker that does not answer in time', async () => {
    const worker = fakeWorker('silent');
    const result = await readRecipeFile(file(), { createWorker: () => worker, timeoutMs: 20 });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(worker.terminate).toHaveBeenCalledTimes(1);
  });

  it('Cancel (the signal) stops the worker at once and says so', async () => {
    const worker = fakeWorker('silent');
    const controller = new AbortController();
    const reading = readRecipeFile(file(), { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    expect(await reading).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(worker.terminate).toHaveBeenCalledTimes(1);
  });

  it('reports a worker that fails', async () => {
    const worker = fakeWorker('fail');
    const result: RecipeFileResult = await readRecipeFile(file(), { createWorker: () => worker });
    expect(result).toEqual({ ok: false, reason: 'failed', message: 'boom' });
    expect(worker.terminate).toHaveBeenCalledTimes(1);
  });

  it('says a non-PNG is not a PNG', async () => {
    expect(await readRecipeFile(new Blob(['GIF89a…']))).toMatchObject({ ok: false, reason: 'not-png' });
  });
});
