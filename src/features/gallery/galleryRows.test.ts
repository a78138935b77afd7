import { describe, expect, it } from 'vitest';
import { formatBytes, galleryRows } from './galleryRows';
import type { GalleryItem } from './galleryStore';

const item = (id: string, runId?: string, runLabel?: string) => ({ id, runId, runLabel }) as GalleryItem;

describe('galleryRows', () => {
  it('puts a labelled run under one header and never mixes it with other results in a row', () => {
    const rows = galleryRows(
      [
        item('a'),
        item('s1', 'r', 'Seed sweep ×3'),
        item('s2', 'r', 'Seed sweep ×3'),
        item('s3', 'r', 'Seed sweep ×3'),
        item('b', 'q'),
        item('c'),
      ],
      2,
    );
    expect(
      rows.map((r) =>
        r.kind === 'header' ? `# ${r.label} (${r.count})` : r.items.map((i) => i.id).join(' '),
      ),
    ).toEqual(['a', '# Seed sweep ×3 (3)', 's1 s2', 's3', 'b c']);
  });

  it('lays 5,000 results out in rows of the column count', () => {
    const many = Array.from({ length: 5000 }, (_, i) => item(String(i)));
    expect(galleryRows(many, 3)).toHaveLength(1667);
  });
});

describe('formatBytes', () => {
  it('reads like the gallery header', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(13_002_342)]).toEqual([
      '512 B',
      '2.0 KB',
      '12.4 MB',
    ]);
  });
});
