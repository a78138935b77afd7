/** Shared helpers for the engine integration tests (not a test file itself). */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll } from 'vitest';
import { LOCAL_ENGINE_DEV_KEY, type WireArtifactsResponse } from '../../src/lib/api/index.ts';
import type { EngineConfig } from '../../server/config.ts';
import { startEngine, type RunningEngine } from '../../server/listen.ts';

export const KEY = LOCAL_ENGINE_DEV_KEY;
export const ENGINE = 'stable-diffusion-v1-5';
export const FIXTURES = new URL('../fixtures/stability-examples', import.meta.url).pathname;

export function fixture(name: string): Buffer {
  return readFileSync(`${FIXTURES}/${name}`);
}

/** Starts a fresh engine on an ephemeral loopback port for the enclosing describe/file. */
export function withEngine(overrides: Partial<EngineConfig> = {}): {
  readonly url: string;
  readonly running: RunningEngine;
} {
  let running: RunningEngine | undefined;
  beforeAll(async () => {
    running = await startEngine({ host: '127.0.0.1', port: 0, delayMs: 0, ...overrides });
  });
  afterAll(async () => {
    await running?.close();
  });
  return {
    get url() {
      if (!running) throw new Error('engine not started');
      return running.url;
    },
    get running() {
      if (!running) throw new Error('engine not started');
      return running;
    },
  };
}

export function genUrl(base: string, mode: string, engine = ENGINE): string {
  return `${base}/v1alpha/generation/${engine}/${mode}`;
}

/** POSTs a JSON text-to-image request (body may be a raw string for hostile-input tests). */
export function postT2I(base: string, body: unknown, headers: Record<string, string> = {}, engine = ENGINE) {
  return fetch(genUrl(base, 'text-to-image', engine), {
    method: 'POST',
    headers: { Authorization: KEY, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface ErrorShape {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** Reads an error response, asserting nothing; callers check. */
export async function readError(res: Response): Promise<ErrorShape> {
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

/** The goa body every error carries, with the message prefix checked when given. */
export async function expectGoaError(
  res: Response,
  status: number,
  name: string,
  messagePrefix?: string,
): Promise<Record<string, unknown>> {
  const e = await readError(res);
  const ok =
    e.status === status &&
    e.contentType === 'application/vnd.goa.error' &&
    e.body['name'] === name &&
    typeof e.body['id'] === 'string' &&
    /^[A-Za-z0-9]{8}$/.test(e.body['id']) &&
    e.body['temporary'] === false &&
    e.body['timeout'] === false &&
    e.body['fault'] === (name === 'fault') &&
    typeof e.body['message'] === 'string' &&
    !/\n\s+at /.test(e.body['message']) &&
    (messagePrefix === undefined || e.body['message'].startsWith(messagePrefix));
  if (!ok) throw new Error(`expected ${status} ${name} ${messagePrefix ?? ''}, got ${JSON.stringify(e)}`);
  return e.body;
}

export async function artifacts(res: Response): Promise<WireArtifactsResponse['artifacts']> {
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${await res.text()}`);
  return ((await res.json()) as WireArtifactsResponse).artifacts;
}

export interface Raw {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}

/** Decodes a PNG (bytes or base64) to raw RGBA. */
export async function decodeRgba(png: Buffer | string): Promise<Raw> {
  const bytes = typeof png === 'string' ? Buffer.from(png, 'base64') : png;
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data };
}

/** A solid-colour image of the given size, encoded as `format`. */
export function solidImage(
  width: number,
  height: number,
  rgba: { r: number; g: number; b: number; alpha: number },
  format: 'png' | 'jpeg' | 'webp' = 'png',
): Promise<Buffer> {
  const img = sharp({ create: { width, height, channels: 4, background: rgba } });
  if (format === 'jpeg') return img.jpeg().toBuffer();
  if (format === 'webp') return img.webp({ lossless: true }).toBuffer();
  return img.png().toBuffer();
}

/** A raw RGBA buffer encoded as PNG. */
export function rawPng(width: number, height: number, data: Uint8Array): Promise<Buffer> {
  return sharp(Buffer.from(data), { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

export interface RawPart {
  name: string;
  data: Buffer | string;
  filename?: string;
  contentType?: string;
}

/** Builds a multipart body by hand, so parts can omit filename and content type as real clients did. */
export function buildMultipart(
  parts: RawPart[],
  boundary = 'gessoTestBoundary7MA4YWxk',
): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.filename !== undefined) head += `; filename="${p.filename}"`;
    head += '\r\n';
    if (p.contentType !== undefined) head += `Content-Type: ${p.contentType}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A copy on a plain ArrayBuffer, which is what fetch and Blob are typed to take. */
export function toBytes(b: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(b);
}

/** POSTs a hand-built multipart body. */
export function postRawMultipart(url: string, parts: RawPart[], headers: Record<string, string> = {}) {
  const { body, contentType } = buildMultipart(parts);
  return fetch(url, {
    method: 'POST',
    headers: { Authorization: KEY, 'Content-Type': contentType, ...headers },
    body: toBytes(body),
  });
}

/** POSTs FormData the way a browser would (options as a text field unless given as a Blob). */
export function postForm(
  url: string,
  fields: { init_image?: Buffer; mask_image?: Buffer; options?: unknown; optionsAsFile?: boolean },
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  if (fields.init_image) form.append('init_image', new Blob([toBytes(fields.init_image)]), 'init.png');
  if (fields.mask_image) form.append('mask_image', new Blob([toBytes(fields.mask_image)]), 'mask.png');
  if (fields.options !== undefined) {
    const json = typeof fields.options === 'string' ? fields.options : JSON.stringify(fields.options);
    if (fields.optionsAsFile) form.append('options', new Blob([json], { type: 'application/json' }), 'blob');
    else form.append('options', json);
  }
  return fetch(url, { method: 'POST', headers: { Authorization: KEY, ...headers }, body: form });
}

export const PROMPT = { text_prompts: [{ text: 'a red fox in a blue forest', weight: 1 }] };
