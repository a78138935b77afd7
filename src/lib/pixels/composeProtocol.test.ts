import { describe, expect, it } from 'vitest';
import { createComposer } from './createComposer';
import { createComposeHandler, type ComposeRequest, type PictureCodec } from './composeProtocol';
import { encodeGreyPng } from './encodeGreyPng';
import type { PixelWorker } from './createPasteBack';
import type { RgbaImage } from './types';

/** Blobs stand for pictures: the codec hands back the picture each blob was made for. */
function fakeCodec() {
  const pictures = new Map<Blob, RgbaImage>();
  const encoded: RgbaImage[] = [];
  const codec: PictureCodec = {
    decode: async (blob) => {
      const p = pictures.get(blob);
      if (!p) throw new Error('not a picture');
      return { ...p, data: new Uint8ClampedArray(p.data) };
    },
    encodePng: async (image) => {
      encoded.push(image);
      return new Blob([`png ${encoded.length - 1}`]);
    },
  };
  const blobOf = (p: RgbaImage) => {
    const blob = new Blob([String(pictures.size)]);
    pictures.set(blob, p);
    return blob;
  };
  return { codec, encoded, blobOf };
}

function filled(width: number, height: number, value: (x: number, y: number) => number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data.fill(value(x, y), (y * width + x) * 4, (y * width + x) * 4 + 3);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { width, height, data };
}

async function source(invertMask = false) {
  const f = fakeCodec();
  const original = filled(60, 40, (x, y) => (x * 3 + y) & 255);
  const maskData = new Uint8Array(60 * 40);
  for (let y = 15; y < 25; y++) maskData.fill(255, y * 60 + 20, y * 60 + 30);
  if (invertMask) for (let i = 0; i < maskData.length; i++) maskData[i] = 255 - maskData[i]!;
  const maskPng = await encodeGreyPng({ width: 60, height: 40, data: maskData });
  const mask = new Blob([maskPng as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  const answer = filled(32, 32, () => 200);
  return {
    f,
    original,
    src: {
      original: f.blobOf(original),
      mask,
      answer: f.blobOf(answer),
      region: { x: 10, y: 5, width: 32, height: 32 },
      maskBlackRepaints: invertMask,
    },
  };
}

const inMask = (x: number, y: number) => x >= 20 && x < 30 && y >= 15 && y < 25;

describe('the compose worker (in-thread)', () => {
  it('decodes the stored picture, mask and answer once, and encodes the composite: the original outside the mask, the answer in it', async () => {
    for (const invert of [false, true]) {
      const { f, original, src } = await source(invert);
      const handle = createComposeHandler(f.codec);
      const loaded = await handle({ id: 1, type: 'load', source: src });
      expect(loaded.reply).toEqual({ id: 1, ok: true, value: { width: 60, height: 40 } });
      const png = await handle({ id: 2, type: 'png', feather: 0 });
      expect(png.reply.ok).toBe(true);
      const kept = f.encoded.at(-1)!;
      expect([kept.width, kept.height]).toEqual([60, 40]);
      for (let y = 0; y < 40; y++)
        for (let x = 0; x < 60; x++) {
          const i = (y * 60 + x) * 4;
          expect(kept.data[i]).toBe(inMask(x, y) ? 200 : original.data[i]);
        }
    }
  });

  it('answers a request before any load, and a picture it cannot decode, with a message', async () => {
    const { f, src } = await source();
    const handle = createComposeHandler(f.codec);
    expect((await handle({ id: 1, type: 'png', feather: 0 })).reply).toMatchObject({ ok: false });
    const bad = await handle({ id: 2, type: 'load', source: { ...src, original: new Blob(['?']) } });
    expect(bad.reply).toEqual({ id: 2, ok: false, message: 'not a picture' });
  });

  it('previews latest-wins through createComposer: a preview superseded while another is drawn resolves null', async () => {
    const { f, src } = await source();
    const handle = createComposeHandler(f.codec);
    const worker: PixelWorker & { posted: string[] } = {
      posted: [],
      onmessage: null,
      onerror: null,
      postMessage(request: ComposeRequest) {
        this.posted.push(request.type);
        void handle(request).then(({ reply }) =>
          setTimeout(() => this.onmessage?.call(this as unknown as Worker, { data: reply } as MessageEvent)),
        );
      },
      terminate() {},
    };
    const composer = createComposer(src, () => worker);
    expect(await composer.ready).toEqual({ width: 60, height: 40 });
    const view = { view: { x: 0, y: 0, width: 60, height: 40 }, width: 30, height: 20 };
    const first = composer.preview({ ...view, feather: 0 });
    const second = composer.preview({ ...view, feather: 4 });
    const third = composer.preview({ ...view, feather: 8, showSeam: true });
    expect(await second).toBeNull();
    expect((await first)?.length).toBe(30 * 20 * 4);
    expect((await third)?.length).toBe(30 * 20 * 4);
    expect(worker.posted).toEqual(['load', 'preview', 'preview']);
    composer.dispose();
    await expect(composer.png(0)).rejects.toThrow('closed');
  });
});
