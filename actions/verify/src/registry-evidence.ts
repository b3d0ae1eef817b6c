import { errorMessage } from '@scs/action-kit';
import {
  referenceWithDigest,
  repositoryName,
  type RegistryClient,
  type RegistryReference,
} from '@scs/oci';
import { MAX_BUNDLE_BYTES, type OciEvidenceSource, type SourceResult } from '@scs/verification';

/** Bundle media types this gate reads from referrer manifests (v0.1–v0.3). */
const BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.3)?\+json(;version=0\.[123])?$/;
const MAX_REFERRERS = 200;

/**
 * OCI evidence through @scs/oci: the referrers of the digest (referrers API,
 * else the sha256-<hex> tag index), each a manifest whose single layer is a
 * Sigstore bundle; and cosign's legacy tags.
 */
export function registryEvidence(client: RegistryClient, ref: RegistryReference): OciEvidenceSource {
  const repo = repositoryName(ref);
  return {
    async referrerBundles(digest: string): Promise<SourceResult> {
      const result: SourceResult = { bundles: [], problems: [], notes: [] };
      const listing = await client.listReferrers(ref, digest);
      const candidates = listing.referrers.filter((d) => d.artifactType !== undefined && BUNDLE_MEDIA_TYPE.test(d.artifactType));
      result.notes.push(
        `${listing.referrers.length} referrer(s) via ${listing.via === 'referrers-api' ? 'the referrers API' : `the ${digest.replace(':', '-')} tag`}, ${candidates.length} Sigstore bundle(s)`,
      );
      if (candidates.length > MAX_REFERRERS) {
        result.problems.push(`${candidates.length} bundle referrers; only the first ${MAX_REFERRERS} were read`);
      }
      for (const descriptor of candidates.slice(0, MAX_REFERRERS)) {
        const location = `${repo}@${descriptor.digest}`;
        try {
          const { manifest } = await client.getManifest(referenceWithDigest(ref, descriptor.digest), descriptor.digest);
          if (manifest.subject?.digest !== digest) {
            result.problems.push(`${location}: the referrer's subject is ${manifest.subject?.digest ?? 'missing'}, not ${digest}; skipped`);
            continue;
          }
          const layer = manifest.layers.find((l) => BUNDLE_MEDIA_TYPE.test(l.mediaType));
          if (!layer) {
            result.problems.push(`${location}: no Sigstore bundle layer; skipped`);
            continue;
          }
          const bytes = await client.fetchBlob(ref, layer, { maxBytes: MAX_BUNDLE_BYTES });
          let bundle: unknown;
          try {
            bundle = JSON.parse(bytes.toString('utf8'));
          } catch (error) {
            bundle = bytes.toString('utf8');
            result.notes.push(`${location}: the bundle layer is not JSON (${errorMessage(error)})`);
          }
          result.bundles.push({ location, bundle });
        } catch (error) {
          result.problems.push(`${location}: ${errorMessage(error)}`);
        }
      }
      return result;
    },
    async legacyTags(digest: string): Promise<string[]> {
      const found = await client.legacyCosignTags(ref, digest);
      return [found.sig?.tag, found.att?.tag].filter((t): t is string => typeof t === 'string');
    },
  };
}
