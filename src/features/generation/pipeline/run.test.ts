import { describe, expect, it } from 'vitest';
import type { GeneratedImage, GenerationRequest } from '../../../lib/api';
import { planSeedSweep, runJobs } from '../../compare';
import type { GalleryItem, NewResult } from '../../gallery';
import type { GalleryWriter } from './galleryRecords';
import { generateIntoGallery } from './generateIntoGallery';
import { runBatch, sweepLabel } from './runBatch';

const init = new Blob(['init'], { type: 'image/png' });
const mask = new Blob(['mask'], { type: 'image/png' });

const base: GenerationRequest = {
  mode: 'masking',
  engineId: 'stable-diffusion-v1-5',
  accept: 'application/json',
  options: {
    text_prompts: [{ text: 'a door', weight: 1 }],
    seed: 41,
    samples: 1,
    mask_source: 'MASK_IMAGE_WHITE',
  },
  initImage: init,
  maskImage: mask,
};

/** A gallery that records every call, and a client that answers each request with one picture per seed. */
function fakes(fail?: (req: GenerationRequest) => boolean) {
  const calls: string[] = [];
  const stored: NewResult[] = [];
  const sent: GenerationRequest[] = [];
  let n = 0;
  const gallery: GalleryWriter = {
    beginRun: async (recipe, inputs) => {
      calls.push(`begin ${recipe.mode} ${inputs?.label ?? ''}`);
      return 'run-a';
    },
    addResults: async (batch) => {
      stored.push(...batch);
      return batch.map((b) => ({ id: `r${++n}`, runId: b.runId, recipe: b.recipe }) as GalleryItem);
    },
    finishRun: async (id, ids) => void calls.push(`finish ${id} ${ids.join(',')}`),
    failRun: async (id, message) => void calls.push(`fail ${id} ${message}`),
  };
  const generate = async (req: GenerationRequest): Promise<GeneratedImage[]> => {
    sent.push(req);
    if (fail?.(req)) throw new Error('engine down');
    const first = req.options.seed ?? 0;
    return Array.from({ length: req.options.samples ?? 1 }, (_, i) => ({
      png: new Blob([`p${first + i}`]),
      seed: first + i,
      finishReason: 'SUCCESS' as const,
    }));
  };
  return { gallery, generate, calls, stored, sent };
}

describe('runBatch (seed sweep execution)', () => {
  it('sends the planned requests with the same endpoint, init image and mask, and stores one labelled run', async () => {
    const f = fakes();
    const plan = planSeedSweep({
      options: base.options,
      mode: base.mode,
      count: 0,
      strategy: { kind: 'list', seeds: [7, 8, 9, 20] },
      maxSamplesPerRequest: 10,
    });
    const added = await runBatch(
      { gallery: f.gallery, generate: f.generate, runTasks: (tasks) => runJobs(tasks, { concurrency: 2 }) },
      { base, options: plan.map((p) => p.options), label: sweepLabel(4) },
    );
    expect(f.sent.map((r) => [r.options.seed, r.options.samples])).toEqual([
      [7, 3],
      [20, 1],
    ]);
    expect(f.sent.every((r) => r.mode === 'masking' && r.initImage === init && r.maskImage === mask)).toBe(
      true,
    );
    expect(f.stored.map((s) => s.recipe.seed)).toEqual([7, 8, 9, 20]);
    expect(f.stored.map((s) => s.recipe.options.seed)).toEqual([7, 8, 9, 20]);
    expect(new Set(f.stored.map((s) => `${s.runId} ${s.runLabel}`))).toEqual(
      new Set(['run-a Seed sweep ×4']),
    );
    expect(f.stored.every((s) => s.initImage === init && s.maskImage === mask)).toBe(true);
    expect(added).toHaveLength(4);
    expect(f.calls).toEqual(['begin masking Seed sweep ×4', 'finish run-a r1,r2,r3,r4']);
  });

  it('keeps the pictures that arrived when one request fails', async () => {
    const f = fakes((req) => req.options.seed === 20);
    const added = await runBatch(
      { gallery: f.gallery, generate: f.generate, runTasks: (tasks) => runJobs(tasks, { concurrency: 1 }) },
      {
        base,
        options: [
          { ...base.options, seed: 5 },
          { ...base.options, seed: 20 },
        ],
        label: 'x',
      },
    );
    expect(added.map((a) => a.recipe.seed)).toEqual([5]);
    expect(f.calls.at(-1)).toBe('finish run-a r1');
  });
});

describe('generateIntoGallery', () => {
  it('records the run, stores the actual seeds, and fails the run (rethrowing) on an error', async () => {
    const ok = fakes();
    await generateIntoGallery(ok.gallery, ok.generate, {
      ...base,
      options: { ...base.options, seed: 3, samples: 2 },
    });
    expect(ok.stored.map((s) => s.recipe.seed)).toEqual([3, 4]);
    expect(ok.calls).toEqual(['begin masking ', 'finish run-a r1,r2']);
    const bad = fakes(() => true);
    await expect(generateIntoGallery(bad.gallery, bad.generate, base)).rejects.toThrow('engine down');
    expect(bad.calls).toEqual(['begin masking ', 'fail run-a engine down']);
  });
});
