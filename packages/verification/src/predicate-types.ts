/**
 * Predicate types and the short names `verify` accepts for them (see
 * docs/architecture/signing-and-verification.md).
 */
export const PREDICATE_SHORT_NAMES = {
  slsaprovenance1: 'https://slsa.dev/provenance/v1',
  cyclonedx: 'https://cyclonedx.org/bom',
  spdxjson: 'https://spdx.dev/Document',
  vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
} as const;

export type PredicateShortName = keyof typeof PREDICATE_SHORT_NAMES;

export const SLSA_PROVENANCE_V1 = PREDICATE_SHORT_NAMES.slsaprovenance1;
export const COSIGN_VULN_V1 = PREDICATE_SHORT_NAMES.vuln;
/** cosign v3 `cosign sign` with the bundle format: an in-toto statement with this predicate type. */
export const COSIGN_SIGN_V1 = 'https://sigstore.dev/cosign/sign/v1';

export interface RequiredAttestation {
  /** As the user wrote it. */
  name: string;
  /** Canonical URI. */
  uri: string;
}

/** Predicate types are http(s) URIs (or URNs); other schemes (javascript:, file:, data:) are not predicate types. */
const URI_PATTERN = /^(?:https?:\/\/[^\s/?#]+[^\s]*|urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+)$/i;

/** A short name or full URI → the required predicate type; undefined when neither. */
export function resolvePredicateType(value: string): RequiredAttestation | undefined {
  const short = PREDICATE_SHORT_NAMES[value.toLowerCase() as PredicateShortName];
  if (short) return { name: value.toLowerCase(), uri: short };
  if (URI_PATTERN.test(value)) return { name: value, uri: value };
  return undefined;
}

/** Whether a statement's predicate type satisfies a required one (SPDX: any versioned `…/v2.x`). */
export function predicateTypeMatches(required: string, actual: string | undefined): boolean {
  if (!actual) return false;
  if (required === actual) return true;
  if (required === PREDICATE_SHORT_NAMES.spdxjson) {
    return /^https:\/\/spdx\.dev\/Document(\/v\d+(\.\d+)*)?$/.test(actual);
  }
  if (required === PREDICATE_SHORT_NAMES.cyclonedx) {
    // CycloneDX's own predicate type carries no version; tools that add one (…/bom/v1.5) still mean CycloneDX.
    return /^https:\/\/cyclonedx\.org\/bom(\/v\d+(\.\d+)*)?$/.test(actual);
  }
  return false;
}

/** The short name for display, or the URI. */
export function predicateDisplayName(uri: string | undefined): string {
  if (!uri) return '';
  for (const [name, value] of Object.entries(PREDICATE_SHORT_NAMES)) {
    if (predicateTypeMatches(value, uri)) return name;
  }
  if (uri === COSIGN_SIGN_V1) return 'signature';
  return uri;
}
