import { ConfigurationError } from '@scs/action-kit';

import { SHA256_DIGEST, SHA256_HEX as HEX64 } from '@scs/vocabulary';

export { SHA256_DIGEST };

/** Shows a value inside an error message: one line, visible control characters, capped. */
export function shown(value: string, max = 100): string {
  const cut = value.length > max ? `${value.slice(0, max - 3)}...` : value;
  // eslint-disable-next-line no-control-regex -- showing control characters is the point
  return `'${cut.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`)}'`;
}

/**
 * Validates a `sha256:<hex>` digest and returns its 64 hex characters.
 * Upper-case hex is refused rather than folded: a digest is compared byte for
 * byte by every verifier, and one that was typed differently is a mistake to
 * point out. `what` names the input or file in the error.
 */
export function parseSha256Digest(value: string, what: string): string {
  if (SHA256_DIGEST.test(value)) return value.slice('sha256:'.length);
  let why: string;
  if (!value.includes(':')) why = 'it has no algorithm prefix (expected sha256:<64 hex characters>)';
  else if (!value.startsWith('sha256:'))
    why = `only sha256 digests are accepted, got the algorithm ${shown(value.split(':')[0] ?? '', 20)}`;
  else {
    const hex = value.slice('sha256:'.length);
    if (/[A-F]/.test(hex) && HEX64.test(hex.toLowerCase())) why = 'the hex digits must be lower-case';
    else if (hex.length !== 64) why = `a sha256 digest has 64 hex characters, this one has ${hex.length}`;
    else why = 'it contains characters that are not hex digits';
  }
  throw new ConfigurationError(`${what}: invalid digest ${shown(value)}: ${why}.`);
}

/** Validates 64 hex characters (a digest without its prefix); returns them. */
export function parseSha256Hex(value: string, what: string): string {
  if (HEX64.test(value)) return value;
  if (HEX64.test(value.toLowerCase())) {
    throw new ConfigurationError(`${what}: invalid sha256 digest ${shown(value)}: the hex digits must be lower-case.`);
  }
  throw new ConfigurationError(
    `${what}: invalid sha256 digest ${shown(value)}: expected 64 hex characters, got ${value.length} character(s)${/^[0-9a-fA-F]*$/.test(value) ? '' : ' that are not all hex digits'}.`,
  );
}
