/**
 * Predicate type short names, shared with `verify` (docs/architecture/signing-and-verification.md).
 */

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const CYCLONEDX_BOM = 'https://cyclonedx.org/bom';
/** SPDX predicate types carry the document's version: https://spdx.dev/Document/v2.3. */
export const SPDX_DOCUMENT_PREFIX = 'https://spdx.dev/Document';
export const COSIGN_VULN_V1 = 'https://cosign.sigstore.dev/attestation/vuln/v1';

export const PREDICATE_TYPE_NAMES = {
  slsaprovenance1: SLSA_PROVENANCE_V1,
  cyclonedx: CYCLONEDX_BOM,
  spdxjson: SPDX_DOCUMENT_PREFIX,
  vuln: COSIGN_VULN_V1,
} as const;

export type PredicateTypeName = keyof typeof PREDICATE_TYPE_NAMES;

/** The URI for a short name (case-insensitive), or undefined. */
export function predicateTypeForName(name: string): string | undefined {
  const key = name.toLowerCase() as PredicateTypeName;
  return Object.hasOwn(PREDICATE_TYPE_NAMES, key) ? PREDICATE_TYPE_NAMES[key] : undefined;
}

/**
 * Whether a statement's predicate type satisfies an expected one (a short
 * name or a URI): exact, except that `spdxjson` / https://spdx.dev/Document
 * accepts any versioned SPDX document type (https://spdx.dev/Document/v2.x).
 */
export function predicateTypeMatches(expected: string, actual: string): boolean {
  const uri = predicateTypeForName(expected) ?? expected;
  if (uri === SPDX_DOCUMENT_PREFIX)
    return actual === SPDX_DOCUMENT_PREFIX || /^https:\/\/spdx\.dev\/Document\/v\d+(\.\d+)*$/.test(actual);
  return actual === uri;
}

/** The short name of a predicate type URI, when it has one. */
export function predicateTypeName(uri: string): PredicateTypeName | undefined {
  for (const [name, value] of Object.entries(PREDICATE_TYPE_NAMES) as [PredicateTypeName, string][]) {
    if (predicateTypeMatches(value, uri)) return name;
  }
  return undefined;
}
