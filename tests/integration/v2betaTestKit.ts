/** Helpers for the engine's v2beta integration tests (not a test file itself). */
import { expect } from 'vitest';
import { v2betaPath, type V2betaEndpoint, type WireV2betaImageJson } from '../../src/lib/api/index.ts';
import { decodeRgba, KEY, toBytes, type Raw } from './engineTestKit.ts';

export const BEARER = `Bearer ${KEY}`;

export function v2Url(base: string, endpoint: V2betaEndpoint): string {
  return `${base}${v2betaPath(endpoint)}`;
}

/** A form entry: a text field, or a file part (a Buffer, sent as `<name>.png` unless `filename` says). */
export type V2Entry = readonly [name: string, value: string | Buffer];

/** POSTs a multipart form in the given order, with `authorization: Bearer` unless `headers` replace it. */
export function postV2(
  base: string,
  endpoint: V2betaEndpoint,
  entries: readonly V2Entry[],
  headers: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([toBytes(value)]), `${name}.png`);
  }
  return fetch(v2Url(base, endpoint), {
    method: 'POST',
    headers: { authorization: BEARER, ...headers },
    body: form,
  });
}

/** A success as bytes (`accept: image/*`): the image, its headers, and the pixels decoded. */
export interface V2Image {
  bytes: Buffer;
  contentType: string | null;
  seed: number;
  finishReason: string | null;
  requestId: string | null;
  raw: Raw;
}

/** Reads a 200 byte answer; fails with the body when it is not one. */
export async function imageOf(res: Response): Promise<V2Image> {
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200)
    throw new Error(`expected 200, got ${res.status}: ${bytes.toString('utf8').slice(0, 600)}`);
  return {
    bytes,
    contentType: res.headers.get('content-type'),
    seed: Number(res.headers.get('seed')),
    finishReason: res.headers.get('finish-reason'),
    requestId: res.headers.get('x-request-id'),
    raw: await decodeRgba(bytes),
  };
}

/** Reads a 200 JSON answer (`accept: application/json`). */
export async function jsonImageOf(
  res: Response,
): Promise<WireV2betaImageJson & { contentType: string | null }> {
  const text = await res.text();
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${text.slice(0, 600)}`);
  return { ...(JSON.parse(text) as WireV2betaImageJson), contentType: res.headers.get('content-type') };
}

/**
 * A v2beta error answer: `{id, name, errors}` and nothing else, as `application/json`, the id 32 hex digits
 * and equal to `x-request-id`. Returns the errors.
 */
export async function expectV2Error(res: Response, status: number, name: string): Promise<string[]> {
  const text = await res.text();
  expect({ status: res.status, contentType: res.headers.get('content-type'), text }).toMatchObject({
    status,
    contentType: 'application/json',
  });
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['errors', 'id', 'name']);
  expect(body['name']).toBe(name);
  expect(body['id']).toMatch(/^[0-9a-f]{32}$/);
  expect(res.headers.get('x-request-id')).toBe(body['id']);
  const errors = body['errors'] as unknown[];
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e).toMatch(/^[a-z_-]+: \S/);
  return errors as string[];
}

/** The balance every API shares. */
export async function balanceOf(base: string): Promise<number> {
  const res = await fetch(`${base}/v1/user/balance`, { headers: { authorization: BEARER } });
  return ((await res.json()) as { credits: number }).credits;
}

/** Size of a decoded picture as [width, height]. */
export const sizeOf = (raw: Raw): [number, number] => [raw.width, raw.height];

/** Mean absolute difference per byte between two same-size rasters (∞ when sizes differ). */
export function meanDiff(a: Raw, b: Raw): number {
  if (a.width !== b.width || a.height !== b.height) return Infinity;
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}
