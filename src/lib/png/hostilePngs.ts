/**
 * The corpus of hostile PNGs, generated (never committed): what the recipe reader must survive. Used by
 * the unit tests beside it, `bench/hostilePng.ts` and the e2e suite. DOM-free and Node-free, and not part
 * of lib/png's index (no app code needs it). Each file is a valid 64×64 black PNG around its payload.
 */
import { crc32 } from './crc32';
import { formatA1111Parameters } from './formatA1111Parameters';
import { PNG_SIGNATURE } from './pngChunks';
import type { NeutralRecipe } from './recipe';
import { zlibZeros } from './zlibZeros';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Bytes of several arrays, back to back. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/**
 * One chunk as it sits in a file: length, type, data, CRC. `length` and `crc` can lie (by default they
 * are the true ones), which `writePngChunks` would never allow.
 */
export function rawChunk(
  type: string,
  data: Uint8Array,
  lie: { length?: number; crc?: number } = {},
): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  const typeBytes = latin1(type);
  view.setUint32(0, lie.length ?? data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, lie.crc ?? crc32(typeBytes, data));
  return out;
}

/** A chunk whose CRC is off by one bit. */
const wrongCrc = (type: string, data: Uint8Array) =>
  rawChunk(type, data, { crc: (crc32(latin1(type), data) ^ 1) >>> 0 });

export const tEXtRaw = (keyword: string, text: string) =>
  rawChunk('tEXt', concatBytes([latin1(keyword), new Uint8Array([0]), latin1(text)]));
const iTXtData = (keyword: string, compressed: boolean, body: Uint8Array) =>
  concatBytes([latin1(keyword), new Uint8Array([0, compressed ? 1 : 0, 0, 0, 0]), body]);
const zTXtData = (keyword: string, body: Uint8Array) =>
  concatBytes([latin1(keyword), new Uint8Array([0, 0]), body]);

const SIZE = 64;

/** Signature, IHDR of a 64×64 8-bit greyscale image, `middle`, one IDAT of black rows, IEND. */
export function pngAround(middle: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, SIZE);
  new DataView(ihdr.buffer).setUint32(4, SIZE);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return concatBytes([
    Uint8Array.from(PNG_SIGNATURE),
    rawChunk('IHDR', ihdr),
    ...middle,
    rawChunk('IDAT', zlibZeros(SIZE * (SIZE + 1))), // filter byte 0 + 64 black pixels per row
    rawChunk('IEND', new Uint8Array(0)),
  ]);
}

/** The recipe the corpus hides among its hostile chunks, where a file has one. */
export const HOSTILE_RECIPE: NeutralRecipe = {
  prompts: [
    { text: 'a lighthouse in a storm', weight: 1 },
    { text: 'blurry', weight: -1 },
  ],
  seed: 4321,
  steps: 21,
  cfgScale: 6.5,
  sampler: 'K_EULER',
};
const recipeChunk = () => tEXtRaw('parameters', formatA1111Parameters(HOSTILE_RECIPE));

/** The clean control: an ordinary PNG carrying `HOSTILE_RECIPE` as AUTOMATIC1111 parameters. */
export const recipePng = (): Uint8Array<ArrayBuffer> => pngAround([recipeChunk()]);

/** Markup a file may carry in its prompts: it must show as these characters, never become elements. */
export const HTML_PROMPT =
  '<img src=x onerror="window.__gessoPwned=1"><script>window.__gessoPwned=1</script>';
export const HTML_FIELD = '<b>bold</b>';

const GiB = 1024 ** 3;
const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

export interface HostilePng {
  /** File name stem, e.g. `ztxt-bomb`. */
  name: string;
  about: string;
  build(): Uint8Array<ArrayBuffer>;
}

