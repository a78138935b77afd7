/**
 * Test helpers for the gallery persistence tests (node + fake-indexeddb). Not exported from index.ts.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { createMemoryRepository } from './createMemoryRepository';
import { openGalleryRepository } from './openGalleryRepository';
import type { GalleryRepository, Recipe, Thumbnailer } from './types';

const FIXTURES = new URL('../../../../tests/fixtures/stability-examples', import.meta.url).pathname;

/** A real PNG from the shared fixtures, as the Blob a browser would have. */
export function fixturePng(name: 'init_image.png' | 'mask_image_white.png' | 'mask_image_black.png'): Blob {
  return new Blob([readFileSync(`${FIXTURES}/${name}`)], { type: 'image/png' });
}

/** A stand-in result PNG of `size` bytes, distinct per `fill`. */
export function fakePng(size: number, fill = 1): Blob {
  return new Blob([new Uint8Array(size).fill(fill)], { type: 'image/png' });
}

/** Byte-for-byte equality of two blobs (toEqual on large Uint8Arrays is needlessly slow). */
export async function sameBytes(a: Blob | undefined, b: Blob | undefined): Promise<boolean> {
  if (!a || !b) return false;
  return Buffer.compare(Buffer.from(await a.arrayBuffer()), Buffer.from(await b.arrayBuffer())) === 0;
}

/** Deterministic fake thumbnailer: the first 16 bytes, so thumb sizes are predictable (min(16, png)). */
export const fakeThumbnailer: Thumbnailer = async (png) =>
  new Blob([await png.slice(0, 16).arrayBuffer()], { type: 'image/webp' });

export function recipe(overrides: Partial<Recipe> = {}): Recipe {
  return {
    backend: 'v1alpha',
    mode: 'text-to-image',
    engineId: 'stable-diffusion-v1-5',
    params: {
      prompts: [
        { text: 'A red fox in snow', weight: 1 },
        { text: 'blurry', weight: -1 },
      ],
      cfgScale: 7,
      height: 512,
      width: 512,
      samples: 1,
      seed: 0,
      steps: 30,
      sampler: 'K_EULER',
    },
    seed: 1234,
    finishReason: 'SUCCESS',
    createdAt: 1_000,
    ...overrides,
  };
}

/** The internals of fake-indexeddb's transaction that a real browser's quota failures go through. */
interface FakeTransactionInternals {
  _abort(errorName: string): void;
  _execRequestAsync(request: { source: unknown; operation: () => unknown }): IDBRequest;
}

export type QuotaFault = 'throws' | 'request-error' | 'abort-on-commit';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * Makes put()/add() on one object store fail with QuotaExceededError, the three ways browsers do it:
 * a synchronous throw, a failing request (error event, transaction aborts), or the transaction aborting
 * after the write succeeded (Chromium reports a full disk at commit). The first `succeedFirst` writes to
 * that store go through. Returns the undo function.
 */
export function injectQuotaFault(storeName: string, fault: QuotaFault, succeedFirst = 0): () => void {
  const proto = IDBObjectStore.prototype;
  const originals = { put: proto.put, add: proto.add };
  let calls = 0;
  const patch = (method: 'put' | 'add') =>
    function (this: IDBObjectStore, value: unknown, key?: IDBValidKey): IDBRequest<IDBValidKey> {
      if (this.name !== storeName || calls++ < succeedFirst) return originals[method].call(this, value, key);
      const tx = this.transaction as unknown as FakeTransactionInternals;
      if (fault === 'throws') throw quotaError();
      if (fault === 'request-error') {
        return tx._execRequestAsync({
          source: this,
          operation: () => {
            throw quotaError();
          },
        }) as IDBRequest<IDBValidKey>;
      }
      const request = originals[method].call(this, value, key);
      request.addEventListener('success', () => tx._abort('QuotaExceededError'));
      return request;
    };
  proto.put = patch('put');
  proto.add = patch('add');
  return () => {
    proto.put = originals.put;
    proto.add = originals.add;
  };
}

// The same behaviour is required of both implementations: the memory one stands in when IndexedDB is missing.
export const REPOSITORY_IMPLEMENTATIONS: [string, () => Promise<GalleryRepository>][] = [
  [
    'indexeddb',
    () =>
      openGalleryRepository({
        dbName: 'contract',
        idbFactory: new IDBFactory(),
        thumbnailer: fakeThumbnailer,
        estimateStorage: async () => ({ usage: 123_456, quota: 9_999_999 }),
      }),
  ],
  ['memory', async () => createMemoryRepository({ thumbnailer: fakeThumbnailer })],
];
