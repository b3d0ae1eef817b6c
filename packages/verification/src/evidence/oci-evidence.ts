import type { EvidenceBudget } from '../candidates.js';
import type { SourceResult } from './github-attestations.js';

/**
 * What the gate needs from a registry, implemented by the action with
 * @scs/oci (kept as an interface so the core stays free of registry code and
 * tests can substitute a fake).
 */
export interface OciEvidenceSource {
  /** Sigstore bundles attached to the manifest (referrers API, or the sha256-<hex> tag fallback). */
  /**
   * Bundles are returned as raw bytes (parsed when verified, one at a time);
   * every blob read is counted against `budget`, and one that would go over
   * it is not fetched (the result says so in `incomplete`).
   */
  referrerBundles(digest: string, options?: { budget?: EvidenceBudget }): Promise<SourceResult>;
}
