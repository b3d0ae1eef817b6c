/**
 * Sigstore bundles stored next to an image as OCI 1.1 referrers, the way
 * cosign's BUNDLE_SPEC (cosign ≥ 2.4 `--new-bundle-format`) stores them:
 *
 *   { schemaVersion: 2, mediaType: image manifest,
 *     artifactType: application/vnd.dev.sigstore.bundle.v0.3+json,
 *     config: the empty descriptor (application/vnd.oci.empty.v1+json, `{}`),
 *     layers: [ the bundle JSON, media type = the bundle media type,
 *               title annotation `sha256-<hex>.sigstore.json` ],
 *     subject: the signed manifest's descriptor,
 *     annotations: dev.sigstore.bundle.content, dev.sigstore.bundle.predicateType
 *                  (DSSE only), org.opencontainers.image.created }
 *
 * Where it is listed:
 * - a registry with the referrers API (`GET /v2/<repo>/referrers/<digest>`
 *   answers an image index; a manifest PUT with a subject is answered with
 *   `OCI-Subject`) indexes it itself;
 * - otherwise the OCI "referrers tag schema": the tag `sha256-<hex>` of the
 *   subject holds an image index whose entries are the referrers'
 *   descriptors, each with the referrer's artifactType and annotations. We
 *   read-modify-write it, never duplicating an entry, and re-read after the
 *   write so a concurrent writer that dropped our entry makes us merge again
 *   (bounded).
 *
 * Checked against Debian's docker-registry 2.8 (distribution v2.8): it has
 * no referrers API (`/v2/<repo>/referrers/…` → 404 "404 page not found",
 * plain text, no OCI-Subject on PUT) and it stores image manifests carrying
 * `subject` and `artifactType` with the empty config media type unchanged
 * (its schema2 handler ignores fields it does not know, and it does not
 * require the subject to exist). It refuses an index that lists a manifest
 * it does not hold (MANIFEST_BLOB_UNKNOWN), so the referrer is pushed before
 * the tag index that lists it. It answers HEAD/GET of an index tag with 404
 * unless the Accept header names the index media type.
 */
import { ConfigurationError, HttpRequestError, InfrastructureError, displayUrl } from '@scs/action-kit';
import {
  EMPTY_CONFIG_BYTES,
  EMPTY_CONFIG_DESCRIPTOR,
  INDEX_ACCEPT,
  OCI_MEDIA_TYPES,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  canonicalDescriptor,
  isIndexMediaType,
  parseOciIndex,
  parseOciManifest,
  serializeIndex,
  serializeManifest,
  sha256Digest,
  type OciDescriptor,
  type OciIndex,
  type OciManifest,
} from './manifest.js';
import {
  SHA256_DIGEST_PATTERN,
  legacyCosignTag,
  referenceWithDigest,
  referrersTag,
  type RegistryReference,
} from './reference.js';
import type { RegistryClient, ResolvedDescriptor } from './registry-client.js';

export const BUNDLE_ANNOTATIONS = {
  content: 'dev.sigstore.bundle.content',
  predicateType: 'dev.sigstore.bundle.predicateType',
  created: 'org.opencontainers.image.created',
} as const;

export type BundleContent = 'dsse-envelope' | 'message-signature';

export interface BundleReferrerInput {
  /** The Sigstore bundle JSON, byte for byte as it is stored. */
  bundle: Buffer;
  /** The signed manifest's descriptor (mediaType, digest, size). */
  subject: OciDescriptor;
  /** What the bundle holds: a DSSE envelope (attestation, cosign image signature) or a message signature. */
  content: BundleContent;
  /** The in-toto predicate type of a DSSE bundle (required for 'dsse-envelope', refused otherwise). */
  predicateType?: string;
  /**
   * When it was signed (the annotation org.opencontainers.image.created,
   * RFC 3339 in seconds, UTC). Pass a time derived from the bundle (its
   * transparency-log or signing time), not "now", so the same bundle always
   * gives the same manifest.
   */
  created: Date | string;
  /** The bundle's media type; default v0.3. */
  bundleMediaType?: string;
}

export interface BuiltReferrer {
  manifest: OciManifest;
  /** The manifest bytes to push (deterministic). */
  bytes: Buffer;
  digest: string;
  size: number;
  /** The descriptor to list in a referrers index: mediaType, artifactType, digest, size, annotations. */
  descriptor: OciDescriptor;
  /** The bundle layer's descriptor. */
  layer: OciDescriptor;
  /** The config (the empty descriptor). */
  config: OciDescriptor;
}

