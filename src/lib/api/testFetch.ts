/**
 * Test helpers for the client's unit tests (stubbed fetch, tiny PNG, goa bodies). Not exported from
 * index.ts. DOM-free and Node-type-free like the rest of src/.
 */
import type { Connection } from './connection.ts';
import type { GenerationRequest } from './backend/GenerationRequest.ts';

/** A 1×1 PNG; the real fixture images travel in tests/integration. */
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
export const KEY = 'sk-very-secret-key';
export const conn: Connection = { host: 'http://127.0.0.1:7860', apiKey: KEY, organization: 'org-a' };
export const t2i: GenerationRequest = {
  backend: 'v1alpha',
  mode: 'text-to-image',
  engineId: 'stable-diffusion-v1-5',
  params: { prompts: [{ text: 'blue sea', weight: 1 }], samples: 2, seed: 7 },
};

export interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch stub that records calls and answers with `respond()`. */
export function stubFetch(respond: (call: Call) => Response | Promise<Response>): {
  fetch: typeof fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  };
  return { fetch: fn as typeof fetch, calls };
}

export const b64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** A goa error body with every field, as the engine sends it. */
export const goa = (name: string, message: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name, id: 'a1B2c3D4', message, temporary: false, timeout: false, fault: false, ...extra });

/** Awaits a promise that must reject and returns what it rejected with. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
