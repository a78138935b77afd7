import { describe, expect, it } from 'vitest';
import type { LineageResult } from './lineageTree';
import { masksOfImage } from './masksOfImage';

const r = (id: string, createdAt: number, recipe: LineageResult['recipe']): LineageResult => ({
  id,
  createdAt,
  seq: createdAt,
  recipe,
});

describe('masksOfImage', () => {
  it('lists the masks of results made from exactly this image, newest first, each mask once', () => {
    const results = [
      r('old', 1, { initImageHash: 'img', maskImageHash: 'm1' }),
      r('sweep-1', 2, { initImageHash: 'img', maskImageHash: 'm2' }),
      r('sweep-2', 3, { initImageHash: 'img', maskImageHash: 'm2' }),
      r('variation', 4, { initImageHash: 'img' }),
      r('other-image', 5, { initImageHash: 'other', maskImageHash: 'm3' }),
      // The image used as a mask elsewhere is not one of its results.
      r('as-mask', 6, { initImageHash: 'x', maskImageHash: 'img' }),
    ];
    expect(masksOfImage(results, 'img').map((m) => m.id)).toEqual(['sweep-2', 'old']);
  });

  it('is empty for an image without masked results', () => {
    expect(masksOfImage([r('a', 1, { initImageHash: 'img' })], 'img')).toEqual([]);
  });
});
