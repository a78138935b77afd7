import { describe, expect, it, vi } from 'vitest';
import { createPasteBack, type PixelWorker } from './createPasteBack';
import { createPasteBackHandler, type PasteBackRequest } from './pasteBackProtocol';
import type { GreyImage, RgbaImage } from './types';

function picture(width: number, height: number, value: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4).fill(value) };
}

function input() {
  const mask: GreyImage = { width: 40, height: 30, data: new Uint8Array(1200) };
  for (let y = 10; y < 20; y++) mask.data.fill(255, y * 40 + 10, y * 40 + 20);
  return {
    original: picture(40, 30, 10),
    mask,
    region: { x: 5, y: 5, width: 20, height: 20 },
    answer: picture(20, 20, 200),
  };
}

/** A stand-in worker running the real handler, answering a macrotask later (as a worker would). */
function fakeWorker() {
  const handle = createPasteBackHandler();
  const worker = {
    posted: [] as Array<{ request: PasteBackRequest; transfer: unknown }>,
    onmessage: null,
    onerror: null,
    postMessage(request: PasteBackRequest, transfer: unknown) {
      this.posted.push({ request, transfer });
      setTimeout(() => {
        const { reply } = handle(request);
        worker.onmessage?.call(worker as unknown as Worker, new MessageEvent('message', { data: reply }));
      }, 0);
    },
    terminate: vi.fn(),
  } as PixelWorker & { posted: Array<{ request: PasteBackRequest; transfer: unknown }> };
  return worker;
}

describe('createPasteBack', () => {
  it('without Worker (this environment), composites in this thread', async () => {
    expect(typeof Worker).toBe('undefined');
    const pasteBack = createPasteBack();
    const loaded = await pasteBack.load(input());
    expect(loaded.rect).toEqual({ x: 10, y: 10, width: 10, height: 10 });
    expect([...new Set(loaded.data)]).toEqual([200]);
    expect((await pasteBack.load(input(), { feather: 3 })).rect).toEqual({
      x: 7,
      y: 7,
      width: 16,
      height: 16,
    });
    const kept = await pasteBack.composite(0);
    expect(kept.data[(0 * 40 + 0) * 4]).toBe(10);
    expect(kept.data[(15 * 40 + 15) * 4]).toBe(200);
    const patch = await pasteBack.patch(3);
    expect(patch.rect).toEqual({ x: 7, y: 7, width: 16, height: 16 });
  });

  it('a call before load fails with a message saying what to send', async () => {
    await expect(createPasteBack().composite(0)).rejects.toThrow(/nothing loaded/);
  });

  it('hands the buffers over to a worker when asked to transfer them', async () => {
    const worker = fakeWorker();
    const pasteBack = createPasteBack({ createWorker: () => worker });
    const data = input();
    await pasteBack.load(data, { transfer: true });
    expect(worker.posted[0]!.transfer).toEqual([
      data.original.data.buffer,
      data.mask.data.buffer,
      data.answer.data.buffer,
    ]);
    await pasteBack.load(input());
    expect(worker.posted[1]!.transfer).toEqual([]);
  });

  it('previews: latest wins, the ones replaced while drawing resolve null', async () => {
    const worker = fakeWorker();
    const pasteBack = createPasteBack({ createWorker: () => worker });
    await pasteBack.load(input());
    const view = { x: 0, y: 0, width: 40, height: 30 };
    const first = pasteBack.preview({ view, width: 40, height: 30, feather: 1 });
    const second = pasteBack.preview({ view, width: 40, height: 30, feather: 2 });
    const third = pasteBack.preview({ view, width: 40, height: 30, feather: 3 });
    expect(await second).toBeNull();
    expect((await first)?.length).toBe(40 * 30 * 4);
    expect((await third)?.length).toBe(40 * 30 * 4);
    const feathers = worker.posted.flatMap(({ request }) =>
      request.type === 'preview' ? [request.request.feather] : [],
    );
    expect(feathers).toEqual([1, 3]);
  });

  it('a failing worker rejects what waits on it; dispose terminates it', async () => {
    const worker = fakeWorker();
    worker.postMessage = () => {
      // Node has no ErrorEvent: the fields the client reads.
      const event = { message: 'out of memory', preventDefault: () => undefined } as ErrorEvent;
      queueMicrotask(() => worker.onerror?.call(worker as unknown as Worker, event));
    };
    const pasteBack = createPasteBack({ createWorker: () => worker });
    await expect(pasteBack.load(input())).rejects.toThrow('out of memory');
    pasteBack.dispose();
    expect(worker.terminate).toHaveBeenCalledTimes(1);
  });
});
