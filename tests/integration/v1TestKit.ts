/** Helpers for the engine's v1 integration tests (not a test file itself). */
import { expect } from 'vitest';
import { KEY, toBytes } from './engineTestKit.ts';

export const V1_ENGINE = 'stable-diffusion-v1-6';
export const SDXL = 'stable-diffusion-xl-1024-v1-0';
export const BEARER = `Bearer ${KEY}`;

export function v1Url(base: string, mode: string, engine = V1_ENGINE): string {
  return `${base}/v1/generation/${engine}/${mode}`;
}

/** POSTs a v1 JSON text-to-image request with `Authorization: Bearer`. */
export function postV1T2I(
  base: string,
  body: unknown,
  headers: Record<string, string> = {},
  engine = V1_ENGINE,
) {
  return fetch(v1Url(base, 'text-to-image', engine), {
    method: 'POST',
    headers: {
      Authorization: BEARER,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A v1 form: text fields and files in exactly the given order (the order is part of what is tested). */
export type FormEntry = readonly [name: string, value: string | Buffer];

/** POSTs a FormData built from `entries` in order (Buffers as files named after the field). */
export function postV1Form(url: string, entries: readonly FormEntry[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([toBytes(value)], { type: 'image/png' }), `${name}.png`);
  }
  return fetch(url, { method: 'POST', headers: { Authorization: BEARER, ...headers }, body: form });
}

/** A v1 error answer: `{id, name, message}` and nothing else, as `application/json`; returns the message. */
export async function expectV1Error(
  res: Response,
  status: number,
  name: string,
  messagePrefix?: string,
): Promise<string> {
  const text = await res.text();
  expect({ status: res.status, contentType: res.headers.get('content-type'), text }).toMatchObject({
    status,
    contentType: 'application/json',
  });
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['id', 'message', 'name']);
  expect(body['name']).toBe(name);
  expect(body['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  const message = String(body['message']);
  if (messagePrefix !== undefined) expect(message.startsWith(messagePrefix), message).toBe(true);
  return message;
}
