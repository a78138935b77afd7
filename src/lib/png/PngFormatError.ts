/** Why a PNG was refused. */
export type PngFormatErrorCode =
  | 'signature' // not a PNG at all
  | 'truncated' // ends inside a chunk or before IEND
  | 'crc' // a chunk's CRC does not match its bytes
  | 'structure' // bad chunk type, IHDR not first, no IDAT where one is needed
  | 'limit' // too many chunks, a chunk or text over its cap (hostile or absurd input)
  | 'keyword'; // a text keyword we were asked to write is not a valid PNG keyword

/** Thrown by the PNG readers and writers for input they refuse; `code` says which rule it broke. */
export class PngFormatError extends Error {
  readonly kind = 'png-format';
  override readonly name = 'PngFormatError';
  readonly code: PngFormatErrorCode;

  constructor(code: PngFormatErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
