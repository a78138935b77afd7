/** Hostile multipart uploads: truncations, broken framing, too many or repeated parts, lying images. */
import { buildMultipart, type RawPart } from '../engineTestKit.ts';
import { httpRequest, type RawRequest } from './rawHttp.ts';
import {
  AUTH,
  badRequest,
  BOUNDARY,
  ENDED_EARLY,
  KEEP_INIT_OPTIONS,
  MASK_OPTIONS,
  MASKING,
  I2I,
  offsetOf,
  upload,
  uploadParts,
  type CorpusContext,
  type HostileCase,
} from './corpusKit.ts';

/** The masking upload with the mask last, so a cut can land inside it. */
const maskingParts = (ctx: CorpusContext) => [
  { name: 'options', data: MASK_OPTIONS },
  { name: 'init_image', data: ctx.images.init, filename: 'init.png', contentType: 'image/png' },
  { name: 'mask_image', data: ctx.images.mask, filename: 'mask.png', contentType: 'image/png' },
];

/** Cuts `body` `into` bytes after the start of the part named `name`'s data. */
const cutInside =
  (name: string, into = 4000) =>
  (body: Buffer) => {
    const header = offsetOf(body, `name="${name}"`);
    return body.subarray(0, offsetOf(body.subarray(header), '\r\n\r\n') + header + 4 + into);
  };

/** Image-to-image with `init_image` replaced by `bytes`. */
const withInit = (ctx: CorpusContext, bytes: Buffer) =>
  upload(ctx, [
    { name: 'options', data: KEEP_INIT_OPTIONS },
    { name: 'init_image', data: bytes, filename: 'x.png' },
  ]);

const upload4 = (ctx: CorpusContext) => uploadParts(ctx.images);

const multipartBody = (parts: RawPart[]): Buffer => buildMultipart(parts, BOUNDARY).body;

/** An image-to-image upload sent with Transfer-Encoding: chunked, one HTTP chunk per buffer. */
function chunkedUpload(ctx: CorpusContext, chunks: Buffer[], unterminated = false): RawRequest {
  const bytes = httpRequest({
    method: 'POST',
    path: I2I,
    headers: [['Host', ctx.host], AUTH, ['Content-Type', `multipart/form-data; boundary=${BOUNDARY}`]],
    chunked: { chunks, unterminated },
  });
  return { chunks: [bytes] };
}

