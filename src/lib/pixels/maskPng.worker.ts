/**
 * The mask PNG worker: filters and deflates (or inflates and unfilters) one mask, so zlib's ~100 ms on a
 * 24-megapixel mask never runs on the main thread. One request per worker (maskPngCodec.ts).
 */
import { handleMaskPng, replyBuffer, type MaskPngRequest } from './maskPngProtocol';

self.onmessage = (event: MessageEvent<MaskPngRequest>) => {
  void handleMaskPng(event.data).then((reply) => self.postMessage(reply, { transfer: replyBuffer(reply) }));
};
