/**
 * The engine's only doorway to pixel code. TEMPORARY stand-in (flat colours) until server/imaging/index.ts
 * lands; then this file re-exports it and nothing else changes.
 */
import sharp from 'sharp';
import type { MaskSource } from '../../src/lib/api/index.ts';

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface RenderParams {
  prompts: Array<{ text: string; weight: number }>;
  width: number;
  height: number;
  seed: number;
  steps: number;
  cfgScale: number;
  sampler: string | undefined;
  clipGuidancePreset: string;
}

export function sniffImageType(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  return null;
}

export async function decodeImage(bytes: Uint8Array): Promise<Rgba> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

export async function encodePng(img: Rgba): Promise<Buffer> {
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
    .png()
    .toBuffer();
}

export function renderTextToImage(p: RenderParams): Rgba {
  const data = new Uint8Array(p.width * p.height * 4);
  const r = (p.seed * 73) % 256;
  const g = (p.seed * 151) % 256;
  const b = (p.prompts.map((x) => x.text).join(' ').length * 37) % 256;
  for (let i = 0; i < data.length; i += 4) {
    data[i] = r;
    data[i + 1] = g;
    data[i + 2] = b;
    data[i + 3] = 255;
  }
  return { width: p.width, height: p.height, data };
}

export function blendImageToImage(init: Rgba, generated: Rgba, s: number): Rgba {
  const data = new Uint8Array(init.data.length);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.round((1 - s) * (init.data[i] ?? 0) + s * (generated.data[i] ?? 0));
  return { width: init.width, height: init.height, data };
}

export function maskStrength(source: MaskSource, init: Rgba, mask: Rgba | null): Float32Array {
  const n = init.width * init.height;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (source === 'INIT_IMAGE_ALPHA') out[i] = 1 - (init.data[i * 4 + 3] ?? 255) / 255;
    else {
      const grey = (mask?.data[i * 4] ?? 0) / 255;
      out[i] = source === 'MASK_IMAGE_WHITE' ? grey : 1 - grey;
    }
  }
  return out;
}

export function inpaint(init: Rgba, strength: Float32Array, generated: Rgba, _seed: number): Rgba {
  const data = new Uint8Array(init.data);
  for (let i = 0; i < strength.length; i++) {
    const s = strength[i] ?? 0;
    if (s === 0) continue;
    for (let c = 0; c < 4; c++) {
      const k = i * 4 + c;
      data[k] = Math.round((1 - s) * (init.data[k] ?? 0) + s * (generated.data[k] ?? 0));
    }
  }
  return { width: init.width, height: init.height, data };
}

export function softenForContentFilter(img: Rgba): Rgba {
  return img;
}
