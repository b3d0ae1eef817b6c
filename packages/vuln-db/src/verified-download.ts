/**
 * Streams an HTTP response body to a file while hashing it, and keeps the
 * file only when its SHA-256 (and size, when known) match what was expected.
 * Nothing else may read the bytes before that check.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { InfrastructureError } from '@scs/action-kit';
import { HttpRequestError } from '@scs/oci';
import { SHA256_DIGEST, sha256File } from '@scs/vocabulary';

/** `sha256:<hex>` of a file, streamed. */
export async function sha256FileDigest(file: string): Promise<string> {
  return `sha256:${await sha256File(file)}`;
}

/** The bytes do not match the digest or size they were announced with. */
export class DigestMismatchError extends InfrastructureError {
  override name = 'DigestMismatchError';
}

/** Hashes and counts what passes through; fails once more than `limit` bytes arrive. */
class DigestingLimiter extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  constructor(
    private readonly limit: number,
    private readonly label: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      callback(new DigestMismatchError(`${this.label}: more than the expected ${this.limit} bytes; refused`));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }
}

export interface ExpectedContent {
  /** sha256:<64 hex> */
  digest: string;
  /** Exact size, when the source declares one. */
  size?: number;
  /** Upper bound when the size is unknown. */
  maxBytes?: number;
}

/**
 * Writes `response.body` to `<file>.partial`, then renames it to `file` once
 * it matches `expected`. Throws DigestMismatchError on a mismatch and a
 * retryable HttpRequestError when the body breaks off; leaves no file behind
 * either way. Returns the byte count.
 */
export async function saveVerifiedBody(
  response: Response,
  file: string,
  expected: ExpectedContent,
  label: string,
  url: string,
): Promise<number> {
  if (!SHA256_DIGEST.test(expected.digest)) {
    throw new InfrastructureError(
      `${label}: unsupported digest '${expected.digest.slice(0, 100)}' (sha256:<64 hex> only)`,
    );
  }
  const partial = `${file}.partial`;
  const limit = expected.size ?? expected.maxBytes ?? Number.MAX_SAFE_INTEGER;
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new DigestMismatchError(`${label}: announces ${declared} bytes, more than the expected ${limit}; refused`);
  }
  if (!response.body) throw new HttpRequestError(`${label}: empty answer`, url, response.status, true);
  const limiter = new DigestingLimiter(limit, label);
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      limiter,
      fs.createWriteStream(partial),
    );
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (error instanceof InfrastructureError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new HttpRequestError(`${label}: the download broke off (${why})`, url, undefined, true, { cause: error });
  }
  const actual = `sha256:${limiter.hash.digest('hex')}`;
  if ((expected.size !== undefined && limiter.bytes !== expected.size) || actual !== expected.digest) {
    fs.rmSync(partial, { force: true });
    const size = expected.size !== undefined ? ` (${expected.size} bytes)` : '';
    throw new DigestMismatchError(
      `${label}: the content does not match its digest: got ${actual} (${limiter.bytes} bytes), expected ${expected.digest}${size}; refused`,
    );
  }
  fs.renameSync(partial, file);
  return limiter.bytes;
}
