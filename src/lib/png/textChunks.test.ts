import { describe, expect, it } from 'vitest';
import { PNG_LIMITS, readPngChunks, writePngChunks } from './pngChunks';
import { PngFormatError } from './PngFormatError';
import { readTextChunks } from './readTextChunks';
import {
  concat,
  deflate,
  fixturePng,
  iTXtRaw,
  latin1Bytes,
  pngWith,
  sameBytes,
  tEXt,
  utf8Bytes,
  zTXt,
} from './testFixtures';
import { withTextChunks } from './withTextChunks';

async function rejectionCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PngFormatError) return e.code;
    throw e;
  }
  return 'no error';
}

function throwCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PngFormatError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('withTextChunks + readTextChunks', () => {
  it('round-trips ASCII, Latin-1, CJK, emoji and script text through iTXt', async () => {
    const entries = [
      { keyword: 'parameters', text: 'a cat\nNegative prompt: dog\nSteps: 20, Seed: 1' },
      { keyword: 'Comment', text: 'café 東京 🎨 <script>alert("x")</script>' },
      { keyword: 'empty', text: '' },
    ];
    const out = withTextChunks(fixturePng(), entries);
    expect(await readTextChunks(out)).toEqual(entries);
  });

  it('inserts the chunks just before the first IDAT and leaves every other chunk byte-identical', () => {
    const png = fixturePng();
    const before = readPngChunks(png);
    const after = readPngChunks(withTextChunks(png, [{ keyword: 'gesso', text: '{}' }]));
    const firstIdat = after.findIndex((c) => c.type === 'IDAT');
    expect(after[firstIdat - 1]?.type).toBe('iTXt');
    const others = after.filter((c) => c.type !== 'iTXt');
    expect(others.map((c) => c.type)).toEqual(before.map((c) => c.type));
    expect(others.every((c, i) => sameBytes(c.data, before[i]!.data))).toBe(true);
  });

  it('replaces existing tEXt, zTXt and iTXt chunks of the same keyword and keeps others', async () => {
    const png = pngWith([
      tEXt('parameters', 'old one'),
      await zTXt('parameters', 'old two'),
      await iTXtRaw('parameters', utf8Bytes('old three')),
      tEXt('Software', 'Other app'),
    ]);
    const out = withTextChunks(png, [{ keyword: 'parameters', text: 'new' }]);
    expect(await readTextChunks(out)).toEqual([
      { keyword: 'Software', text: 'Other app' },
      { keyword: 'parameters', text: 'new' },
    ]);
  });

  it('keeps only the last entry when a keyword repeats', async () => {
    const out = withTextChunks(fixturePng(), [
      { keyword: 'a', text: '1' },
      { keyword: 'b', text: '2' },
      { keyword: 'a', text: '3' },
    ]);
    expect(await readTextChunks(out)).toEqual([
      { keyword: 'b', text: '2' },
      { keyword: 'a', text: '3' },
    ]);
  });

  it.each(['', 'x'.repeat(80), ' lead', 'trail ', 'two  spaces', 'tab\tkey', 'ĀLatin', 'nul\0'])(
    'refuses the keyword %j',
    (keyword) => {
      expect(throwCode(() => withTextChunks(fixturePng(), [{ keyword, text: 't' }]))).toBe('keyword');
    },
  );

  it('refuses to write text over the per-chunk limit', () => {
    const text = 'x'.repeat(PNG_LIMITS.maxTextChunkBytes + 1);
    expect(throwCode(() => withTextChunks(fixturePng(), [{ keyword: 'big', text }]))).toBe('limit');
  });

  it('refuses to rewrite a damaged PNG or one without IDAT', () => {
    const png = pngWith([tEXt('Comment', 'x')]);
    const t = readPngChunks(png).find((c) => c.type === 'tEXt')!;
    png[t.data.byteOffset + 8]! ^= 1;
    expect(throwCode(() => withTextChunks(png, [{ keyword: 'a', text: 'b' }]))).toBe('crc');
    const chunks = readPngChunks(fixturePng()).filter((c) => c.type !== 'IDAT');
    expect(throwCode(() => withTextChunks(writePngChunks(chunks), [{ keyword: 'a', text: 'b' }]))).toBe(
      'structure',
    );
  });
});

