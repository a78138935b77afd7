import { afterEach, describe, expect, it } from 'vitest';
import type { GeneratedImage, GenerationRequest, ValidationIssue } from '../../../lib/api/studio';
import { planSeedSweep } from '../../compare';
import type { GalleryItem, NewResult } from '../../gallery';
import type { GalleryWriter } from './galleryRecords';
import { cancelJob, useJobsStore } from './jobsStore';
import { subscribeNewResults } from './newResults';
import { InvalidRequestError, run, type RunDeps } from './run';

/** A 1×1 PNG: the pipeline reads an image's size from its header when the request does not say it. */
const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
const init = new Blob([PNG_1X1], { type: 'image/png' });
const mask = new Blob(['mask'], { type: 'image/png' });

const base: GenerationRequest = {
  backend: 'v1alpha',
  mode: 'masking',
  engineId: 'stable-diffusion-v1-5',
  params: { prompts: [{ text: 'a door', weight: 1 }], seed: 41, samples: 1, maskSource: 'MASK_IMAGE_WHITE' },
  initImage: init,
  maskImage: mask,
};

afterEach(() => useJobsStore.setState({ jobs: [] }));

/** A gallery that records every call, and an API that answers each request with one picture per seed. */
function fakes(
  opts: {
    fail?: (req: GenerationRequest) => boolean;
    issues?: ValidationIssue[];
    hold?: Promise<void>;
    maxSamples?: number;
  } = {},
) {
  const calls: string[] = [];
  const stored: NewResult[] = [];
  const sent: GenerationRequest[] = [];
  const validated: GenerationRequest[] = [];
  const signals: AbortSignal[] = [];
  let n = 0;
  const gallery: GalleryWriter = {
    beginRun: async (recipe, inputs) => {
      calls.push(`begin ${recipe.backend} ${recipe.mode} ${inputs?.label ?? ''}`);
      return 'run-a';
    },
    addResults: async (batch) => {
      stored.push(...batch);
      return batch.map((b) => ({ id: `r${++n}`, runId: b.runId, recipe: b.recipe }) as GalleryItem);
    },
    finishRun: async (id, ids) => void calls.push(`finish ${id} ${ids.join(',')}`),
    failRun: async (id, message) => void calls.push(`fail ${id} ${message}`),
  };
  const generate = async (req: GenerationRequest, signal?: AbortSignal): Promise<GeneratedImage[]> => {
    sent.push(req);
    if (signal) signals.push(signal);
    await opts.hold;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (opts.fail?.(req)) throw new Error('engine down');
    const first = req.params.seed ?? 0;
    return Array.from({ length: req.params.samples ?? 1 }, (_, i) => ({
      png: new Blob([`p${first + i}`]),
      seed: first + i,
      finishReason: 'SUCCESS' as const,
    }));
  };
  const max = opts.maxSamples ?? 10;
  const deps: RunDeps = {
    gallery,
    host: '',
    connect: async () => ({
      validate: (req) => (validated.push(req), opts.issues ?? []),
      split: (req) => {
        const samples = req.params.samples ?? 1;
        if (samples <= max) return [req];
        return [
          { ...req, params: { ...req.params, samples: max } },
          { ...req, params: { ...req.params, samples: samples - max, seed: (req.params.seed ?? 0) + max } },
        ];
      },
      client: { generate },
    }),
  };
  return { deps, calls, stored, sent, validated, signals };
}

const jobs = () => useJobsStore.getState().jobs;

