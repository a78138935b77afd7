import { describe, expect, it } from 'vitest';
import { runJobs, type JobProgress } from './runJobs';

/** A task that settles only when the test says so, recording its signal. */
function deferredTask<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  let signal: AbortSignal | undefined;
  let started = false;
  const task = (s: AbortSignal) => {
    started = true;
    signal = s;
    return new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
      s.addEventListener('abort', () => rej(new DOMException('aborted', 'AbortError')));
    });
  };
  return {
    task,
    resolve: (v: T) => resolve(v),
    reject: (e: unknown) => reject(e),
    get started() {
      return started;
    },
    get signal() {
      return signal;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('runJobs', () => {
  it('keeps at most `concurrency` tasks in flight and returns results in task order', async () => {
    const jobs = Array.from({ length: 5 }, () => deferredTask<number>());
    const progress: JobProgress[] = [];
    const done = runJobs(
      jobs.map((j) => j.task),
      { concurrency: 2, onProgress: (p) => progress.push(p) },
    );
    await tick();
    expect(jobs.map((j) => j.started)).toEqual([true, true, false, false, false]);
    jobs[1]?.resolve(11);
    await tick();
    expect(jobs.map((j) => j.started)).toEqual([true, true, true, false, false]);
    jobs[0]?.reject(new Error('boom'));
    jobs[2]?.resolve(22);
    await tick();
    jobs[3]?.resolve(33);
    jobs[4]?.resolve(44);
    const results = await done;
    expect(results.map((r) => r.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(results[1]).toEqual({ status: 'fulfilled', value: 11 });
    expect(Math.max(...progress.map((p) => p.running))).toBe(2);
    expect(progress.at(-1)).toEqual({ total: 5, done: 4, failed: 1, running: 0, cancelled: false });
  });

  it('cancel-all aborts in-flight tasks and never starts queued ones', async () => {
    const jobs = Array.from({ length: 4 }, () => deferredTask<string>());
    const controller = new AbortController();
    const progress: JobProgress[] = [];
    const done = runJobs(
      jobs.map((j) => j.task),
      { concurrency: 2, signal: controller.signal, onProgress: (p) => progress.push(p) },
    );
    await tick();
    jobs[0]?.resolve('kept');
    await tick();
    expect(jobs[2]?.started).toBe(true);
    controller.abort();
    const results = await done;
    expect(jobs[1]?.signal?.aborted).toBe(true);
    expect(jobs[2]?.signal?.aborted).toBe(true);
    expect(jobs[3]?.started).toBe(false);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'kept' },
      { status: 'cancelled' },
      { status: 'cancelled' },
      { status: 'cancelled' },
    ]);
    expect(progress.at(-1)).toMatchObject({ done: 1, failed: 0, running: 0, cancelled: true });
  });

  it('starts nothing when the signal is already aborted', async () => {
    const job = deferredTask<number>();
    const results = await runJobs([job.task], { concurrency: 3, signal: AbortSignal.abort() });
    expect(job.started).toBe(false);
    expect(results).toEqual([{ status: 'cancelled' }]);
  });
});
