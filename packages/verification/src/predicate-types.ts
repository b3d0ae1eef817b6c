/**
 * Predicate types and the short names `verify` accepts for them (see
 * docs/architecture/signing-and-verification.md).
 */
import {
  COSIGN_SIGN_V1,
  PREDICATE_TYPES,
  predicateTypeForName,
  predicateTypeMatches,
  type PredicateTypeName,
} from '@scs/vocabulary';

/** The one table of predicate types (@scs/vocabulary), under the name verify's code uses. */
export const PREDICATE_SHORT_NAMES = PREDICATE_TYPES;
export type PredicateShortName = PredicateTypeName;
export { COSIGN_SIGN_V1, COSIGN_VULN_V1, SLSA_PROVENANCE_V1, predicateTypeMatches } from '@scs/vocabulary';

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
  const short = predicateTypeForName(value);
  if (short) return { name: value.toLowerCase(), uri: short };
  if (URI_PATTERN.test(value)) return { name: value, uri: value };
  return undefined;
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
