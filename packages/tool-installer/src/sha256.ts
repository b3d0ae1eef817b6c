import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ConfigurationError } from '@scs/action-kit';

/** SHA-256 of a file as lower-case hex, computed by streaming (constant memory). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}

/**
 * A digest given by the user: 64 hex digits, optionally prefixed `sha256:`;
 * returned lower-case. `label` names the setting in errors.
 */
export function normalizeSha256(value: string, label = 'sha256'): string {
  const digest = value
    .trim()
    .replace(/^sha256:/i, '')
    .toLowerCase();
  if (!isSha256(digest)) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    throw new ConfigurationError(
      `The ${label} must be 64 hexadecimal digits (a SHA-256); got ${JSON.stringify(shown)}.`,
    );
  }
  return digest;
}
