import { randomUUID } from 'node:crypto';
import {
  parseV1Number,
  readFlattenedV1Fields,
  UPSCALE_ENGINES,
  V1_API_PREFIX,
  V1_ENGINE_CATALOGUE,
  V1_RULES,
  type V1ErrorName,
  type V1Field,
  type WireV1EnginesResponse,
  type WireV1ErrorBody,
} from '../../src/lib/api/index.ts';
import { parseAcceptWithQuality } from '../http/accept.ts';
import { parseAuthKey, V1X_AUTH_MESSAGES } from '../http/auth.ts';
import { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS } from '../http/cors.ts';
import { badRequest, type EngineErrorName } from '../http/EngineError.ts';
import { quoteClientValue } from '../http/quoteClientValue.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { readMultipartForm, type MultipartForm, type MultipartShape } from '../http/readMultipart.ts';
import { sendArtifactsV1x } from '../http/sendArtifacts.ts';
import { sendJson } from '../http/sendJson.ts';
import { firstIssueError } from '../operations/validateOrThrow.ts';
import type { V1xDialect } from './Dialect.ts';

const IMAGE_PARTS = new Set(['init_image', 'mask_image', 'image']);

/**
 * v1's uploads: every option is a field of its own, so there are many parts (prompts take two each);
 * only the image parts may not repeat — a repeated field is allowed, and its last value wins.
 */
const V1_MULTIPART: MultipartShape = {
  singleParts: IMAGE_PARTS,
  maxParts: 64,
  partsNote: '',
  expected: 'expected a multipart/form-data body with init_image and text_prompts[0][text] fields',
};
const V1_UPSCALE_MULTIPART: MultipartShape = {
  ...V1_MULTIPART,
  expected: 'expected a multipart/form-data body with an image part (and at most one of width, height)',
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The form's text fields (every part but the images), in the order they were sent. */
function textFields(form: MultipartForm): V1Field[] {
  return form.inOrder
    .filter((p) => !IMAGE_PARTS.has(p.name))
    .map((p) => {
      if (p.truncated) throw badRequest(`${quoteClientValue(p.name)} is too large`);
      try {
        return [p.name, strictUtf8.decode(p.bytes)] as const;
      } catch {
        throw badRequest(`${quoteClientValue(p.name)} is not valid UTF-8`);
      }
    });
}

/** An upscale size field: absent, or a number (the shared upscale rules judge its value). */
function sizeField(fields: readonly V1Field[], name: 'width' | 'height'): number | undefined {
  const value = fields.findLast(([n]) => n === name)?.[1];
  if (value === undefined || value.trim() === '') return undefined;
  const n = parseV1Number(value);
  if (n === null) throw badRequest(`${name} must be a number`);
  return n;
}

const V1_NAMES: Partial<Record<EngineErrorName, V1ErrorName>> = { fault: 'server_error' };

/**
 * v1 (shared/API.md §v1): text-to-image takes JSON; image-to-image and masking take flattened multipart
 * fields (lib/api v1Fields.ts); upscale takes `image` and at most one of `width`/`height`. Errors are
 * `{id, name, message}` as `application/json` (500 = `server_error`), the engine list a bare array, the
 * key `Bearer` or bare, Accept read with quality values.
 */
export const v1: V1xDialect = {
  kind: 'v1x',
  id: 'v1',
  prefix: V1_API_PREFIX,
  rules: V1_RULES,
  engines: V1_ENGINE_CATALOGUE,
  upscaleEngines: UPSCALE_ENGINES,
  imageFields: { init: 'init_image', mask: 'mask_image', upscale: 'image' },
  corsAllowHeaders: `${CORS_ALLOW_HEADERS}, Stability-Client-ID, Stability-Client-Version`,
  corsExposeHeaders: CORS_EXPOSE_HEADERS,
  readKey: parseAuthKey,
  authMessages: V1X_AUTH_MESSAGES,
  checksOrganization: true,
  parseAccept: parseAcceptWithQuality,
  acceptError: 'Accept must allow application/json or image/png',

  async readGeneration(req, mode) {
    if (mode === 'text-to-image') return { options: await readJsonBody(req) };
    const form = await readMultipartForm(req, V1_MULTIPART);
    const read = readFlattenedV1Fields(textFields(form));
    if (read.issues.length > 0) throw firstIssueError(read.issues);
    return {
      options: read.options,
      init: form.parts.get('init_image'),
      mask: mode === 'masking' ? form.parts.get('mask_image') : undefined,
    };
  },

  async readUpscale(req) {
    const form = await readMultipartForm(req, V1_UPSCALE_MULTIPART);
    const fields = textFields(form);
    return {
      image: form.parts.get('image'),
      width: sizeField(fields, 'width'),
      height: sizeField(fields, 'height'),
    };
  },

  sendArtifacts: sendArtifactsV1x,
  sendEngines(res, engines) {
    const body: WireV1EnginesResponse = engines;
    sendJson(res, body);
  },
  errorAnswer(name, message) {
    const body: WireV1ErrorBody = { id: randomUUID(), name: V1_NAMES[name] ?? name, message };
    return { contentType: 'application/json', body: { ...body } };
  },
};
