/** Digests as every part of the suite writes and compares them. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** `sha256:<64 lower-case hex>`: the only digest form a subject, image or blob may carry. */
export const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

/** 64 lower-case hex characters (a bare sha256, as in checksum files and pins). */
export const SHA256_HEX = /^[a-f0-9]{64}$/;

/** Whether a value is a `sha256:<64 lower-case hex>` digest. */
export function isSha256Digest(value: unknown): value is string {
  return typeof value === 'string' && SHA256_DIGEST.test(value);
}

/** The lower-case hex sha256 of bytes or a string (UTF-8). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The lower-case hex sha256 of a file, streamed (never read whole). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