/** RFC 3339 in whole seconds, UTC ("2026-11-26T17:38:07Z"), as cosign writes it. */
export function formatCreated(created: Date | string): string {
  const date = typeof created === 'string' ? new Date(created) : created;
  if (Number.isNaN(date.getTime()))
    throw new ConfigurationError(
      `'${String(created).slice(0, 60)}' is not a valid time for org.opencontainers.image.created.`,
    );
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The referrer manifest for one Sigstore bundle (pure; byte-for-byte
 * deterministic: fixed key order, annotations sorted by key).
 */
export function buildBundleReferrer(input: BundleReferrerInput): BuiltReferrer {
  const bundleMediaType = input.bundleMediaType ?? SIGSTORE_BUNDLE_MEDIA_TYPE;
  if (!SHA256_DIGEST_PATTERN.test(input.subject.digest))
    throw new ConfigurationError(`The subject digest '${input.subject.digest.slice(0, 80)}' is not a sha256 digest.`);
  if (input.content === 'dsse-envelope' && !input.predicateType) {
    throw new ConfigurationError(
      'A DSSE bundle referrer needs its predicate type (dev.sigstore.bundle.predicateType).',
    );
  }
  if (input.content === 'message-signature' && input.predicateType) {
    throw new ConfigurationError('A message-signature bundle has no predicate type.');
  }
  if (input.bundle.length === 0) throw new ConfigurationError('The bundle is empty.');
  const layerDigest = sha256Digest(input.bundle);
  // The optional layer title of BUNDLE_SPEC: a file name for `oras pull` and friends.
  const layer: OciDescriptor = {
    mediaType: bundleMediaType,
    digest: layerDigest,
    size: input.bundle.length,
    annotations: { 'org.opencontainers.image.title': `${layerDigest.replace(':', '-')}.sigstore.json` },
  };
  const annotations: Record<string, string> = {
    [BUNDLE_ANNOTATIONS.content]: input.content,
    ...(input.predicateType ? { [BUNDLE_ANNOTATIONS.predicateType]: input.predicateType } : {}),
    [BUNDLE_ANNOTATIONS.created]: formatCreated(input.created),
  };
  const manifest: OciManifest = {
    schemaVersion: 2,
    mediaType: OCI_MEDIA_TYPES.manifest,
    artifactType: bundleMediaType,
    config: { ...EMPTY_CONFIG_DESCRIPTOR },
    layers: [layer],
    subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
    annotations,
  };
  const bytes = serializeManifest(manifest);
  const digest = sha256Digest(bytes);
  return {
    manifest,
    bytes,
    digest,
    size: bytes.length,
    descriptor: canonicalDescriptor({
      mediaType: OCI_MEDIA_TYPES.manifest,
      artifactType: bundleMediaType,
      digest,
      size: bytes.length,
      annotations,
    }),
    layer,
    config: { ...EMPTY_CONFIG_DESCRIPTOR },
  };
}

/**
 * Adds `entry` to a referrers tag index (pure). Entries already there are
 * kept as they are (other tools' referrers too); an entry with the same
 * digest is not added again (`changed: false`).
 */
export function mergeReferrersIndex(
  existing: OciIndex | undefined,
  entry: OciDescriptor,
): { index: OciIndex; changed: boolean } {
  const manifests = existing ? [...existing.manifests] : [];
  if (manifests.some((m) => m.digest === entry.digest)) {
    return { index: existing ?? { schemaVersion: 2, mediaType: OCI_MEDIA_TYPES.index, manifests }, changed: false };
  }
  manifests.push(canonicalDescriptor(entry));
  return {
    index: {
      schemaVersion: 2,
      mediaType: OCI_MEDIA_TYPES.index,
      manifests,
      ...(existing?.annotations ? { annotations: existing.annotations } : {}),
    },
    changed: true,
  };
}

export type ReferrersVia = 'referrers-api' | 'tag-schema';

export interface AttachedReferrer {
  /** The referrer manifest's digest (computed locally, checked against the registry's answer). */
  manifestDigest: string;
  via: ReferrersVia;
  /** registry/repository@<manifestDigest>: where the referrer is. */
  location: string;
  /** True when an identical referrer was already attached (nothing pushed, nothing listed twice). */
  alreadyPresent: boolean;
  /** For the tag schema: the tag index digest after the write. */
  indexDigest?: string;
}

export interface ReferrersListing {
  via: ReferrersVia;
  /** The referrers' descriptors (artifactType and annotations as listed), filtered by artifactType when asked. */
  referrers: OciDescriptor[];
}

export interface ReferrerOptions {
  /** Writes of the tag index before giving up when concurrent writers keep dropping our entry; default 5. */
  tagIndexAttempts?: number;
  /** Pause between them (jittered by the caller's random); default 250 ms. */
  tagIndexBackoffMs?: number;
  /**
   * After our write is seen, wait this long (jittered) and check once more that
   * no concurrent writer dropped our entry; default 1000 ms.
   */
  tagIndexSettleMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  log?: (message: string) => void;
}

const MAX_REFERRER_PAGES = 50;
const MAX_IDEMPOTENCY_CHECKS = 50;

function parseNextLink(header: string | null, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(part);
    if (match) {
      const next = new URL(match[1]!, base);
      const origin = new URL(base).origin;
      // Pagination stays on the registry: a Link elsewhere is not followed with our credentials.
      if (next.origin !== origin)
        throw new InfrastructureError(
          `the referrers API's next page ${displayUrl(next.href)} is on another host; refused`,
        );
      return next.href;
    }
  }
  return undefined;
}

