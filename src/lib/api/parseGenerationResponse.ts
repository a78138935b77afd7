import type { ApiError } from './errors.ts';
import type { GeneratedImage } from './backend/GenerationRequest.ts';
import { invalidResponse } from './parseErrorResponse.ts';
import {
  artifactSchema,
  artifactsResponseSchema,
  finishReasonSchema,
  parseJsonBody,
  seedSchema,
} from './schemas.ts';
import { z } from './zod.ts';
import type { AcceptMode } from './wire.ts';

import { hasPngSignature } from './pngSignature.ts';

// Kept here too: the signature lives in a module without zod, so lib/png's writers stay light.
export { hasPngSignature, PNG_SIGNATURE } from './pngSignature.ts';

/** Decodes standard base64; `null` when the text is not base64. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** `{artifacts: [...]}`, or the artifacts alone. */
const artifactsOrArraySchema = z.union([
  artifactsResponseSchema,
  z.array(artifactSchema).check(z.minLength(1)),
]);

/** The parts of a 2xx generation response the parser needs (so tests need no real `Response`). */
export interface RawResponse {
  status: number;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
}

export type ParseResult = { ok: true; images: GeneratedImage[] } | { ok: false; error: ApiError };

/**
 * Validates a successful generation response and turns it into PNG blobs. The body's shape decides,
 * not its `Content-Type` (proxies rewrite it): a body starting with the PNG signature is read as a raw
 * PNG (seed from `Seed`, finish reason from `Finish-Reason`), anything else must be the artifacts JSON.
 * `accept` only sharpens the message when the server answered in the other format. `bareArray` also takes
 * the artifacts as a JSON array of their own, as v1's 2023 spec writes the answer (reference/v1-2023.yaml).
 */
export function parseGenerationResponse(
  raw: RawResponse,
  accept: AcceptMode,
  apiKey: string,
  bareArray = false,
): ParseResult {
  const fail = (detail: string): ParseResult => ({
    ok: false,
    error: invalidResponse(raw.status, detail, apiKey),
  });
  if (hasPngSignature(raw.body)) return parseRawPng(raw, fail);

  const parsed = parseJsonBody(
    new TextDecoder().decode(raw.body),
    bareArray ? artifactsOrArraySchema : artifactsResponseSchema,
  );
  if (!parsed.ok && parsed.issues !== null) return fail(`the artifacts JSON is invalid (${parsed.issues})`);
  if (!parsed.ok) {
    const contentType = raw.headers.get('Content-Type') ?? 'no content type';
    return fail(
      accept === 'image/png'
        ? `expected a PNG image, got ${contentType} that is not a PNG`
        : `expected JSON artifacts, got ${contentType} that is not JSON`,
    );
  }
  const images: GeneratedImage[] = [];
  const artifacts = Array.isArray(parsed.data) ? parsed.data : parsed.data.artifacts;
  for (const [i, a] of artifacts.entries()) {
    const bytes = decodeBase64(a.base64);
    if (!bytes) return fail(`artifacts.${i}.base64 is not base64`);
    if (!hasPngSignature(bytes)) return fail(`artifacts.${i}.base64 is not a PNG image`);
    images.push({
      png: new Blob([bytes], { type: 'image/png' }),
      seed: a.seed,
      finishReason: a.finishReason,
    });
  }
  return { ok: true, images };
}

function parseRawPng(raw: RawResponse, fail: (detail: string) => ParseResult): ParseResult {
  const seedText = raw.headers.get('Seed');
  const reasonText = raw.headers.get('Finish-Reason');
  // A cross-origin server that does not expose these headers hides them from the browser.
  if (seedText === null || reasonText === null) {
    return fail(
      `the PNG response lacks the ${seedText === null ? 'Seed' : 'Finish-Reason'} header (the server must send it and expose it to the page)`,
    );
  }
  const seed = seedSchema.safeParse(/^\d+$/.test(seedText.trim()) ? Number(seedText.trim()) : NaN);
  if (!seed.success) return fail(`the Seed header is not a valid seed: ${JSON.stringify(seedText)}`);
  const reason = finishReasonSchema.safeParse(reasonText.trim());
  if (!reason.success) {
    return fail(`the Finish-Reason header is not a known finish reason: ${JSON.stringify(reasonText)}`);
  }
  return {
    ok: true,
    images: [
      { png: new Blob([raw.body], { type: 'image/png' }), seed: seed.data, finishReason: reason.data },
    ],
  };
}
