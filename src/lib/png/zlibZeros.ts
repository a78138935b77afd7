/**
 * A zlib stream (RFC 1950/1951) that inflates to `n` zero bytes while being about `n / 1032` bytes long,
 * the best ratio deflate allows: one dynamic-Huffman block whose codes are 2 bits for a literal 0, 1 bit
 * for "length 258" and 1 bit for "distance 1", so each 258 output bytes cost 2 input bits. Built by hand
 * (no compressor run), so a test or benchmark gets a 1 GiB zip bomb in a millisecond. Test and benchmark
 * support: hostile input for the readers, and tiny black IDATs.
 */
export function zlibZeros(n: number): Uint8Array<ArrayBuffer> {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError('zlibZeros needs at least one byte');
  // `literals` zeros first (at least one, so "distance 1" has a byte to copy), then 258-byte copies.
  const literals = 1 + ((n - 1) % 258);
  const copies = (n - literals) / 258;
  const headerBits = 17 + 18 * 3 + 32; // block header + code-length code lengths + encoded code lengths
  const dataBits = 2 * literals + 2 * copies + 2; // + end-of-block
  const out = new Uint8Array(2 + Math.ceil((headerBits + dataBits) / 8) + 4);
  out[0] = 0x78; // deflate, 32 KiB window
  out[1] = 0x9c; // (0x78 << 8 | 0x9c) % 31 === 0
  let bit = 16;
  /** Writes `count` bits of `value`, least significant first (how deflate packs header fields). */
  const bits = (value: number, count: number) => {
    for (let i = 0; i < count; i++, bit++) if ((value >>> i) & 1) out[bit >>> 3]! |= 1 << (bit & 7);
  };
  /** Writes a Huffman code, most significant bit first (how deflate packs codes). */
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits((value >>> i) & 1, 1);
  };
  bits(1, 1); // BFINAL
  bits(2, 2); // BTYPE = dynamic Huffman
  bits(286 - 257, 5); // HLIT: literal/length codes 0..285
  bits(0, 5); // HDIST: one distance code
  bits(18 - 4, 4); // HCLEN: code-length codes up to "1" in the permuted order below
  // Code-length alphabet, in RFC 1951's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
  // symbol 18 (run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits each.
  const codeLengthLengths = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2];
  for (const len of codeLengthLengths) bits(len, 3);
  // Canonical codes of that alphabet: 18 → 0, 1 → 10, 2 → 11.
  const zeros = (run: number) => (code(0, 1), bits(run - 11, 7)); // symbol 18: 11..138 zeros
  code(3, 2); // literal 0: length 2
  zeros(127);
  zeros(128); // literals 1..255 unused
  code(3, 2); // 256 (end of block): length 2
  zeros(28); // lengths 257..284 unused
  code(2, 2); // 285 (length 258): length 1
  code(2, 2); // distance code 0 (distance 1): length 1
  // Canonical literal/length codes: 285 → 0, literal 0 → 10, end of block → 11; distance 1 → 0.
  for (let i = 0; i < literals; i++) code(2, 2);
  bit += 2 * copies; // each copy is "0" then "0": the buffer is already zero
  code(3, 2);
  // Adler-32 of n zeros: a stays 1, b adds a (= 1) per byte.
  new DataView(out.buffer).setUint32(out.length - 4, (((n % 65521) << 16) | 1) >>> 0);
  return out;
}