describe('run: the one pipeline', () => {
  it('a sweep: one job, one labelled run record, the same endpoint and images, pictures stored as they arrive', async () => {
    const f = fakes();
    const plan = planSeedSweep({
      params: base.params,
      count: 0,
      strategy: { kind: 'list', seeds: [7, 8, 9, 20] },
      maxSamplesPerRequest: 10,
    });
    const added: Array<[number, string[]]> = [];
    const handle = run(
      plan.map((p) => ({ ...base, params: p.params })),
      {
        label: 'Seed sweep ×4',
        group: 'Seed sweep ×4',
        onAdded: (i, items) => added.push([i, items.map((x) => x.id)]),
      },
      f.deps,
    );
    expect(jobs()).toMatchObject([{ id: handle.jobId, label: 'Seed sweep ×4', status: 'running' }]);
    const outcome = await handle.done;
    expect(outcome.status).toBe('done');
    expect(f.sent.map((r) => [r.params.seed, r.params.samples])).toEqual([
      [7, 3],
      [20, 1],
    ]);
    expect(f.sent.every((r) => r.mode === 'masking' && r.initImage === init && r.maskImage === mask)).toBe(
      true,
    );
    expect(f.stored.map((s) => [s.recipe.seed, s.recipe.params.seed])).toEqual([
      [7, 7],
      [8, 8],
      [9, 9],
      [20, 20],
    ]);
    expect(new Set(f.stored.map((s) => `${s.runId} ${s.runLabel} ${s.recipe.backend}`))).toEqual(
      new Set(['run-a Seed sweep ×4 v1alpha']),
    );
    expect(f.stored.every((s) => s.initImage === init && s.maskImage === mask)).toBe(true);
    expect(outcome.items).toHaveLength(4);
    expect(added.map(([i]) => i).sort()).toEqual([0, 1]);
    expect(f.calls).toEqual(['begin v1alpha masking Seed sweep ×4', 'finish run-a r1,r2,r3,r4']);
    // Finished jobs leave "Running generations".
    expect(jobs()).toEqual([]);
  });

  it('announces each request’s stored pictures to subscribers (the stage), and nothing for a failure', async () => {
    const heard: string[][] = [];
    const stop = subscribeNewResults((items) => heard.push(items.map((i) => i.id)));
    const f = fakes({ fail: (req) => req.params.seed === 90 });
    await run([{ ...base, params: { ...base.params, samples: 2 } }], { label: 'two' }, f.deps).done;
    await run([{ ...base, params: { ...base.params, seed: 90 } }], { label: 'fails' }, f.deps).done;
    stop();
    await run([base], { label: 'unheard' }, f.deps).done;
    expect(heard).toEqual([['r1', 'r2']]);
  });

  it('reads the size of an image it was not told, before the API judges the request', async () => {
    const f = fakes();
    await run({ ...base, initImageSize: undefined }, { label: 'x' }, f.deps).done;
    expect(f.validated[0]?.initImageSize).toEqual({ width: 1, height: 1 });
  });

  it('splits what the API cannot take at once, and one plain run has no gallery group', async () => {
    const f = fakes({ maxSamples: 4 });
    const outcome = await run(
      { ...base, params: { ...base.params, samples: 6, seed: 10 } },
      { label: 'a door' },
      f.deps,
    ).done;
    expect(f.sent.map((r) => [r.params.seed, r.params.samples])).toEqual([
      [10, 4],
      [14, 2],
    ]);
    expect(outcome.items.map((i) => i.recipe.seed)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(f.stored.every((s) => s.runLabel === undefined && s.runId === 'run-a')).toBe(true);
  });

  it('keeps the pictures that arrived when one request fails, and shows the failure', async () => {
    const f = fakes({ fail: (req) => req.params.seed === 20 });
    const outcome = await run(
      [5, 20].map((seed) => ({ ...base, params: { ...base.params, seed } })),
      { label: 'x' },
      f.deps,
    ).done;
    expect(outcome).toMatchObject({ status: 'failed', error: new Error('engine down') });
    expect(outcome.items.map((a) => a.recipe.seed)).toEqual([5]);
    expect(f.calls.at(-1)).toBe('finish run-a r1');
    expect(jobs()).toMatchObject([{ status: 'failed', error: new Error('engine down') }]);
  });

  it('a failed single request fails its run record (not re-runnable) and stays as an alert until the next job', async () => {
    const bad = fakes({ fail: () => true });
    await run(base, { label: 'a door' }, bad.deps).done;
    expect(bad.calls).toEqual(['begin v1alpha masking ', 'fail run-a engine down']);
    expect(jobs()).toMatchObject([{ label: 'a door', status: 'failed' }]);
    const next = run(base, { label: 'again' }, fakes().deps);
    expect(jobs()).toMatchObject([{ label: 'again', status: 'running' }]);
    await next.done;
  });

  it('sends nothing and records nothing for a request its API refuses', async () => {
    const issue: ValidationIssue = { field: 'cfgScale', code: 'bad_request', message: 'CFG scale must be…' };
    const f = fakes({ issues: [issue] });
    const outcome = await run(base, { label: 'x' }, f.deps).done;
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBeInstanceOf(InvalidRequestError);
    expect(f.sent).toEqual([]);
    expect(f.calls).toEqual([]);
  });

  it('Cancel aborts the requests in flight and shows nothing', async () => {
    let release = () => {};
    const f = fakes({ hold: new Promise<void>((r) => (release = r)) });
    const handle = run(base, { label: 'slow' }, f.deps);
    await expect.poll(() => f.signals.length).toBe(1);
    cancelJob(handle.jobId);
    expect(f.signals[0]?.aborted).toBe(true);
    release();
    const outcome = await handle.done;
    expect(outcome.status).toBe('cancelled');
    expect(jobs()).toEqual([]);
    expect(f.stored).toEqual([]);
  });

  it('an outside signal cancels the job as its own Cancel does', async () => {
    const f = fakes();
    const controller = new AbortController();
    controller.abort();
    const outcome = await run(base, { label: 'x', signal: controller.signal }, f.deps).done;
    expect(outcome.status).toBe('cancelled');
    expect(f.sent).toEqual([]);
  });
});
