/**
 * Predicate types, from the one table in @scs/vocabulary (shared with verify
 * and the admission exports); re-exported under the names attestation code uses.
 */
export {
  COSIGN_VULN_V1,
  CYCLONEDX_BOM,
  PREDICATE_TYPES as PREDICATE_TYPE_NAMES,
  SLSA_PROVENANCE_V1,
  SPDX_DOCUMENT_PREFIX,
  predicateTypeForName,
  predicateTypeMatches,
  predicateTypeName,
  type PredicateTypeName,
} from '@scs/vocabulary';
