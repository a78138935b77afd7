import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { LIMITS } from '../../src/lib/api/index.ts';
import { badRequest, type EngineError } from './EngineError.ts';
import { quoteClientValue } from './quoteClientValue.ts';
import { consumeBody } from './readBody.ts';

/**
 * Cap on a whole multipart upload (decided; documented in server/README.md): room for a 10 MiB init image,
 * a 10 MiB mask and the options, with margin for multipart framing.
 */
export const UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

/**
 * At most this many parts are read; the API uses three (init_image, mask_image, options). More is refused
 * rather than cut, because a cut drops whichever parts come last (`options`, say) and the client then hears
 * about a missing part it did send.
 */
export const MAX_PARTS = 16;

/** How one API's uploads are read: which parts it names, how many parts it may take, what to ask for. */
export interface MultipartShape {
  /** Parts that may appear once, since two of them leave it ambiguous which one is meant. */
  singleParts: ReadonlySet<string>;
  /** At most this many parts are read (more is refused, never cut). */
  maxParts: number;
  /** What the refusal of too many parts adds after the limit (e.g. `(the API uses 3)`). */
  partsNote: string;
  /** The refusal of a body that is not multipart: what to send instead. */
  expected: string;
  /** The whole body at most this many bytes (default UPLOAD_MAX_BYTES)… */
  maxBytes?: number;
  /** …else this error, once the body is drained (default 400 `invalid_file_size`). */
  tooLarge?: () => EngineError;
}

/** v1alpha's uploads: init_image, mask_image and one `options` JSON part. */
export const V1ALPHA_MULTIPART: MultipartShape = {
  singleParts: new Set(['init_image', 'mask_image', 'options']),
  maxParts: MAX_PARTS,
  partsNote: ' (the API uses 3)',
  expected: 'expected a multipart/form-data body with init_image and options parts',
};

/** A whole form: the first part of each name, and every part in the order the client sent them. */
export interface MultipartForm {
  parts: Map<string, MultipartPart>;
  inOrder: MultipartPart[];
}

/** One multipart part, file or plain field, as raw bytes. */
export interface MultipartPart {
  name: string;
  bytes: Buffer;
  filename: string | undefined;
  mimeType: string;
  /** True when the part was larger than the per-part limit (its bytes are cut). */
  truncated: boolean;
}

/**
 * Plain fields arrive as strings decoded as latin1 (the parser's default charset is set so), which maps
 * bytes 1:1 and therefore gives back binary parts — images sent without a filename — unharmed. A field
 * holding characters above U+00FF was decoded from an explicit charset, so its UTF-8 bytes are used.
 */
export function fieldBytes(value: string): Buffer {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u00ff]/.test(value) ? Buffer.from(value, 'utf8') : Buffer.from(value, 'latin1');
}

/**
 * Turns a parser failure into the client's answer. Busboy says "Unexpected end of form/file" when the body
 * stops inside the form: inside a part (a truncated upload), or before any part was complete (often a
 * boundary that never appears in the body).
 */
function parserFailure(err: unknown, sawPart: boolean): EngineError {
  const reason = err instanceof Error ? err.message : String(err);
  if (/unexpected end of (form|file)/i.test(reason)) {
    return sawPart
      ? badRequest('the upload ended early: the multipart body stops inside a part (truncated upload)')
      : badRequest(
          'the upload ended early or is badly framed: no complete part was found (does the body use the boundary from Content-Type?)',
        );
  }
  return badRequest(`malformed multipart/form-data body (${reason.toLowerCase()})`);
}

/**
 * Reads a multipart/form-data body into parts by name. Each part is cut at LIMITS.imageFileMaxBytes (flagged
 * `truncated`); the whole body over UPLOAD_MAX_BYTES → 400 `invalid_file_size`; a body that is not multipart,
 * ends early, is badly framed, has more than `shape.maxParts` parts or repeats one of `shape.singleParts`
 * → 400 `bad_request`. Every parser and file-stream error ends here as that 400: none is left without a
 * listener, where it would take the whole process down.
 */
export async function readMultipart(
  req: IncomingMessage,
  shape: MultipartShape = V1ALPHA_MULTIPART,
): Promise<Map<string, MultipartPart>> {
  return (await readMultipartForm(req, shape)).parts;
}

/** {@link readMultipart}, also giving every part in arrival order (v1: a repeated field's last one wins). */
export async function readMultipartForm(req: IncomingMessage, shape: MultipartShape): Promise<MultipartForm> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw badRequest(shape.expected);
  }
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: req.headers,
      defCharset: 'latin1',
      limits: {
        fileSize: LIMITS.imageFileMaxBytes,
        fieldSize: LIMITS.imageFileMaxBytes,
        // Busboy reports its limit once that many parts are complete, so one over ours tells "too many".
        parts: shape.maxParts + 1,
        headerPairs: 64,
      },
    });
  } catch {
    throw badRequest('malformed multipart/form-data Content-Type (missing boundary?)');
  }

  const parts = new Map<string, MultipartPart>();
  const inOrder: MultipartPart[] = [];
  let sawPart = false;
  let failure: EngineError | undefined;
  const fail = (err: EngineError): void => {
    failure ??= err;
  };
  const keep = (part: MultipartPart): void => {
    if (!parts.has(part.name)) parts.set(part.name, part);
    inOrder.push(part);
  };
  // Names are recorded when a part starts: a file part is only kept once its stream ends, which can be
  // after the next part has started.
  const started = new Set<string>();
  const start = (name: string): void => {
    sawPart = true;
    if (started.has(name) && shape.singleParts.has(name)) {
      fail(badRequest(`${quoteClientValue(name)} was sent more than once; send each part once`));
    }
    started.add(name);
  };
  const parsed = new Promise<void>((resolve, reject) => {
    bb.on('file', (name, stream, info) => {
      start(name);
      // Kept from its start, so `inOrder` has it where it was sent; its bytes are filled in at its end.
      const part: MultipartPart = {
        name,
        bytes: Buffer.alloc(0),
        filename: info.filename,
        mimeType: info.mimeType,
        truncated: false,
      };
      keep(part);
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      // A body that stops inside this file fails the stream as well as the parser; both mean the same.
      stream.on('error', (err) => fail(parserFailure(err, true)));
      stream.on('end', () => {
        part.bytes = Buffer.concat(chunks);
        part.truncated = stream.truncated === true;
      });
    });
    bb.on('field', (name, value, info) => {
      start(name);
      keep({
        name,
        bytes: fieldBytes(value),
        filename: undefined,
        mimeType: info.mimeType,
        truncated: info.valueTruncated,
      });
    });
    bb.on('partsLimit', () =>
      fail(badRequest(`too many multipart parts: at most ${shape.maxParts} are read${shape.partsNote}`)),
    );
    bb.on('close', () => (failure ? reject(failure) : resolve()));
    bb.on('error', (err) => {
      fail(parserFailure(err, sawPart));
      reject(failure);
    });
  });
  // If reading the body fails first, the parser's own failure is moot.
  parsed.catch(() => undefined);

  await consumeBody(
    req,
    shape.maxBytes ?? UPLOAD_MAX_BYTES,
    shape.tooLarge ??
      (() =>
        badRequest(
          `the upload is larger than ${UPLOAD_MAX_BYTES} bytes (25 MiB) in total`,
          'invalid_file_size',
        )),
    (chunk) => {
      // A parser that has failed is destroyed; the rest of the body is only drained.
      if (!bb.destroyed) bb.write(chunk);
    },
  );
  bb.end();
  await parsed;
  return { parts, inOrder };
}