export const UPLOAD_CASES: HostileCase[] = [
  // --- the four truncations of issue 7, §1, and their relatives ---
  {
    name: 'multipart body cut inside init_image',
    request: (ctx) => upload(ctx, upload4(ctx), { shape: cutInside('init_image') }),
    expect: ENDED_EARLY,
  },
  {
    name: 'multipart body cut inside mask_image',
    request: (ctx) => upload(ctx, maskingParts(ctx), { path: MASKING, shape: cutInside('mask_image') }),
    expect: ENDED_EARLY,
  },
  {
    name: 'multipart body 5,000 bytes short (Content-Length matches what is sent)',
    request: (ctx) => upload(ctx, upload4(ctx), { shape: (b) => b.subarray(0, b.length - 5000) }),
    expect: ENDED_EARLY,
  },
  {
    name: 'chunked upload whose last chunk ends mid-file',
    request: (ctx) => {
      const body = cutInside('init_image', 100_000)(multipartBody(upload4(ctx)));
      const third = Math.ceil(body.length / 3);
      return chunkedUpload(
        ctx,
        [0, 1, 2].map((i) => body.subarray(i * third, (i + 1) * third)),
      );
    },
    expect: ENDED_EARLY,
  },
  {
    name: 'Content-Length 5,000 bytes more than sent, then the client closes its side',
    request: (ctx) => {
      const full = upload(ctx, upload4(ctx)).chunks[0] ?? Buffer.alloc(0);
      return { chunks: [full.subarray(0, full.length - 5000)], halfClose: true };
    },
    expect: ENDED_EARLY,
  },
  {
    name: 'chunked upload cut inside a chunk, then the client closes its side',
    request: (ctx) => {
      const whole = chunkedUpload(ctx, [multipartBody(upload4(ctx))], true).chunks[0] ?? Buffer.alloc(0);
      return { chunks: [whole.subarray(0, whole.length - 1000)], halfClose: true };
    },
    expect: ENDED_EARLY,
  },
  {
    name: 'multipart body cut inside the options field',
    request: (ctx) => upload(ctx, upload4(ctx), { shape: cutInside('options', 10) }),
    expect: ENDED_EARLY,
  },
  {
    name: 'multipart body cut inside a part header',
    request: (ctx) =>
      upload(ctx, upload4(ctx), { shape: (b) => b.subarray(0, offsetOf(b, 'name="init_image"') + 8) }),
    expect: ENDED_EARLY,
  },
  {
    name: 'multipart body without its closing boundary',
    request: (ctx) =>
      upload(ctx, upload4(ctx), { shape: (b) => b.subarray(0, b.lastIndexOf(`--${BOUNDARY}--`)) }),
    expect: ENDED_EARLY,
  },
  // --- framing ---
  {
    name: 'a boundary in Content-Type that the body never uses',
    request: (ctx) =>
      upload(ctx, upload4(ctx), { contentType: 'multipart/form-data; boundary=somethingElseEntirely' }),
    expect: badRequest('the upload ended early or is badly framed'),
  },
  {
    name: 'multipart Content-Type without a boundary',
    request: (ctx) => upload(ctx, upload4(ctx), { contentType: 'multipart/form-data; charset=utf-8' }),
    expect: badRequest('malformed multipart/form-data Content-Type'),
  },
  {
    name: 'empty multipart body',
    request: (ctx) => upload(ctx, upload4(ctx), { shape: () => Buffer.alloc(0) }),
    expect: badRequest('the upload ended early or is badly framed'),
  },
  {
    name: 'JSON content type on image-to-image',
    request: (ctx) => upload(ctx, upload4(ctx), { contentType: 'application/json' }),
    expect: badRequest('expected a multipart/form-data body'),
  },
  {
    name: 'a part header line without a colon',
    request: (ctx) =>
      upload(ctx, upload4(ctx), {
        shape: (b) =>
          Buffer.from(
            b.toString('latin1').replace('Content-Type: image/png', 'Content-Type image/png'),
            'latin1',
          ),
      }),
    expect: badRequest('malformed multipart/form-data body'),
  },
  {
    name: '17 parts with options last (one over the limit)',
    request: (ctx) =>
      upload(ctx, [
        ...Array.from({ length: 15 }, (_, i) => ({ name: `extra${i}`, data: 'x' })),
        ...uploadParts(ctx.images).reverse(),
      ]),
    expect: badRequest('too many multipart parts: at most 16'),
  },
  {
    name: '500 tiny parts',
    request: (ctx) =>
      upload(ctx, [
        ...uploadParts(ctx.images),
        ...Array.from({ length: 498 }, () => ({ name: 'x', data: '' })),
      ]),
    expect: badRequest('too many multipart parts: at most 16'),
  },
  {
    name: 'options sent twice',
    request: (ctx) =>
      upload(ctx, [...upload4(ctx), { name: 'options', data: '{"text_prompts":[{"text":"b"}]}' }]),
    expect: badRequest('"options" was sent more than once'),
  },
  {
    name: 'init_image sent twice',
    request: (ctx) =>
      upload(ctx, [...upload4(ctx), { name: 'init_image', data: ctx.images.mask, filename: 'b.png' }]),
    expect: badRequest('"init_image" was sent more than once'),
  },
  {
    name: 'mask_image sent twice',
    request: (ctx) =>
      upload(ctx, [...maskingParts(ctx), { name: 'mask_image', data: ctx.images.mask, filename: 'm.png' }], {
        path: MASKING,
      }),
    expect: badRequest('"mask_image" was sent more than once'),
  },
  {
    name: 'no options part',
    request: (ctx) => upload(ctx, upload4(ctx).slice(1)),
    expect: badRequest('options is required'),
  },
  {
    name: 'options that are not JSON',
    request: (ctx) => upload(ctx, uploadParts(ctx.images, '{text_prompts: oops')),
    expect: badRequest('options is not valid JSON'),
  },
  {
    name: 'options with invalid UTF-8',
    request: (ctx) =>
      upload(ctx, [
        { name: 'options', data: Buffer.from('{"text_prompts":[{"text":"caf\xe9 \xff\xfe"}]}', 'latin1') },
        ...upload4(ctx).slice(1),
      ]),
    expect: badRequest('options is not valid UTF-8'),
  },
  {
    name: 'options with a raw NUL byte',
    request: (ctx) => upload(ctx, uploadParts(ctx.images, '{"text_prompts":[{"text":"a\0b"}]}')),
    expect: badRequest('options is not valid JSON'),
  },
  {
    name: 'options nested 1,000,000 arrays deep',
    request: (ctx) => upload(ctx, uploadParts(ctx.images, `${'['.repeat(1e6)}${']'.repeat(1e6)}`)),
    expect: badRequest('the options must be a JSON object'),
  },
  // --- images whose header lies, bombs, and things that are not images ---
  {
    name: 'init_image PNG declaring 30016×30016 (0.84 MiB, zlib-bomb IDAT)',
    request: (ctx) => withInit(ctx, ctx.images.hugeIhdr),
    expect: badRequest('invalid_pixel_count'),
  },
  {
    name: 'mask_image PNG declaring 30016×30016',
    request: (ctx) =>
      upload(
        ctx,
        [
          ...maskingParts(ctx).slice(0, 2),
          { name: 'mask_image', data: ctx.images.hugeIhdr, filename: 'm.png' },
        ],
        {
          path: MASKING,
        },
      ),
    expect: badRequest('invalid_image_dimensions'),
  },
  {
    name: 'init_image JPEG declaring 65472×65472',
    request: (ctx) => withInit(ctx, ctx.images.hugeJpeg),
    expect: badRequest('invalid_pixel_count'),
  },
  {
    name: 'init_image WebP declaring 16384×16384',
    request: (ctx) => withInit(ctx, ctx.images.hugeWebp),
    expect: badRequest('invalid_pixel_count'),
  },
  {
    name: 'init_image with a zTXt chunk inflating to 256 MiB (never inflated: served)',
    request: (ctx) => withInit(ctx, ctx.images.zTxtBomb),
    expect: { status: 200 },
  },
  {
    name: 'init_image 1024×1024 whose IDAT inflates to 256 MiB (only what the pixels need is read)',
    request: (ctx) => withInit(ctx, ctx.images.idatBomb),
    expect: { status: 200 },
  },
  {
    name: 'init_image that is text',
    request: (ctx) => withInit(ctx, Buffer.from('just some words, not a picture')),
    expect: badRequest('invalid_mime_type'),
  },
  {
    name: 'init_image that is a GIF',
    request: (ctx) => withInit(ctx, ctx.images.gif),
    expect: badRequest('invalid_mime_type'),
  },
  {
    name: 'init_image that is an SVG with a script',
    request: (ctx) =>
      withInit(ctx, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    expect: badRequest('invalid_mime_type'),
  },
  {
    name: 'empty init_image',
    request: (ctx) => withInit(ctx, Buffer.alloc(0)),
    expect: badRequest('invalid_mime_type'),
  },
  {
    name: 'PNG signature followed by garbage',
    request: (ctx) => withInit(ctx, Buffer.concat([ctx.images.init.subarray(0, 8), Buffer.alloc(64, 0x41)])),
    expect: badRequest('init_image could not be read'),
  },
  {
    name: 'PNG with a valid header and its pixel data cut',
    request: (ctx) => withInit(ctx, ctx.images.cutIdat),
    expect: badRequest('init_image could not be decoded'),
  },
  {
    name: 'init_image one byte over 10 MiB',
    request: (ctx) =>
      withInit(
        ctx,
        Buffer.concat([ctx.images.init, Buffer.alloc(10 * 1024 * 1024 + 1 - ctx.images.init.length)]),
      ),
    expect: badRequest('invalid_file_size'),
  },
  {
    name: 'upload of 26 MiB in total',
    request: (ctx) =>
      upload(ctx, [
        ...upload4(ctx),
        ...[1, 2, 3].map((i) => ({
          name: `pad${i}`,
          data: Buffer.alloc(9 * 1024 * 1024),
          filename: 'p.bin',
        })),
      ]),
    expect: badRequest('invalid_file_size'),
  },
];