export const HOSTILE_PNGS: readonly HostilePng[] = [
  {
    name: 'html-in-prompt',
    about: 'a gesso recipe whose prompts and one field name are HTML with script',
    build: () =>
      pngAround([
        tEXtRaw(
          'gesso',
          JSON.stringify({
            prompts: [
              { text: `${HTML_PROMPT} a lighthouse`, weight: 1 },
              { text: '<b>blurry</b>', weight: -1 },
            ],
            seed: 5,
            [HTML_FIELD]: 1,
          }),
        ),
      ]),
  },
  {
    name: 'deep-json',
    about: 'gesso, invokeai_metadata and ComfyUI prompt chunks, each otherwise usable but 10,000 levels deep',
    build: () => {
      const deep = deepJson(10_000);
      return pngAround([
        tEXtRaw('gesso', `{"prompts":[{"text":"a","weight":1}],"x":${deep}}`),
        tEXtRaw('invokeai_metadata', `{"positive_prompt":"a","seed":1,"x":${deep}}`),
        tEXtRaw('prompt', `{"1":{"class_type":"KSampler","inputs":{"seed":2}},"x":${deep}}`),
      ]);
    },
  },
  {
    name: 'itxt-50mb',
    about: 'a 50 MB uncompressed iTXt, then a valid recipe',
    build: () =>
      pngAround([
        rawChunk('iTXt', iTXtData('parameters', false, new Uint8Array(50e6).fill(0x61))),
        recipeChunk(),
      ]),
  },
  {
    name: 'ztxt-bomb',
    about: 'a zTXt inflating to 1 GiB (1 MB in the file), then a valid recipe',
    build: () => pngAround([rawChunk('zTXt', zTXtData('parameters', zlibZeros(GiB))), recipeChunk()]),
  },
  {
    name: 'itxt-bomb',
    about: 'a compressed iTXt inflating to 1 GiB',
    build: () => pngAround([rawChunk('iTXt', iTXtData('gesso', true, zlibZeros(GiB)))]),
  },
  {
    name: 'ztxt-bombs-12',
    about: 'twelve zTXt chunks with good CRCs, each inflating to 1 GiB, then a valid recipe',
    build: () => {
      const bomb = rawChunk('zTXt', zTXtData('Comment', zlibZeros(GiB)));
      return pngAround([...Array.from({ length: 12 }, () => bomb), recipeChunk()]);
    },
  },
  {
    name: 'wrong-crc-bombs-20',
    about: 'twenty zTXt chunks inflating to 1 GiB each, all with a wrong CRC (21 MB), then a valid recipe',
    build: () => {
      const bomb = wrongCrc('zTXt', zTXtData('parameters', zlibZeros(GiB)));
      return pngAround([...Array.from({ length: 20 }, () => bomb), recipeChunk()]);
    },
  },
  {
    name: 'chunks-100001',
    about: 'a valid recipe, then 100,001 tiny tEXt chunks',
    build: () => {
      const tiny = tEXtRaw('k', 'v');
      const many = new Uint8Array(tiny.length * 100_001);
      for (let i = 0; i < 100_001; i++) many.set(tiny, i * tiny.length);
      return pngAround([recipeChunk(), many]);
    },
  },
  {
    name: 'truncated-in-idat',
    about: 'a valid recipe, the file cut inside its IDAT',
    build: () => {
      const png = recipePng();
      return png.slice(0, png.length - 12 - 20); // IEND (12) and the IDAT's last 8 bytes + CRC
    },
  },
  {
    name: 'truncated-in-text',
    about: 'the file cut inside its recipe chunk',
    build: () => {
      const png = recipePng();
      return png.slice(0, 8 + 25 + 40); // signature, IHDR, then 40 bytes of the tEXt chunk
    },
  },
  {
    name: 'length-past-end',
    about: 'a valid recipe, then a tEXt chunk declaring 2 GiB − 16 bytes in a small file',
    build: () => pngAround([recipeChunk(), rawChunk('tEXt', latin1('k\0v'), { length: 0x7ffffff0 })]),
  },
  {
    name: 'length-over-max',
    about: 'a valid recipe, then a chunk length over the PNG maximum (2^31 − 1)',
    build: () => pngAround([recipeChunk(), rawChunk('tEXt', latin1('k\0v'), { length: 0xfffffff0 })]),
  },
  {
    name: 'length-short',
    about: 'a valid recipe, then a tEXt chunk declaring fewer bytes than it holds',
    // Read with length 9, "bcd1" is taken for its CRC and "5678" for the next chunk's type.
    build: () =>
      pngAround([recipeChunk(), rawChunk('tEXt', latin1('Comment\0abcd1234 5678'), { length: 9 })]),
  },
];

/** The corpus entry of that name (throws for a name not in the corpus, so a typo fails loudly). */
export function hostilePng(name: string): HostilePng {
  const found = HOSTILE_PNGS.find((h) => h.name === name);
  if (!found) throw new Error(`No hostile PNG named ${name}`);
  return found;
}
