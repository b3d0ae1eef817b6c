import type { SourceResult } from './github-attestations.js';

/**
 * What the gate needs from a registry, implemented by the action with
 * @scs/oci (kept as an interface so the core stays free of registry code and
 * tests can substitute a fake).
 */
export interface OciEvidenceSource {
  /** Sigstore bundles attached to the manifest (referrers API, or the sha256-<hex> tag fallback). */
  referrerBundles(digest: string): Promise<SourceResult>;
}
