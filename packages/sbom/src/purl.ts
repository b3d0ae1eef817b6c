/**
 * What the SBOM code needs from package URLs (purl-spec): the type, and the
 * digest of `pkg:oci/…@sha256:…` references. Not a full purl parser.
 */
import { SHA256_DIGEST } from '@scs/vocabulary';

/** The purl type, lower-cased (`pkg:npm/…` → `npm`), or undefined when `value` is not a purl. */
export function purlType(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^pkg:\/*([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(value);
  return match?.[1]?.toLowerCase();
}

/** `sha256:<hex>` when `value` is one (case-folded), else undefined. */
export function asSha256Digest(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const lower = value.trim().toLowerCase();
  return SHA256_DIGEST.test(lower) ? lower : undefined;
}

/** The version of a `pkg:oci/name@sha256:…` purl (percent-decoded) when it is a sha256 digest. */
export function ociPurlDigest(value: string | undefined): string | undefined {
  if (!value || purlType(value) !== 'oci') return undefined;
  const at = value.indexOf('@');
  if (at < 0) return undefined;
  const version = value.slice(at + 1).split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(version);
  } catch {
    return undefined;
  }
  return asSha256Digest(decoded);
}

/** The digest of an image reference pinned by digest (`name@sha256:…`). */
export function referenceDigest(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const at = value.lastIndexOf('@');
  return at < 0 ? undefined : asSha256Digest(value.slice(at + 1));
}
