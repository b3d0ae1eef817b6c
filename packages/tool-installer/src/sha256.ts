import { ConfigurationError } from '@scs/action-kit';
import { SHA256_HEX } from '@scs/vocabulary';

/** SHA-256 of a file as lower-case hex, computed by streaming (constant memory): @scs/vocabulary's. */
export { sha256File } from '@scs/vocabulary';

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
