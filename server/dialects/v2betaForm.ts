import type { IncomingMessage } from 'node:http';
import {
  V2BETA_FIELD_RULES,
  type V2betaEndpoint,
  type V2betaFields,
  type V2betaImages,
} from '../../src/lib/api/index.ts';
import { problemsError } from '../http/EngineError.ts';
import { quoteClientValue } from '../http/quoteClientValue.ts';
import { readMultipartForm, type MultipartPart, type MultipartShape } from '../http/readMultipart.ts';
import { readHeaderSize, sniffImageType } from '../generation/pixels.ts';

/** Largest v2beta request body (§2.2): beyond it 413 `payload_too_large`. */
export const V2BETA_BODY_MAX_BYTES = 10 * 1024 * 1024;

/** The answer to a request with no body or no multipart content type (§10.2, as the live service says it). */
export const CONTENT_TYPE_REQUIRED = 'content-type: required';

/**
 * v2beta's uploads: the fields of one endpoint (unknown ones are read and ignored), so up to 64 parts;
 * repeats are reported per field by readV2betaForm rather than refused by the parser, so they join the list.
 */
const V2BETA_MULTIPART: MultipartShape = {
  singleParts: new Set(),
  maxParts: 64,
  partsNote: '',
  expected: CONTENT_TYPE_REQUIRED,
  maxBytes: V2BETA_BODY_MAX_BYTES,
  tooLarge: () => problemsError('payload_too_large', ['body: payloads cannot be larger than 10MiB in size']),
};

/** A request's multipart body as validateV2beta takes it, plus what reading found wrong. */
export interface V2betaForm {
  /** The endpoint's text fields (others are ignored). */
  fields: V2betaFields;
  /** The image parts as sent. */
  parts: Partial<Record<'image' | 'mask', MultipartPart>>;
  /** Their sizes from the container header (`null` = not a readable PNG, JPEG or WebP). */
  sizes: V2betaImages;
  /** `"<field>: <problem>"` for fields sent twice or not UTF-8. */
  problems: string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** An image part's size from its header, read without decoding anything; `null` when it is no image we take. */
function headerSizeOf(part: MultipartPart): { width: number; height: number } | null {
  if (part.bytes.length === 0 || sniffImageType(part.bytes) === null) return null;
  return readHeaderSize(part.bytes);
}

/**
 * Reads a v2beta body: no body or no multipart content type → 400 `content-type: required`; over 10 MiB →
 * 413; a body the parser cannot read → 400. Fields the endpoint does not read are skipped unread; a field
 * sent twice or not UTF-8 is a problem of its own (the first value is kept, so the other rules still run).
 */
export async function readV2betaForm(req: IncomingMessage, endpoint: V2betaEndpoint): Promise<V2betaForm> {
  const contentType = req.headers['content-type'] ?? '';
  if (contentType.trim() === '' || req.headers['content-length'] === '0') {
    throw problemsError('bad_request', [CONTENT_TYPE_REQUIRED]);
  }
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw problemsError('bad_request', [
      `${CONTENT_TYPE_REQUIRED}: send multipart/form-data, received ${quoteClientValue(contentType)}`,
    ]);
  }
  const form = await readMultipartForm(req, V2BETA_MULTIPART);
  const rules = V2BETA_FIELD_RULES[endpoint];
  const fields: Record<string, string> = {};
  const parts: V2betaForm['parts'] = {};
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const part of form.inOrder) {
    const rule = Object.hasOwn(rules, part.name) ? rules[part.name] : undefined;
    if (!rule) continue;
    if (seen.has(part.name)) {
      problems.push(`${part.name}: sent more than once; send each field once`);
      continue;
    }
    seen.add(part.name);
    if (rule.kind === 'file') {
      parts[part.name as 'image' | 'mask'] = part;
      continue;
    }
    try {
      fields[part.name] = strictUtf8.decode(part.bytes);
    } catch {
      problems.push(`${part.name}: must be UTF-8 text`);
      fields[part.name] = lenientUtf8.decode(part.bytes);
    }
  }
  const sizes: { image?: ReturnType<typeof headerSizeOf>; mask?: ReturnType<typeof headerSizeOf> } = {};
  if (parts.image) sizes.image = headerSizeOf(parts.image);
  if (parts.mask) sizes.mask = headerSizeOf(parts.mask);
  return { fields, parts, sizes, problems };
}
