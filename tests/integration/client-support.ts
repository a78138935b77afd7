import sharp from 'sharp';
import {
  LOCAL_ENGINE_DEV_KEY,
  type Connection,
  type GenerationParams,
  type GenerationRequest,
} from '../../src/lib/api/index.ts';

// The client's unit tests already own this helper; the integration tests share it.
export { rejection } from '../../src/lib/api/testFetch.ts';

/** Connection to a running local engine with its public dev key. */
export function localConnection(url: string, overrides: Partial<Connection> = {}): Connection {
  return { host: url, apiKey: LOCAL_ENGINE_DEV_KEY, organization: '', ...overrides };
}

/** A small valid v1alpha text-to-image request (512×512, few steps). */
export function textRequest(overrides: Partial<GenerationParams> = {}): GenerationRequest {
  return {
    backend: 'v1alpha',
    mode: 'text-to-image',
    engineId: 'stable-diffusion-v1-5',
    params: {
      prompts: [{ text: 'a red lighthouse by a blue sea', weight: 1 }],
      seed: 1234,
      steps: 10,
      ...overrides,
    },
  };
}

/** Decoded RGBA pixels of a PNG blob or buffer. */
export async function pixelsOf(
  png: Blob | Uint8Array,
): Promise<{ width: number; height: number; data: Buffer }> {
  const buf = png instanceof Blob ? Buffer.from(await png.arrayBuffer()) : Buffer.from(png);
  const { data, info } = await sharp(buf).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

export async function bytesOf(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}
