import { beforeEach, describe, expect, it } from 'vitest';
import { resultFileName } from './download';
import { useGalleryStore, type NewGalleryResult } from './galleryStore';

const result = (seed: number): NewGalleryResult => ({
  png: new Blob([String(seed)], { type: 'image/png' }),
  seed,
  finishReason: 'SUCCESS',
  prompt: 'p',
  engineId: 'e',
  width: 512,
  height: 512,
});

beforeEach(() => useGalleryStore.getState().clearResults());

describe('gallery store', () => {
  it('shows newest generations first, keeping the engine’s order within one generation', () => {
    useGalleryStore.getState().addResults([result(1), result(2)]);
    useGalleryStore.getState().addResults([result(10), result(11)]);
    expect(useGalleryStore.getState().results.map((r) => r.seed)).toEqual([10, 11, 1, 2]);
  });

  it('gives every result its own id and removes by id', () => {
    const added = useGalleryStore.getState().addResults([result(1), result(1)]);
    expect(new Set(added.map((r) => r.id)).size).toBe(2);
    useGalleryStore.getState().removeResult(added[0]!.id);
    expect(useGalleryStore.getState().results.map((r) => r.id)).toEqual([added[1]!.id]);
  });
});

describe('resultFileName', () => {
  it('names downloads after the seed', () => {
    expect(resultFileName(123456)).toBe('gesso-123456.png');
  });
});