/**
 * Referrers of `subjectDigest` through the referrers API, or undefined when
 * the registry has none (404/405/501 at the endpoint, or a non-index answer).
 * Follows the `Link: <…>; rel="next"` pagination.
 */
export async function referrersFromApi(
  client: RegistryClient,
  ref: RegistryReference,
  subjectDigest: string,
  artifactType?: string,
): Promise<OciDescriptor[] | undefined> {
  let url: string | undefined = client.url(ref, 'referrers', subjectDigest);
  if (artifactType) url += `?artifactType=${encodeURIComponent(artifactType)}`;
  const out: OciDescriptor[] = [];
  for (let page = 0; url; page++) {
    if (page >= MAX_REFERRER_PAGES)
      throw new InfrastructureError(
        `${ref.name}: more than ${MAX_REFERRER_PAGES} pages of referrers for ${subjectDigest}; refused`,
      );
    const answer = await client.getRaw(ref, url, INDEX_ACCEPT);
    if (page === 0 && (answer.status === 404 || answer.status === 405 || answer.status === 501)) return undefined;
    if (answer.status !== 200) {
      throw new HttpRequestError(
        `GET ${displayUrl(url)}: HTTP ${answer.status} (referrers API)`,
        displayUrl(url),
        answer.status,
        false,
      );
    }
    const contentType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (page === 0 && !isIndexMediaType(contentType) && !answer.bytes.toString('utf8').includes('"manifests"'))
      return undefined;
    const { index } = parseOciIndex(answer.bytes, contentType || OCI_MEDIA_TYPES.index, `GET ${displayUrl(url)}`);
    out.push(...index.manifests);
    url = parseNextLink(answer.headers.get('link'), url);
  }
  return out;
}

/** The referrers tag index of `subjectDigest` and its digest, or undefined when the tag does not exist. */
export async function readReferrersTagIndex(
  client: RegistryClient,
  ref: RegistryReference,
  subjectDigest: string,
): Promise<{ digest: string; index: OciIndex; etag?: string } | undefined> {
  const tag = referrersTag(subjectDigest);
  const url = client.url(ref, 'manifests', tag);
  const answer = await client.getRaw(ref, url, [OCI_MEDIA_TYPES.index, OCI_MEDIA_TYPES.manifest].join(', '));
  if (answer.status === 404) return undefined;
  if (answer.status !== 200)
    throw new HttpRequestError(`GET ${displayUrl(url)}: HTTP ${answer.status}`, displayUrl(url), answer.status, false);
  const contentType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim();
  let index: OciIndex;
  try {
    index = parseOciIndex(answer.bytes, contentType, `GET ${displayUrl(url)}`).index;
  } catch (error) {
    throw new InfrastructureError(
      `${ref.name}: the tag ${tag} exists but is not an image index (${contentType || 'no media type'}); it is not a referrers tag, so it is left alone`,
      { cause: error },
    );
  }
  const digest = sha256Digest(answer.bytes);
  const header = answer.headers.get('docker-content-digest');
  if (header && SHA256_DIGEST_PATTERN.test(header) && header !== digest) {
    throw new InfrastructureError(
      `GET ${displayUrl(url)}: Docker-Content-Digest ${header} does not match the index's bytes (${digest}); refused`,
    );
  }
  const etag = answer.headers.get('etag');
  return { digest, index, ...(etag ? { etag } : {}) };
}

/**
 * Lists the referrers of `subjectDigest`: the referrers API when the
 * registry has it, else the `sha256-<hex>` tag index (none when the tag does
 * not exist). `artifactType` filters (also client-side: a registry may ignore
 * the filter).
 */
