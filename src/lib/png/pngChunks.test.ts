import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { rawChunk } from './hostilePngs';
import { PNG_LIMITS, readPngChunks, writePngChunks } from './pngChunks';
import { PngFormatError } from './PngFormatError';
import { concat, fixturePng, latin1Bytes, pngWith, sameBytes, tEXt } from './testFixtures';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PngFormatError) return e.code;
    throw e;
  }
  return 'no error';
}

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(latin1Bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(latin1Bytes('1234'), latin1Bytes('56789'))).toBe(0xcbf43926);
    // Lengths that are not multiples of four exercise both the 4-byte and the 1-byte loops.
    expect(crc32(latin1Bytes('12345678'), latin1Bytes('9'))).toBe(0xcbf43926);
    expect(crc32(latin1Bytes('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
});

describe('readPngChunks / writePngChunks', () => {
  it('reads the fixture from IHDR to IEND and writes it back byte for byte', () => {
    const png = fixturePng();
    const chunks = readPngChunks(png);
    expect(chunks[0]?.type).toBe('IHDR');
    expect(chunks.at(-1)?.type).toBe('IEND');
    expect(chunks.some((c) => c.type === 'IDAT')).toBe(true);
    const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset);
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([512, 512]);
    expect(sameBytes(writePngChunks(chunks), png)).toBe(true);
  });

  it('ignores bytes after IEND', () => {
    const png = fixturePng();
    expect(readPngChunks(concat(png, latin1Bytes('trailing junk'))).length).toBe(readPngChunks(png).length);
  });

  it('refuses a non-PNG', () => {
    expect(codeOf(() => readPngChunks(latin1Bytes('GIF89a not a png at all')))).toBe('signature');
    expect(codeOf(() => readPngChunks(new Uint8Array(0)))).toBe('signature');
  });

  it('refuses every truncation as truncated', () => {
    const png = fixturePng();
    for (const cut of [8, 9, 20, 33, 34, 100, 5000, png.length - 13, png.length - 1]) {
      expect(codeOf(() => readPngChunks(png.subarray(0, cut)))).toBe('truncated');
    }
  });

  it('refuses a bad CRC on a critical chunk whatever the mode', () => {
    const png = fixturePng().slice();
    const idat = readPngChunks(png).find((c) => c.type === 'IDAT')!;
    png[idat.data.byteOffset + 10]! ^= 0xff;
    expect(codeOf(() => readPngChunks(png))).toBe('crc');
    expect(codeOf(() => readPngChunks(png, { badCrc: 'drop-ancillary' }))).toBe('crc');
  });

  it('drops an ancillary chunk with a bad CRC only when asked', () => {
    const png = pngWith([tEXt('Comment', 'hello')]);
    const text = readPngChunks(png).find((c) => c.type === 'tEXt')!;
    png[text.data.byteOffset]! ^= 0x01; // 'C' → 'B', CRC now wrong
    expect(codeOf(() => readPngChunks(png))).toBe('crc');
    const chunks = readPngChunks(png, { badCrc: 'drop-ancillary' });
    expect(chunks.some((c) => c.type === 'tEXt')).toBe(false);
    expect(chunks.at(-1)?.type).toBe('IEND');
  });

  it('refuses a declared length past the end, and one over the PNG maximum', () => {
    const ihdr = readPngChunks(fixturePng())[0]!;
    const start = concat(SIGNATURE, rawChunk('IHDR', ihdr.data));
    expect(
      codeOf(() => readPngChunks(concat(start, rawChunk('tEXt', new Uint8Array(4), { length: 1_000_000 })))),
    ).toBe('truncated');
    expect(
      codeOf(() => readPngChunks(concat(start, rawChunk('tEXt', new Uint8Array(4), { length: 0xfffffff0 })))),
    ).toBe('limit');
  });

  it('refuses a bad chunk type and a first chunk that is not IHDR', () => {
    const ihdr = readPngChunks(fixturePng())[0]!;
    expect(codeOf(() => readPngChunks(concat(SIGNATURE, rawChunk('IH1R', ihdr.data))))).toBe('structure');
    expect(codeOf(() => readPngChunks(concat(SIGNATURE, rawChunk('tEXt', latin1Bytes('a\0b')))))).toBe(
      'structure',
    );
    expect(() => writePngChunks([{ type: 'ID T', data: new Uint8Array(0) }])).toThrow(PngFormatError);
  });

  it('refuses more than the maximum number of chunks', () => {
    const ihdr = readPngChunks(fixturePng())[0]!;
    const empty = rawChunk('abCd', new Uint8Array(0));
    const many = new Uint8Array(empty.length * (PNG_LIMITS.maxChunks + 1));
    for (let i = 0; i <= PNG_LIMITS.maxChunks; i++) many.set(empty, i * empty.length);
    expect(codeOf(() => readPngChunks(concat(SIGNATURE, rawChunk('IHDR', ihdr.data), many)))).toBe('limit');
  });
});
