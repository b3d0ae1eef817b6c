import type { SourceResult } from './github-attestations.js';

/**
 * What the gate needs from a registry, implemented by the action with
 * @scs/oci (kept as an interface so the core stays free of registry code and
 * tests can substitute a fake).
 */
export interface OciEvidenceSource {
  /** Sigstore bundles attached to the manifest (referrers API, or the sha256-<hex> tag fallback). */
  referrerBundles(digest: string): Promise<SourceResult>;
  /** Legacy cosign tags present for the digest (`sha256-<hex>.sig`, `.att`). */
  legacyTags(digest: string): Promise<string[]>;
}

/** The note for legacy evidence: found, and not verified in-process. */
export function describeLegacyEvidence(tags: string[]): string {
  return `legacy cosign evidence (${tags.join(', ')}) exists; legacy .sig/.att signatures are not verified by this action: re-sign with a Sigstore bundle (cosign v3, sign-keyless) to use them here`;
}
