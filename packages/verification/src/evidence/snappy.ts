/**
 * A bounded decoder for Snappy's block format (the raw format, without the
 * framing stream), as GitHub's attestation storage serves bundles behind a
 * `bundle_url` (gh decodes them with Go's `snappy.Decode`).
 *
 * Format: a little-endian base-128 varint with the decoded length, then
 * elements whose tag byte's low two bits say what follows:
 * 0 — a literal (length - 1 in the upper six bits; 60..63 mean the length - 1
 *     follows in 1..4 little-endian bytes), 1 — a copy of 4..11 bytes with an
 * 11-bit offset, 2 — a copy of 1..64 bytes with a 16-bit offset, 3 — the same
 * with a 32-bit offset. A copy reads bytes already written (it may overlap the
 * bytes it writes).
 *
 * Hostile input is refused, never trusted: the announced length is checked
 * against `maxBytes` BEFORE anything is allocated, every element is checked
 * against the input and output bounds, and the output must be exactly the
 * announced length.
 */

export class SnappyError extends Error {
  override name = 'SnappyError';
}

/** The decoded length a block announces, and where its elements start. */
function preamble(input: Uint8Array): { length: number; start: number } {
  let length = 0;
  for (let i = 0; i < 5; i++) {
    if (i >= input.length) throw new SnappyError('the snappy preamble is cut short');
    const byte = input[i]!;
    length += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) {
      if (length > 0xffffffff) throw new SnappyError('the snappy preamble announces more than 4 GiB');
      return { length, start: i + 1 };
    }
  }
  throw new SnappyError('the snappy preamble is longer than 5 bytes');
}

/** The decoded length announced by a snappy block (undefined when the preamble is unreadable). */
export function snappyDecodedLength(input: Uint8Array): number | undefined {
  try {
    return preamble(input).length;
  } catch {
    return undefined;
  }
}

/** Decodes one snappy block; throws SnappyError on anything malformed or larger than maxBytes. */
export function snappyDecode(input: Uint8Array, maxBytes: number): Buffer {
  const { length, start } = preamble(input);
  if (length > maxBytes)
    throw new SnappyError(`the snappy block announces ${length} bytes, over the ${maxBytes}-byte limit`);
  const out = Buffer.alloc(length);
  let o = 0;
  let i = start;
  const need = (count: number): void => {
    if (i + count > input.length) throw new SnappyError('a snappy element runs past the end of the input');
  };
  while (i < input.length) {
    const tag = input[i++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let size = tag >>> 2;
      if (size >= 60) {
        const bytes = size - 59;
        need(bytes);
        size = 0;
        for (let b = 0; b < bytes; b++) size += input[i + b]! * 2 ** (8 * b);
        i += bytes;
      }
      size += 1;
      need(size);
      if (o + size > length) throw new SnappyError('a snappy literal runs past the announced length');
      out.set(input.subarray(i, i + size), o);
      i += size;
      o += size;
      continue;
    }
    let size: number;
    let offset: number;
    if (kind === 1) {
      need(1);
      size = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | input[i]!;
      i += 1;
    } else if (kind === 2) {
      need(2);
      size = (tag >>> 2) + 1;
      offset = input[i]! | (input[i + 1]! << 8);
      i += 2;
    } else {
      need(4);
      size = (tag >>> 2) + 1;
      offset = (input[i]! | (input[i + 1]! << 8) | (input[i + 2]! << 16)) + input[i + 3]! * 2 ** 24;
      i += 4;
    }
    if (offset === 0 || offset > o) throw new SnappyError('a snappy copy points before the start of the output');
    if (o + size > length) throw new SnappyError('a snappy copy runs past the announced length');
    // Byte by byte: a copy may overlap the bytes it writes (a run).
    for (let k = 0; k < size; k++, o++) out[o] = out[o - offset]!;
  }
  if (o !== length) throw new SnappyError(`the snappy block decodes to ${o} bytes, not the ${length} it announces`);
  return out;
}
