/**
 * The compose worker: decodes a stored "Only masked" result (picture, mask, answer) once and answers
 * previews and PNGs of the composite (composeProtocol.ts), so a 24-megapixel paste-back — decoding,
 * blending, PNG encoding — never holds up the main thread.
 */
import { createComposeHandler, type ComposeRequest, type PictureCodec } from './composeProtocol';

const codec: PictureCodec = {
  async decode(blob) {
    // No colour conversion, no premultiplication: the picture's own bytes, so pixels outside the mask
    // come back exactly as they were.
    const bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2D OffscreenCanvas unavailable');
    ctx.drawImage(bitmap, 0, 0);
    bitmap.close();
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: canvas.width, height: canvas.height, data };
  },
  async encodePng(image) {
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D OffscreenCanvas unavailable');
    const data = new Uint8ClampedArray(
      image.data.buffer as ArrayBuffer,
      image.data.byteOffset,
      image.data.length,
    );
    ctx.putImageData(new ImageData(data, image.width, image.height), 0, 0);
    return canvas.convertToBlob({ type: 'image/png' });
  },
};

const handle = createComposeHandler(codec);
// One at a time, in order: a preview asked during a load waits for it.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<ComposeRequest>) => {
  queue = queue.then(async () => {
    const { reply, transfer } = await handle(event.data);
    self.postMessage(reply, { transfer });
  });
};
