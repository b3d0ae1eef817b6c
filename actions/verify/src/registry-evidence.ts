import { errorMessage } from '@scs/action-kit';
import {
  OCI_MEDIA_TYPES,
  referenceWithDigest,
  repositoryName,
  type RegistryClient,
  type RegistryReference,
} from '@scs/oci';
import {
  DSSE_ENVELOPE_MEDIA_TYPE,
  LEGACY_KEYED_NOT_VERIFIED,
  MAX_BUNDLE_BYTES,
  MAX_LEGACY_ENVELOPE_BYTES,
  MAX_LEGACY_PAYLOAD_BYTES,
  MAX_LEGACY_SIGNATURES,
  SIMPLE_SIGNING_MEDIA_TYPE,
  isKeylessLegacyLayer,
  type EvidenceBudget,
  type LegacyEvidence,
  type LegacyEvidenceSource,
  type OciEvidenceSource,
  type SourceResult,
} from '@scs/verification';

/** Bundle media types this gate reads from referrer manifests (v0.1–v0.3). */
const BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.3)?\+json(;version=0\.[123])?$/;
const MAX_REFERRERS = 200;
/**
 * The artifactType a referrers listing shows for a bundle referrer when the
 * registry derives it from the config media type instead of the manifest's
 * artifactType (image-spec 1.1 release candidates did; go-containerregistry's
 * registry v0.22 still does): the empty config's media type, or none. cosign
 * itself lists referrers unfiltered and judges each by its layer; such
 * entries are candidates here too, kept only when the manifest proves a bundle.
 */
const UNDECLARED_ARTIFACT_TYPE = new Set<string | undefined>([undefined, OCI_MEDIA_TYPES.empty]);

/**
 * OCI evidence through @scs/oci: the referrers of the digest (referrers API,
 * else the sha256-<hex> tag index), each a manifest whose single layer is a
 * Sigstore bundle; and cosign's legacy `.sig`/`.att` tags (keyless layers
 * read for verification).
 */
export function registryEvidence(
  client: RegistryClient,
  ref: RegistryReference,
): OciEvidenceSource & LegacyEvidenceSource {
  const target: RegistryTarget = { client, ref, repo: repositoryName(ref) };
  return {
    referrerBundles: (digest, options = {}) => referrerBundles(target, digest, options.budget),
    legacyEvidence: (digest, options = {}) => legacyEvidence(target, digest, options.budget),
  };
}

/** The repository evidence is read from, and its name as messages show it. */
interface RegistryTarget {
  client: RegistryClient;
  ref: RegistryReference;
  repo: string;
}

/** The Sigstore bundles among the referrers of `digest` (referrers API, else the sha256-<hex> tag index), bounded. */
async function referrerBundles(
  { client, ref, repo }: RegistryTarget,
  digest: string,
  budget: EvidenceBudget | undefined,
): Promise<SourceResult> {
  const result: SourceResult = { bundles: [], problems: [], notes: [] };
  const listing = await client.listReferrers(ref, digest);
  const declared = listing.referrers.filter(
    (d) => d.artifactType !== undefined && BUNDLE_MEDIA_TYPE.test(d.artifactType),
  );
  const undeclared = listing.referrers.filter((d) => UNDECLARED_ARTIFACT_TYPE.has(d.artifactType));
  const candidates = [...declared, ...undeclared];
  let notBundles = 0;
  result.notes.push(
    `${listing.referrers.length} referrer(s) via ${listing.via === 'referrers-api' ? 'the referrers API' : `the ${digest.replace(':', '-')} tag`}, ${declared.length} Sigstore bundle(s)` +
      (undeclared.length > 0
        ? ` and ${undeclared.length} listed without their artifactType (read to see whether they are bundles)`
        : ''),
  );
  if (candidates.length > MAX_REFERRERS) {
    (result.incomplete ??= []).push(`${candidates.length} bundle referrers; only the first ${MAX_REFERRERS} were read`);
  }
  for (const descriptor of candidates.slice(0, MAX_REFERRERS)) {
    const location = `${repo}@${descriptor.digest}`;
    try {
      const { manifest } = await client.getManifest(referenceWithDigest(ref, descriptor.digest), descriptor.digest);
      if (manifest.subject?.digest !== digest) {
        result.problems.push(
          `${location}: the referrer's subject is ${manifest.subject?.digest ?? 'missing'}, not ${digest}; skipped`,
        );
        continue;
      }
      const layer = manifest.layers.find((l) => BUNDLE_MEDIA_TYPE.test(l.mediaType));
      if (
        UNDECLARED_ARTIFACT_TYPE.has(descriptor.artifactType) &&
        !(layer && manifest.layers.length === 1 && BUNDLE_MEDIA_TYPE.test(manifest.artifactType ?? layer.mediaType))
      ) {
        notBundles += 1; // another kind of artifact: not evidence, not a problem
        continue;
      }
      if (!layer) {
        result.problems.push(`${location}: no Sigstore bundle layer; skipped`);
        continue;
      }
      if (layer.size > MAX_BUNDLE_BYTES) {
        result.problems.push(
          `${location}: blob ${layer.digest} is ${layer.size} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit; not fetched`,
        );
        continue;
      }
      // The step's evidence budget: the listed size is reserved before the read, which is capped to it.
      if (budget && !budget.take(layer.size)) {
        (result.incomplete ??= []).push(`OCI referrers: ${budget.describe()}`);
        break;
      }
      const bytes = await client.fetchBlob(ref, layer, { maxBytes: Math.min(MAX_BUNDLE_BYTES, layer.size) });
      // Raw bytes: parsed when verified, then released (verifyCandidates).
      result.bundles.push({ location, bundle: bytes });
    } catch (error) {
      result.problems.push(`${location}: ${errorMessage(error)}`);
    }
  }
  if (notBundles > 0)
    result.notes.push(`${notBundles} referrer(s) listed without their artifactType are not Sigstore bundles; skipped`);
  return result;
}

