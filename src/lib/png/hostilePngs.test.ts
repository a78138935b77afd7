import { describe, expect, it } from 'vitest';
import { describeRecipeReport } from './describeRecipeReport';
import { HOSTILE_PNGS, HOSTILE_RECIPE, HTML_FIELD, HTML_PROMPT, hostilePng } from './hostilePngs';
import { INFLATE_STEP_BYTES, inflateCapped, type Inflater } from './inflateCapped';
import { bytesSource, type PngByteSource } from './pngByteSource';
import { PNG_LIMITS } from './pngChunks';
import { MAX_SKIPPED_LISTED } from './readPngText';
import { readRecipeReport } from './readImportedRecipe';

/** The most one inflate step can add past a cap: deflate's best ratio (~1032:1) times one step. */
const STEP_OVERSHOOT = 1040 * INFLATE_STEP_BYTES;

/** Reads a corpus file through a counting inflater and a counting byte source. */
async function read(name: string) {
  const inflates: { input: number; produced: number }[] = [];
  const inflate: Inflater = async (data, maxBytes) => {
    const out = await inflateCapped(data, maxBytes);
    inflates.push({ input: data.length, produced: out.produced });
    return out;
  };
  const bytes = hostilePng(name).build();
  const inner = bytesSource(bytes);
  let bytesRead = 0;
  const source: PngByteSource = {
    size: inner.size,
    read: (start, end) => ((bytesRead += end - start), inner.read(start, end)),
  };
  const report = await readRecipeReport(source, { inflate });
  return { report, inflates, bytesRead, fileBytes: bytes.length };
}

/** What the corpus's hidden A1111 recipe reads back as. */
const RESTORED = { source: 'a1111', ...HOSTILE_RECIPE, unknownFields: [] };

