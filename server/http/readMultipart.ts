import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { LIMITS } from '../../src/lib/api/index.ts';
import { badRequest } from './EngineError.ts';
import { consumeBody } from './readBody.ts';

/**
 * Cap on a whole multipart upload (decided; documented in server/README.md): room for a 10 MiB init image,
 * a 10 MiB mask and the options, with margin for multipart framing.
 */
export const UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

/** At most this many parts are read; the API uses three (init_image, mask_image, options). */
const MAX_PARTS = 16;

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
 * Reads a multipart/form-data body into parts by name (the first part of a name wins). Each part is cut
 * at LIMITS.imageFileMaxBytes (flagged `truncated`); the whole body over UPLOAD_MAX_BYTES → 400
 * `invalid_file_size`; a body that is not multipart or ends early → 400 `bad_request`.
 */
export async function readMultipart(req: IncomingMessage): Promise<Map<string, MultipartPart>> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw badRequest('expected a multipart/form-data body with init_image and options parts');
  }
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: req.headers,
      defCharset: 'latin1',
      limits: {
        fileSize: LIMITS.imageFileMaxBytes,
        fieldSize: LIMITS.imageFileMaxBytes,
        parts: MAX_PARTS,
        headerPairs: 64,
      },
    });
  } catch {
    throw badRequest('malformed multipart/form-data Content-Type (missing boundary?)');
  }

  const parts = new Map<string, MultipartPart>();
  const keep = (part: MultipartPart): void => {
    if (!parts.has(part.name)) parts.set(part.name, part);
  };
  const parsed = new Promise<void>((resolve, reject) => {
    bb.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () =>
        keep({
          name,
          bytes: Buffer.concat(chunks),
          filename: info.filename,
          mimeType: info.mimeType,
          truncated: stream.truncated === true,
        }),
      );
    });
    bb.on('field', (name, value, info) =>
      keep({
        name,
        bytes: fieldBytes(value),
        filename: undefined,
        mimeType: info.mimeType,
        truncated: info.valueTruncated,
      }),
    );
    bb.on('close', () => resolve());
    bb.on('error', () =>
      reject(badRequest('malformed multipart/form-data body (truncated or badly framed)')),
    );
  });
  // If reading the body fails first, the parser's own failure is moot.
  parsed.catch(() => undefined);

  await consumeBody(
    req,
    UPLOAD_MAX_BYTES,
    () =>
      badRequest(
        `the upload is larger than ${UPLOAD_MAX_BYTES} bytes (25 MiB) in total`,
        'invalid_file_size',
      ),
    (chunk) => {
      bb.write(chunk);
    },
  );
  bb.end();
  await parsed;
  return parts;
}
