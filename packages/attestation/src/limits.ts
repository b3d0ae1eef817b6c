/**
 * Limits shared by every predicate and subject source. They are GitHub's own
 * (actions/attest refuses more than 1024 subjects and predicates or SBOMs over
 * 16 MB): an attestation this action writes is one GitHub's attestation API
 * and `gh attestation verify` accept.
 */

/** Most subjects one statement may name. */
export const MAX_SUBJECTS = 1024;

/** Largest predicate (or SBOM, or scan report) read from a file: 16 MiB. */
export const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;

/** Longest subject name accepted (characters). */
export const MAX_SUBJECT_NAME_LENGTH = 4096;

/** Largest checksums file read: 512 bytes per line for the maximum number of subjects, as actions/attest allows. */
export const MAX_CHECKSUMS_BYTES = 512 * MAX_SUBJECTS;

/** Human-readable size ("16 MiB", "1.5 KiB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