describe('the hostile PNG corpus', () => {
  it('has every case the issue lists, each a PNG', () => {
    expect(HOSTILE_PNGS.map((h) => h.name)).toEqual([
      'html-in-prompt',
      'deep-json',
      'itxt-50mb',
      'ztxt-bomb',
      'itxt-bomb',
      'ztxt-bombs-12',
      'wrong-crc-bombs-20',
      'chunks-100001',
      'truncated-in-idat',
      'truncated-in-text',
      'length-past-end',
      'length-over-max',
      'length-short',
    ]);
  });

  it('HTML and script in prompts come back verbatim, as the characters they are', async () => {
    const { report } = await read('html-in-prompt');
    expect(report.recipe).toEqual({
      source: 'gesso',
      prompts: [
        { text: `${HTML_PROMPT} a lighthouse`, weight: 1 },
        { text: '<b>blurry</b>', weight: -1 },
      ],
      seed: 5,
      unknownFields: [HTML_FIELD],
    });
    expect(report.skippedByReason).toEqual({});
  });

  it('10,000-deep JSON is refused by the nesting cap without recursing, and reported unusable', async () => {
    const { report, inflates } = await read('deep-json');
    expect(report.recipe).toBeNull();
    expect(report.unusable).toEqual(['gesso', 'invokeai_metadata', 'prompt']);
    expect(inflates).toHaveLength(0);
    expect(describeRecipeReport(report)).toBe(
      'The gesso, invokeai_metadata and prompt metadata could not be used (malformed, or over a size or nesting limit).',
    );
  });

  it('a 50 MB iTXt is skipped unread (its keyword named) and the recipe after it still counts', async () => {
    const { report, bytesRead, fileBytes } = await read('itxt-50mb');
    expect(fileBytes).toBeGreaterThan(50e6);
    expect(report.recipe).toEqual(RESTORED);
    expect(report.skipped).toEqual([
      expect.objectContaining({ type: 'iTXt', reason: 'too-large', keyword: 'parameters' }),
    ]);
    // Chunk heads, the 80-byte keyword probe and the recipe: nowhere near the 50 MB.
    expect(bytesRead).toBeLessThan(4096);
  });

  it('a 1 GiB zTXt bomb is abandoned just past the per-chunk cap; the recipe after it still counts', async () => {
    const { report, inflates } = await read('ztxt-bomb');
    expect(report.recipe).toEqual(RESTORED);
    expect(report.skipped).toEqual([
      expect.objectContaining({ type: 'zTXt', reason: 'inflates-too-large', keyword: 'parameters' }),
    ]);
    expect(inflates).toHaveLength(1);
    expect(report.inflatedBytes).toBeGreaterThan(PNG_LIMITS.maxTextChunkBytes);
    expect(report.inflatedBytes).toBeLessThanOrEqual(PNG_LIMITS.maxTextChunkBytes + STEP_OVERSHOOT);
  });

  it('a 1 GiB compressed iTXt bomb is abandoned the same way', async () => {
    const { report } = await read('itxt-bomb');
    expect(report.recipe).toBeNull();
    expect(report.skipped).toEqual([
      expect.objectContaining({ type: 'iTXt', reason: 'inflates-too-large', keyword: 'gesso' }),
    ]);
    expect(report.inflatedBytes).toBeLessThanOrEqual(PNG_LIMITS.maxTextChunkBytes + STEP_OVERSHOOT);
  });

  it('twelve bombs with good CRCs stop at the per-file inflate budget: later ones are never inflated', async () => {
    const { report, inflates } = await read('ztxt-bombs-12');
    expect(report.recipe).toEqual(RESTORED);
    const { 'inflates-too-large': tooLarge = 0, 'file-budget': overBudget = 0 } = report.skippedByReason;
    expect(tooLarge + overBudget).toBe(12);
    expect(overBudget).toBeGreaterThanOrEqual(4);
    expect(report.inflatedBytes).toBeLessThanOrEqual(PNG_LIMITS.maxInflatedBytes + STEP_OVERSHOOT);
    // Only the chunks that found budget left reached the inflater (the last of them cut short by it).
    expect(inflates.length).toBeLessThan(12);
    expect(inflates.reduce((n, i) => n + i.produced, 0)).toBe(report.inflatedBytes);
  });

  it('twenty 1 GiB bombs with wrong CRCs are skipped without a single inflate', async () => {
    const { report, inflates, fileBytes } = await read('wrong-crc-bombs-20');
    expect(fileBytes).toBeGreaterThan(20e6);
    expect(inflates).toHaveLength(0);
    expect(report.inflatedBytes).toBe(0);
    expect(report.skippedByReason).toEqual({ crc: 20 });
    expect(report.recipe).toEqual(RESTORED);
    expect(describeRecipeReport(report)).toBe(
      'Skipped 20 text chunks with a wrong checksum (damaged, not read).',
    );
  });

  it('100,001 chunks: text past the first 256 is not read, and reading stops at 100,000 chunks', async () => {
    const { report } = await read('chunks-100001');
    expect(report.recipe).toEqual(RESTORED);
    expect(report.chunks).toBe(PNG_LIMITS.maxChunks);
    expect(report.stopped).toMatchObject({ code: 'limit' });
    // IHDR and the recipe, then 99,998 tiny chunks: 255 read, the rest counted but not listed one by one.
    expect(report.skippedByReason).toEqual({ 'too-many': 99_998 - 255 });
    expect(report.skipped).toHaveLength(MAX_SKIPPED_LISTED);
    expect(describeRecipeReport(report)).toMatch(
      /^Skipped 99,743 text chunks past the first 256 \(not read\)\. Reading stopped at byte \d+: The file has more than 100000 chunks\.$/,
    );
  });

  it('a file cut inside its pixels keeps the recipe read before the cut', async () => {
    const { report } = await read('truncated-in-idat');
    expect(report.recipe).toEqual(RESTORED);
    expect(report.stopped).toMatchObject({
      code: 'truncated',
      message: 'The file ends inside its IDAT chunk',
    });
  });

  it('a file cut inside its recipe chunk has no recipe and says where it ends', async () => {
    const { report } = await read('truncated-in-text');
    expect(report.recipe).toBeNull();
    expect(report.stopped).toEqual({
      code: 'truncated',
      message: 'The file ends inside its tEXt chunk',
      offset: 33,
    });
  });

  it('a length past the end of the file or over the PNG maximum stops reading, keeping what came before', async () => {
    const past = await read('length-past-end');
    expect(past.report.recipe).toEqual(RESTORED);
    expect(past.report.stopped).toMatchObject({ code: 'truncated' });
    const over = await read('length-over-max');
    expect(over.report.recipe).toEqual(RESTORED);
    expect(over.report.stopped).toMatchObject({ code: 'limit' });
    expect(over.bytesRead).toBeLessThan(1024);
  });

  it('a length shorter than the chunk fails its CRC, then the misaligned next head stops reading', async () => {
    const { report } = await read('length-short');
    expect(report.recipe).toEqual(RESTORED);
    expect(report.skippedByReason).toEqual({ crc: 1 });
    expect(report.stopped).toMatchObject({ code: 'structure' });
  });
});