/**
 * cosign's legacy tags: the keyless layers of the `.sig` manifest (one
 * simple-signing payload each) and of the `.att` manifest (one DSSE
 * envelope each), fetched with size and digest checks, for in-process
 * verification; key-signed layers are reported as present and not verified.
 */
async function legacyEvidence(
  { client, ref, repo }: RegistryTarget,
  digest: string,
  budget: EvidenceBudget | undefined,
): Promise<LegacyEvidence> {
  const result: LegacyEvidence = { signatures: [], unverified: [], problems: [], notes: [] };
  const found = await client.legacyCosignTags(ref, digest);
  for (const kind of ['sig', 'att'] as const) {
    const descriptor = found[kind];
    if (!descriptor) continue;
    const tag = descriptor.tag;
    const where = `${repo}:${tag}`;
    const mediaType = kind === 'sig' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_ENVELOPE_MEDIA_TYPE;
    try {
      const { manifest } = await client.getManifest(referenceWithDigest(ref, descriptor.digest), descriptor.digest);
      const layers = manifest.layers;
      if (layers.length > MAX_LEGACY_SIGNATURES) {
        result.problems.push(`${where}: ${layers.length} layers; only the first ${MAX_LEGACY_SIGNATURES} were read`);
      }
      let keyed = 0;
      let read = 0;
      for (const [index, layer] of layers.slice(0, MAX_LEGACY_SIGNATURES).entries()) {
        const location = layers.length > 1 ? `${where} (layer ${index + 1} of ${layers.length})` : where;
        if (layer.mediaType !== mediaType) {
          result.problems.push(
            `${location}: media type ${JSON.stringify(layer.mediaType).slice(0, 100)}, not ${mediaType}; skipped`,
          );
          continue;
        }
        if (!isKeylessLegacyLayer(layer.annotations)) {
          keyed += 1;
          continue;
        }
        const maxBytes = kind === 'sig' ? MAX_LEGACY_PAYLOAD_BYTES : MAX_LEGACY_ENVELOPE_BYTES;
        // The step's evidence budget (shared with referrers, GitHub and files): reserved before the read.
        if (budget && layer.size <= maxBytes && !budget.take(layer.size)) {
          (result.incomplete ??= []).push(`${where}: ${budget.describe()}`);
          break;
        }
        try {
          const payload = await client.fetchBlob(ref, layer, { maxBytes });
          result.signatures.push({ kind, location, tag, payload, annotations: { ...layer.annotations } });
          read += 1;
        } catch (error) {
          result.problems.push(`${location}: ${errorMessage(error)}`);
        }
      }
      if (keyed > 0) {
        if (keyed === layers.length) result.unverified.push({ tag, reason: LEGACY_KEYED_NOT_VERIFIED });
        else
          result.notes.push(
            `${where}: ${keyed} key-signed layer(s) (no Fulcio certificate) not verified by this action`,
          );
      }
      result.notes.push(
        `${where}: ${layers.length} legacy ${kind === 'sig' ? 'signature' : 'attestation'}(s), ${read} keyless read for verification`,
      );
    } catch (error) {
      result.problems.push(`${where}: ${errorMessage(error)}`);
    }
  }
  return result;
}