export async function findReferrers(
  client: RegistryClient,
  ref: RegistryReference,
  subjectDigest: string,
  options: { artifactType?: string } = {},
): Promise<ReferrersListing> {
  if (!SHA256_DIGEST_PATTERN.test(subjectDigest))
    throw new ConfigurationError(`'${subjectDigest.slice(0, 80)}' is not a sha256 digest.`);
  const filter = (list: OciDescriptor[]) =>
    options.artifactType ? list.filter((d) => d.artifactType === options.artifactType) : list;
  const fromApi = await referrersFromApi(client, ref, subjectDigest, options.artifactType);
  if (fromApi) return { via: 'referrers-api', referrers: filter(fromApi) };
  const tagged = await readReferrersTagIndex(client, ref, subjectDigest);
  return { via: 'tag-schema', referrers: filter(tagged?.index.manifests ?? []) };
}

/** cosign's legacy signature and attestation tags next to a subject, when they exist. */
export async function findLegacyCosignTags(
  client: RegistryClient,
  ref: RegistryReference,
  subjectDigest: string,
): Promise<{ sig?: ResolvedDescriptor & { tag: string }; att?: ResolvedDescriptor & { tag: string } }> {
  const out: { sig?: ResolvedDescriptor & { tag: string }; att?: ResolvedDescriptor & { tag: string } } = {};
  for (const kind of ['sig', 'att'] as const) {
    const tag = legacyCosignTag(subjectDigest, kind);
    const found = await client.manifestExists(ref, tag);
    if (found) out[kind] = { ...found, tag };
  }
  return out;
}

/**
 * Whether a referrer with the same bundle layer is already listed: the
 * created annotation may differ between two attaches of the same bundle, the
 * bundle bytes may not.
 */
