import { z } from '../../zod.ts';
import {
  V2BETA_FINISH_REASONS,
  type V2betaErrorName,
  type V2betaFinishReason,
  type V2betaOutputFormat,
} from './vocabulary.ts';

/**
 * The answers of the synchronous v2beta endpoints (shared/API-v2beta.md §3, §5). Requests are multipart text
 * fields named as in fieldRules.ts, numbers written as decimal strings, plus the `image` / `mask` file parts.
 */

/** `accept: application/json` success (§3.2): `content-type: application/json; type=image/<format>`. */
export interface WireV2betaImageJson {
  /** The image file, base64. */
  image: string;
  finish_reason: V2betaFinishReason;
  seed: number;
}

/** `accept: image/*` success (§3.1): the file itself, with these headers (names lowercase on the wire). */
export interface WireV2betaImageHeaders {
  'content-type': `image/${V2betaOutputFormat}`;
  'finish-reason': V2betaFinishReason;
  /** Decimal string. */
  seed: string;
  'x-request-id': string;
}

/** Every v2beta error (§5.1): `errors` holds `"<field>: <problem>"` strings, at least one. */
export interface WireV2betaErrorBody {
  id: string;
  name: V2betaErrorName | (string & {});
  errors: string[];
}

/** Parses a JSON success body; the seed is optional on the wire (S26 requires only image and finish_reason). */
export const v2betaImageJsonSchema = z.object({
  image: z.string().check(z.minLength(1)),
  finish_reason: z.enum(V2BETA_FINISH_REASONS),
  seed: z.optional(z.number()),
});

/** Parses an error body. */
export const v2betaErrorBodySchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  errors: z.array(z.string()).check(z.minLength(1)),
});

/** The media type a JSON success names in `content-type` (`application/json; type=image/webp` → `image/webp`). */
export function jsonImageType(contentType: string): string | null {
  const match = /;\s*type=(image\/[a-z]+)/i.exec(contentType);
  return match?.[1]?.toLowerCase() ?? null;
}