describe('readTextChunks', () => {
  it('decodes tEXt as Latin-1 (0x80 is U+0080, not the euro sign)', async () => {
    const data = concat(latin1Bytes('Title\0'), new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x80]));
    expect(await readTextChunks(pngWith([{ type: 'tEXt', data }]))).toEqual([
      { keyword: 'Title', text: 'café\u0080' },
    ]);
  });

  it('inflates zTXt and compressed iTXt', async () => {
    const png = pngWith([
      await zTXt('parameters', 'compressed latin1 ñ'),
      await iTXtRaw('prompt', utf8Bytes('{"ok": "ünïcödé ✓"}'), true),
    ]);
    expect(await readTextChunks(png)).toEqual([
      { keyword: 'parameters', text: 'compressed latin1 ñ' },
      { keyword: 'prompt', text: '{"ok": "ünïcödé ✓"}' },
    ]);
  });

  it('replaces bad UTF-8 with U+FFFD instead of failing', async () => {
    const body = new Uint8Array([0x61, 0xff, 0xfe, 0x62, 0xc3]);
    const png = pngWith([await iTXtRaw('x', body), await iTXtRaw('y', body, true)]);
    expect(await readTextChunks(png)).toEqual([
      { keyword: 'x', text: 'a\ufffd\ufffdb\ufffd' },
      { keyword: 'y', text: 'a\ufffd\ufffdb\ufffd' },
    ]);
  });

  it('skips malformed text chunks and corrupt compressed data but reads the rest', async () => {
    const good = tEXt('ok', 'fine');
    const png = pngWith([
      { type: 'tEXt', data: latin1Bytes('no separator at all') },
      { type: 'tEXt', data: latin1Bytes('\0empty keyword') },
      { type: 'zTXt', data: concat(latin1Bytes('k\0'), new Uint8Array([0, 1, 2, 3, 4, 5])) },
      {
        type: 'zTXt',
        data: concat(latin1Bytes('k\0'), new Uint8Array([7]), await deflate(latin1Bytes('x'))),
      },
      {
        type: 'iTXt',
        data: concat(latin1Bytes('k\0'), new Uint8Array([1, 0]), latin1Bytes('no terminators')),
      },
      {
        type: 'iTXt',
        data: concat(
          latin1Bytes('cut\0'),
          new Uint8Array([1, 0, 0, 0]),
          (await deflate(utf8Bytes('hello world'.repeat(50)))).subarray(0, 20),
        ),
      },
      await iTXtRaw('raw', (await deflate(utf8Bytes('zlib bytes read as UTF-8'))).subarray(0, 20)),
      good,
    ]);
    const entries = await readTextChunks(png);
    expect(entries.at(-1)).toEqual({ keyword: 'ok', text: 'fine' });
    expect(entries.map((e) => e.keyword)).toEqual(['raw', 'ok']);
  });

  it('skips a text chunk whose CRC is wrong', async () => {
    const png = pngWith([tEXt('parameters', 'tampered'), tEXt('ok', 'fine')]);
    const t = readPngChunks(png).find((c) => c.type === 'tEXt')!;
    png[t.data.byteOffset + 12]! ^= 1;
    expect(await readTextChunks(png)).toEqual([{ keyword: 'ok', text: 'fine' }]);
  });

  it('refuses a compressed chunk that inflates past the cap (a zip bomb)', async () => {
    const bomb = await iTXtRaw('bomb', new Uint8Array(PNG_LIMITS.maxTextChunkBytes * 4), true);
    expect(bomb.data.length).toBeLessThan(10_000);
    expect(await rejectionCode(readTextChunks(pngWith([bomb])))).toBe('limit');
    const zbomb = await zTXt('bomb', 'a'.repeat(PNG_LIMITS.maxTextChunkBytes + 10));
    expect(await rejectionCode(readTextChunks(pngWith([zbomb])))).toBe('limit');
  });

  it('refuses a raw text chunk over the cap and text totalling over the file cap', async () => {
    const huge = tEXt('huge', 'x'.repeat(PNG_LIMITS.maxTextChunkBytes + 1));
    expect(await rejectionCode(readTextChunks(pngWith([huge])))).toBe('limit');
    const count = Math.ceil(PNG_LIMITS.maxTotalTextBytes / PNG_LIMITS.maxTextChunkBytes) + 1;
    const many = Array.from({ length: count }, (_, i) =>
      tEXt(`k${i}`, 'y'.repeat(PNG_LIMITS.maxTextChunkBytes - 10)),
    );
    expect(await rejectionCode(readTextChunks(pngWith(many)))).toBe('limit');
  });

  it('rejects a truncated file and a non-PNG', async () => {
    const png = withTextChunks(fixturePng(), [{ keyword: 'a', text: 'b' }]);
    expect(await rejectionCode(readTextChunks(png.subarray(0, png.length - 100)))).toBe('truncated');
    expect(await rejectionCode(readTextChunks(latin1Bytes('hello')))).toBe('signature');
  });
});
