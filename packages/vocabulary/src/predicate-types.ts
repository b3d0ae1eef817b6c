/**
 * The one table of predicate types and the short names the inputs accept for
 * them (provenance writes them, verify requires them, the admission exports
 * name them; docs/architecture/signing-and-verification.md).
 */

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** CycloneDX's predicate type carries no version; tools that add one (…/bom/v1.5) still mean CycloneDX. */
export const CYCLONEDX_BOM = 'https://cyclonedx.org/bom';
/** SPDX predicate types carry the document's version: https://spdx.dev/Document/v2.3. */
export const SPDX_DOCUMENT_PREFIX = 'https://spdx.dev/Document';
export const COSIGN_VULN_V1 = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/** cosign v3 `cosign sign` with the bundle format: an in-toto statement with this predicate type. */
export const COSIGN_SIGN_V1 = 'https://sigstore.dev/cosign/sign/v1';

/** Short name → predicate type URI. */
export const PREDICATE_TYPES = {
  slsaprovenance1: SLSA_PROVENANCE_V1,
  cyclonedx: CYCLONEDX_BOM,
  spdxjson: SPDX_DOCUMENT_PREFIX,
  vuln: COSIGN_VULN_V1,
} as const;

export type PredicateTypeName = keyof typeof PREDICATE_TYPES;

/** The URI for a short name (case-insensitive), or undefined. */
export function predicateTypeForName(name: string): string | undefined {
  const key = name.toLowerCase() as PredicateTypeName;
  return Object.hasOwn(PREDICATE_TYPES, key) ? PREDICATE_TYPES[key] : undefined;
}

const VERSIONED = new Map<string, RegExp>([
  [SPDX_DOCUMENT_PREFIX, /^https:\/\/spdx\.dev\/Document(\/v\d+(\.\d+)*)?$/],
  [CYCLONEDX_BOM, /^https:\/\/cyclonedx\.org\/bom(\/v\d+(\.\d+)*)?$/],
]);

/**
 * Whether a statement's predicate type satisfies an expected one (a short name
 * or a URI): exact, except that SPDX and CycloneDX accept a versioned type
 * (https://spdx.dev/Document/v2.3, https://cyclonedx.org/bom/v1.5).
 */
export function predicateTypeMatches(expected: string, actual: string | undefined): boolean {
  if (!actual) return false;
  const uri = predicateTypeForName(expected) ?? expected;
  if (actual === uri) return true;
  return VERSIONED.get(uri)?.test(actual) ?? false;
}

/** The short name of a predicate type URI, when it has one. */
export function predicateTypeName(uri: string | undefined): PredicateTypeName | undefined {
  for (const [name, value] of Object.entries(PREDICATE_TYPES) as [PredicateTypeName, string][]) {
    if (predicateTypeMatches(value, uri)) return name;
  }
  return undefined;
}
