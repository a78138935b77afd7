import { describe, expect, it } from 'vitest';
import { readPngChunks } from './pngChunks';
import { PngFormatError } from './PngFormatError';
import { readTextChunks } from './readTextChunks';
import { fixturePng, tEXt, pngWith } from './testFixtures';
import { withTextChunksAfterHeader } from './withTextChunksAfterHeader';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('withTextChunksAfterHeader', () => {
  it('puts the text right after IHDR and keeps every other byte as it was', async () => {
    const png = pngWith([tEXt('Software', 'x')]);
    const out = await bytesOf(
      await withTextChunksAfterHeader(new Blob([png]), [{ keyword: 'gesso-grid', text: '{"a":"ü"}' }]),
    );
    // Strict read: every CRC checks, IHDR first, IEND last.
    const chunks = readPngChunks(out);
    expect(chunks.map((c) => c.type).slice(0, 2)).toEqual(['IHDR', 'iTXt']);
    expect(await readTextChunks(out)).toEqual([
      { keyword: 'gesso-grid', text: '{"a":"ü"}' },
      { keyword: 'Software', text: 'x' },
    ]);
    const added = out.length - png.length;
    expect([...out.subarray(0, 33)]).toEqual([...png.subarray(0, 33)]);
    expect([...out.subarray(33 + added)]).toEqual([...png.subarray(33)]);
  });

  it('refuses what is not a PNG, and text over the chunk limit', async () => {
    await expect(withTextChunksAfterHeader(new Blob(['not a png']), [])).rejects.toBeInstanceOf(
      PngFormatError,
    );
    const huge = { keyword: 'gesso-grid', text: 'x'.repeat(1024 * 1024 + 1) };
    await expect(withTextChunksAfterHeader(new Blob([fixturePng()]), [huge])).rejects.toMatchObject({
      code: 'limit',
    });
  });
});