async function findSameBundle(
  client: RegistryClient,
  ref: RegistryReference,
  listed: OciDescriptor[],
  built: BuiltReferrer,
): Promise<string | undefined> {
  if (listed.some((d) => d.digest === built.digest)) return built.digest;
  const candidates = listed
    .filter((d) => d.artifactType === built.manifest.artifactType)
    .filter(
      (d) => d.annotations?.[BUNDLE_ANNOTATIONS.content] === built.manifest.annotations?.[BUNDLE_ANNOTATIONS.content],
    )
    .slice(0, MAX_IDEMPOTENCY_CHECKS);
  for (const candidate of candidates) {
    if (!SHA256_DIGEST_PATTERN.test(candidate.digest) || candidate.size > 64 * 1024) continue;
    try {
      const fetched = await client.getManifestBytes(referenceWithDigest(ref, candidate.digest), candidate.digest);
      const { manifest } = parseOciManifest(fetched.bytes, fetched.mediaType, candidate.digest);
      if (
        manifest.layers.length === 1 &&
        manifest.layers[0]!.digest === built.layer.digest &&
        manifest.subject?.digest === built.manifest.subject?.digest
      ) {
        return candidate.digest;
      }
    } catch (error) {
      // A listed referrer that is gone (404) or unreadable (not a manifest, wrong digest) is not ours;
      // auth, rate-limit and network failures are not hidden.
      const gone = error instanceof HttpRequestError && error.status === 404;
      const unreadable = error instanceof InfrastructureError && !(error instanceof HttpRequestError);
      if (!gone && !unreadable) throw error;
    }
  }
  return undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Stores `referrer` (built with buildBundleReferrer) next to its subject in
 * `ref`'s repository: pushes the bundle layer, the empty config and the
 * manifest (by digest), then lists it — by the registry (referrers API) or in
 * the `sha256-<hex>` tag index. Idempotent: a referrer with the same bundle
 * already listed is reported (`alreadyPresent`) and nothing is pushed.
 */
export async function pushReferrer(
  client: RegistryClient,
  ref: RegistryReference,
  referrer: BuiltReferrer,
  content: Buffer,
  options: ReferrerOptions = {},
): Promise<AttachedReferrer> {
  const subject = referrer.manifest.subject;
  if (!subject) throw new ConfigurationError('A referrer needs a subject.');
  if (sha256Digest(content) !== referrer.layer.digest)
    throw new ConfigurationError("The content given is not the referrer's layer (digest mismatch).");
  const log = options.log ?? (() => undefined);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const location = `${ref.registry}/${ref.repository}@${referrer.digest}`;

  // Already there? (API listing or tag index, whichever the registry has.)
  const before = await findReferrers(client, ref, subject.digest, {
    ...(referrer.manifest.artifactType ? { artifactType: referrer.manifest.artifactType } : {}),
  });
  const existing = await findSameBundle(client, ref, before.referrers, referrer);
  if (existing) {
    log(`${ref.name}: the bundle ${referrer.layer.digest} is already attached to ${subject.digest} (${existing})`);
    return {
      manifestDigest: existing,
      via: before.via,
      location: `${ref.registry}/${ref.repository}@${existing}`,
      alreadyPresent: true,
    };
  }

  await client.pushBlob(ref, content, referrer.layer.mediaType);
  await client.pushBlob(ref, EMPTY_CONFIG_BYTES, EMPTY_CONFIG_DESCRIPTOR.mediaType);
  let pushed;
  try {
    pushed = await client.pushManifest(ref, referrer.bytes, OCI_MEDIA_TYPES.manifest);
  } catch (error) {
    if (error instanceof HttpRequestError && (error.status === 400 || error.status === 415)) {
      // Registries that predate image-spec 1.1 refuse `subject`/`artifactType` or the empty config media type.
      // Leaving them out would break the format every verifier (cosign included) looks for, so this is an error.
      throw new InfrastructureError(
        `${ref.name}: the registry refused the bundle referrer manifest (${error.message}); it may not support OCI image-spec 1.1 artifacts (subject, artifactType, the empty config). Use a registry that does, e.g. ghcr.io, Docker Hub, or distribution ≥ 2.8.`,
        { cause: error },
      );
    }
    throw error;
  }
  if (pushed.ociSubject !== undefined || before.via === 'referrers-api') {
    // The registry indexes referrers itself (OCI-Subject on the PUT, or an API that answered).
    if (pushed.ociSubject !== undefined && pushed.ociSubject !== subject.digest) {
      throw new InfrastructureError(
        `${ref.name}: the registry indexed the referrer under ${pushed.ociSubject}, not ${subject.digest}`,
      );
    }
    return { manifestDigest: referrer.digest, via: 'referrers-api', location, alreadyPresent: false };
  }

  // Referrers tag schema: read-modify-write. distribution (and most registries
  // without the referrers API) has no conditional PUT, so a writer that read
  // the index before our write can overwrite it after. We narrow that window
  // (HEAD right before the PUT; If-Match with the ETag we read, honoured by
  // registries that implement it), then verify twice: right after the write,
  // and again after a settle delay longer than another writer's read→write
  // window, merging again when our entry was dropped. Bounded; best effort
  // against a writer that stalls between its read and its write for longer
  // than the settle delay.
  const attempts = Math.max(1, options.tagIndexAttempts ?? 5);
  const settleMs = options.tagIndexSettleMs ?? 1000;
  const tag = referrersTag(subject.digest);
  let writes = 0;
  let settled = false;
  for (let round = 1; ; round++) {
    const current = await readReferrersTagIndex(client, ref, subject.digest);
    const listed = current?.index.manifests.some((m) => m.digest === referrer.digest) ?? false;
    if (listed) {
      if (writes === 0 || settled) {
        return {
          manifestDigest: referrer.digest,
          via: 'tag-schema',
          location,
          alreadyPresent: writes === 0,
          ...(current ? { indexDigest: current.digest } : {}),
        };
      }
      // Listed right after our write: wait out concurrent writers, then look again.
      await sleep(Math.round(settleMs * (0.75 + random() / 4)));
      settled = true;
      continue;
    }
    if (writes > 0) log(`${ref.name}: ${tag} was overwritten by another writer; merging again`);
    settled = false;
    if (writes >= attempts || round > attempts * 4) break;
    const { index } = mergeReferrersIndex(current?.index, referrer.descriptor);
    // Narrow the race: the tag must still be what we read right before the write.
    const now = await client.manifestExists(ref, tag, INDEX_ACCEPT);
    let conflict = (now?.digest ?? undefined) !== current?.digest;
    if (!conflict) {
      try {
        await client.pushManifest(
          ref,
          serializeIndex(index),
          OCI_MEDIA_TYPES.index,
          tag,
          current?.etag ? { ifMatch: current.etag } : {},
        );
      } catch (error) {
        if (!(error instanceof HttpRequestError && error.status === 412)) throw error;
        conflict = true;
      }
      writes++;
    }
    if (conflict) log(`${ref.name}: ${tag} changed while merging (round ${round}); reading it again`);
    if (conflict || writes > 1)
      await sleep(Math.round((options.tagIndexBackoffMs ?? 250) * Math.min(writes + 1, 8) * (0.5 + random() / 2)));
  }
  throw new InfrastructureError(
    `${ref.name}: could not list the referrer ${referrer.digest} in the tag ${tag} after ${attempts} writes: other writers kept changing it. The referrer itself is stored; run the step again.`,
  );
}
