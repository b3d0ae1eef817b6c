/**
 * An OCI distribution client on the global `fetch`: resolve a tag to a
 * digest once, read manifests and indexes (with their platforms), read and
 * push blobs and manifests, with every digest computed locally and checked.
 *
 * This module is the content side (manifests, blobs, referrers); the
 * requests themselves go through the transport (registry-transport.ts:
 * action-kit's one HTTP policy — deadlines, retries with backoff, jitter and
 * Retry-After, redirects without downgrade or credentials across origins,
 * caps while reading) and authentication is registry-auth.ts's (token
 * exchange, credentials, what to fix on a 401/403).
 *
 * Plain HTTP for loopback registries (127.0.0.0/8, localhost, [::1]), as
 * docker and go-containerregistry do; HTTPS for every other host, token
 * realms included.
 */
import { HttpRequestError, InfrastructureError, displayUrl } from '@scs/action-kit';
import {
  MANIFEST_ACCEPT,
  OCI_MEDIA_TYPES,
  isIndexMediaType,
  parseOciIndex,
  parseOciManifest,
  sha256Digest,
  type OciDescriptor,
  type OciIndex,
  type OciManifest,
  type OciPlatform,
} from './manifest.js';
import {
  buildBundleReferrer,
  findLegacyCosignTags,
  findReferrers,
  pushReferrer,
  type AttachedReferrer,
  type BundleReferrerInput,
  type ReferrerOptions,
  type ReferrersListing,
} from './referrers.js';
import {
  SHA256_DIGEST_PATTERN,
  isLoopbackHost,
  referenceWithDigest,
  registryBaseUrl,
  type RegistryReference,
} from './reference.js';
import { RegistryAuth, type RegistryAccess } from './registry-auth.js';
import {
  RegistryTransport,
  readCapped,
  type RegistryClientOptions,
  type RequestCounter,
} from './registry-transport.js';

export {
  RegistryAuthError,
  authAdvice,
  parseBearerChallenge,
  type BearerChallenge,
  type RegistryAccess,
} from './registry-auth.js';
export type { RegistryClientOptions } from './registry-transport.js';

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface FetchedManifest {
  /** sha256:… of the manifest bytes (checked). */
  digest: string;
  mediaType: string;
  manifest: OciManifest;
  bytes: Buffer;
}

export interface FetchedIndex {
  /** sha256:… of the index bytes (checked). */
  digest: string;
  mediaType: string;
  index: OciIndex;
  bytes: Buffer;
}

/** What a tag or digest resolves to. */
export interface ResolvedDescriptor {
  /** sha256:… of the manifest or index. */
  digest: string;
  /** Its media type (an image manifest, an image index, a Docker manifest list…). */
  mediaType: string;
  /** Its size in bytes. */
  size: number;
}

/** One entry of an image index that is a runnable image for a platform. */
export interface PlatformManifest {
  digest: string;
  mediaType: string;
  size: number;
  platform: OciPlatform;
}

/** A resolved reference; for an image index, its platform manifests too. */
export interface ResolvedImage extends ResolvedDescriptor {
  isIndex: boolean;
  /**
   * For an index: its platform manifests in index order (attestation
   * manifests that buildx adds, platform unknown/unknown, left out). Empty for
   * a single manifest.
   */
  platforms: PlatformManifest[];
}

/** A manifest pushed: its locally computed digest (the registry's answer checked against it). */
export interface PushedManifest extends ResolvedDescriptor {
  /** The URL the registry gave in Location (or the manifest URL), without query. */
  location: string;
  /** The `OCI-Subject` header of the answer: set when the registry indexed the manifest's subject (referrers API). */
  ociSubject?: string;
}

export class RegistryClient {
  private readonly transport: RegistryTransport;

  constructor(options: RegistryClientOptions = {}) {
    this.transport = new RegistryTransport(
      options,
      (transport) => new RegistryAuth(transport, options.credentials, options.onSecret),
    );
  }

  /** The shared request counter. */
  get counter(): RequestCounter {
    return this.transport.counter;
  }

  /** Requests sent so far by this client (token requests and retries included). */
  get requests(): number {
    return this.transport.counter.count;
  }

  /** `<base>/v2/<repository>/<kind>/<reference>` */
  url(ref: RegistryReference, kind: 'manifests' | 'blobs' | 'referrers' | 'tags', reference: string): string {
    return this.transport.url(ref, kind, reference);
  }

  /**
   * The manifest (or index) `reference` names, as raw bytes with their
   * checked digest: by digest, the bytes must hash to it; by tag, a
   * Docker-Content-Digest header must match the bytes.
   */
  async getManifestBytes(
    ref: RegistryReference,
    reference: string = ref.reference,
    accept: string = MANIFEST_ACCEPT,
  ): Promise<{ digest: string; mediaType: string; bytes: Buffer }> {
    const byDigest = reference.includes(':');
    if (byDigest) this.transport.checkDigest(ref, reference, 'manifest');
    const url = this.transport.url(ref, 'manifests', reference);
    const label = `GET ${displayUrl(url)}`;
    let bytes: Buffer = Buffer.alloc(0);
    const response = await this.transport.request(ref, 'GET', url, {
      headers: { Accept: accept },
      consume: async (r) => {
        bytes = await readCapped(r, MAX_MANIFEST_BYTES, label);
      },
    });
    if (response.status !== 200) throw await RegistryTransport.failure(label, url, response);
    const actual = sha256Digest(bytes);
    if (byDigest && actual !== reference) {
      throw new InfrastructureError(
        `${label}: the manifest's digest is ${actual}, not the ${reference} asked for; refused`,
      );
    }
    const header = response.headers.get('docker-content-digest');
    if (!byDigest && header && SHA256_DIGEST_PATTERN.test(header) && header !== actual) {
      throw new InfrastructureError(
        `${label}: Docker-Content-Digest ${header} does not match the manifest's bytes (${actual}); refused`,
      );
    }
    let mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    try {
      const declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType;
      if (typeof declared === 'string') mediaType = declared;
    } catch {
      // parsed (and refused) by the caller
    }
    return { digest: actual, mediaType: mediaType || OCI_MEDIA_TYPES.manifest, bytes };
  }

  /**
   * A single-image manifest by digest (checked against the bytes), or by the
   * reference's tag when `digest` is undefined (the bytes' digest is
   * returned). An index is refused.
   */
  async getManifest(ref: RegistryReference, digest?: string): Promise<FetchedManifest> {
    if (digest !== undefined) this.transport.checkDigest(ref, digest, 'manifest');
    const fetched = await this.getManifestBytes(ref, digest ?? ref.reference);
    const label = `GET ${displayUrl(this.transport.url(ref, 'manifests', digest ?? ref.reference))}`;
    const { mediaType, manifest } = parseOciManifest(fetched.bytes, fetched.mediaType, label);
    return { digest: fetched.digest, mediaType, manifest, bytes: fetched.bytes };
  }

  /** An image index by digest or tag (same checks as getManifest); a single manifest is refused. */
  async getIndex(ref: RegistryReference, reference: string = ref.reference): Promise<FetchedIndex> {
    const fetched = await this.getManifestBytes(
      ref,
      reference,
      [OCI_MEDIA_TYPES.index, OCI_MEDIA_TYPES.dockerManifestList].join(', '),
    );
    const { mediaType, index } = parseOciIndex(
      fetched.bytes,
      fetched.mediaType,
      `GET ${displayUrl(this.transport.url(ref, 'manifests', reference))}`,
    );
    return { digest: fetched.digest, mediaType, index, bytes: fetched.bytes };
  }

  /**
   * HEAD of manifest `reference`: what the registry's headers say (each
   * field only when present and well-formed), or undefined on 404. Any other
   * non-200 status is an error; a 405 (HEAD not allowed) gives `{}`.
   */
  async headManifest(
    ref: RegistryReference,
    reference: string = ref.reference,
    accept: string = MANIFEST_ACCEPT,
  ): Promise<Partial<ResolvedDescriptor> | undefined> {
    const url = this.transport.url(ref, 'manifests', reference);
    const label = `HEAD ${displayUrl(url)}`;
    const response = await this.transport.request(ref, 'HEAD', url, { headers: { Accept: accept } });
    if (response.status === 404) return undefined;
    if (response.status === 405) return {};
    if (response.status !== 200) throw await RegistryTransport.failure(label, url, response);
    const digest = response.headers.get('docker-content-digest');
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const length = response.headers.get('content-length');
    return {
      ...(digest && SHA256_DIGEST_PATTERN.test(digest) ? { digest } : {}),
      // distribution answers HEAD for unknown things with application/json.
      ...(mediaType && mediaType !== 'application/json' ? { mediaType } : {}),
      ...(length && /^\d+$/.test(length) ? { size: Number(length) } : {}),
    };
  }

  /**
   * Resolves `ref` (its tag, or its digest to check it exists) to the
   * manifest's digest, media type and size: one HEAD; a registry whose HEAD
   * lacks Docker-Content-Digest, Content-Type or Content-Length (or does not
   * allow HEAD) costs a GET whose bytes are hashed (and returned). Throws when
   * the registry answers another digest than the one asked for. Use the digest
   * from here for everything that follows: a tag may move meanwhile.
   */
  async resolveDescriptor(
    ref: RegistryReference,
    accept: string = MANIFEST_ACCEPT,
  ): Promise<ResolvedDescriptor & { bytes?: Buffer }> {
    const url = this.transport.url(ref, 'manifests', ref.reference);
    const label = `HEAD ${displayUrl(url)}`;
    const head = await this.headManifest(ref, ref.reference, accept);
    if (!head) {
      throw new HttpRequestError(
        `${label}: HTTP 404 (${ref.name} does not exist; check the name and tag)`,
        displayUrl(url),
        404,
        false,
      );
    }
    if (head.digest && head.mediaType && head.size !== undefined) {
      if (ref.digest && head.digest !== ref.digest)
        throw new InfrastructureError(`${label}: the registry answered ${head.digest} for ${ref.digest}; refused`);
      return { digest: head.digest, mediaType: head.mediaType, size: head.size };
    }
    const fetched = await this.getManifestBytes(ref, ref.reference, accept);
    return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length, bytes: fetched.bytes };
  }

  /** resolveDescriptor without the bytes: {digest, mediaType, size}. */
  async resolveDigest(ref: RegistryReference): Promise<ResolvedDescriptor> {
    const { digest, mediaType, size } = await this.resolveDescriptor(ref);
    return { digest, mediaType, size };
  }

  /**
   * Resolves `ref` and, when it is an image index, lists its platform
   * manifests (the index is fetched by the digest just resolved).
   */
  async resolveImage(ref: RegistryReference): Promise<ResolvedImage> {
    const resolved = await this.resolveDescriptor(ref);
    if (!isIndexMediaType(resolved.mediaType)) {
      return {
        digest: resolved.digest,
        mediaType: resolved.mediaType,
        size: resolved.size,
        isIndex: false,
        platforms: [],
      };
    }
    let index: OciIndex;
    if (resolved.bytes) {
      index = parseOciIndex(resolved.bytes, resolved.mediaType, ref.name).index;
    } else {
      index = (await this.getIndex(referenceWithDigest(ref, resolved.digest), resolved.digest)).index;
    }
    const platforms = index.manifests
      .filter(
        (entry) =>
          entry.platform &&
          entry.platform.os !== 'unknown' &&
          entry.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest',
      )
      .map((entry) => ({
        digest: entry.digest,
        mediaType: entry.mediaType,
        size: entry.size,
        platform: entry.platform!,
      }));
    return { digest: resolved.digest, mediaType: resolved.mediaType, size: resolved.size, isIndex: true, platforms };
  }

  /** Whether the manifest `reference` (tag or digest) exists; its descriptor when it does (404 → undefined). */
  async manifestExists(
    ref: RegistryReference,
    reference: string,
    accept: string = MANIFEST_ACCEPT,
  ): Promise<ResolvedDescriptor | undefined> {
    const head = await this.headManifest(ref, reference, accept);
    if (!head) return undefined;
    if (head.digest && head.mediaType && head.size !== undefined)
      return { digest: head.digest, mediaType: head.mediaType, size: head.size };
    const fetched = await this.getManifestBytes(ref, reference, accept);
    return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
  }

  /** Whether the repository holds blob `digest` (HEAD; 404 → false). */
  async blobExists(ref: RegistryReference, digest: string, access: RegistryAccess = 'pull'): Promise<boolean> {
    this.transport.checkDigest(ref, digest, 'blob');
    const url = this.transport.url(ref, 'blobs', digest);
    const response = await this.transport.request(ref, 'HEAD', url, { access });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await RegistryTransport.failure(`HEAD ${displayUrl(url)}`, url, response);
  }

  /**
   * Opens blob `descriptor` and hands the 200 answer to `consume` inside the
   * retried attempt (a body cut short is retried when `consume` throws a
   * retryable HttpRequestError). Redirects to storage hosts are followed
   * without the registry's Authorization.
   */
  async streamBlob<T>(
    ref: RegistryReference,
    descriptor: OciDescriptor,
    consume: (response: Response, label: string, url: string) => Promise<T>,
  ): Promise<T> {
    this.transport.checkDigest(ref, descriptor.digest, 'blob');
    const url = this.transport.url(ref, 'blobs', descriptor.digest);
    const label = `GET ${displayUrl(url)}`;
    let result: { value: T } | undefined;
    const response = await this.transport.request(ref, 'GET', url, {
      transfer: 'blob',
      consume: async (r) => {
        result = { value: await consume(r, label, url) };
      },
    });
    if (response.status !== 200 || !result) throw await RegistryTransport.failure(label, url, response);
    return result.value;
  }

  /**
   * Blob `descriptor` in memory, refused unless its size and SHA-256 match
   * the descriptor. `maxBytes` (default 16 MiB) caps what is accepted, before
   * any request when the descriptor already says more.
   */
  async fetchBlob(
    ref: RegistryReference,
    descriptor: OciDescriptor,
    options: { maxBytes?: number } = {},
  ): Promise<Buffer> {
    const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    if (descriptor.size > maxBytes) {
      throw new InfrastructureError(
        `${ref.name}: blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${maxBytes}-byte limit; not fetched`,
      );
    }
    return this.streamBlob(ref, descriptor, async (response, label) => {
      const bytes = await readCapped(response, descriptor.size, label);
      const actual = sha256Digest(bytes);
      if (bytes.length !== descriptor.size || actual !== descriptor.digest) {
        throw new InfrastructureError(
          `${label}: the content does not match its digest: got ${actual} (${bytes.length} bytes), expected ${descriptor.digest} (${descriptor.size} bytes); refused`,
        );
      }
      return bytes;
    });
  }

  /**
   * Pushes `data` as a blob unless the repository has it already (HEAD):
   * POST /blobs/uploads/, then a monolithic PUT to the Location (relative or
   * absolute) with `?digest=`. The digest is computed here and compared with
   * the registry's Docker-Content-Digest. A failed upload is retried from
   * the POST. Returns the blob's descriptor.
   */
  async pushBlob(
    ref: RegistryReference,
    data: Buffer,
    mediaType: string = 'application/octet-stream',
  ): Promise<OciDescriptor> {
    const digest = sha256Digest(data);
    const descriptor: OciDescriptor = { mediaType, digest, size: data.length };
    if (await this.blobExists(ref, digest, 'push')) {
      this.transport.log(`${ref.name}: blob ${digest} already there`);
      return descriptor;
    }
    const start = `${registryBaseUrl(ref.apiHost)}/v2/${ref.repository}/blobs/uploads/`;
    const label = `POST ${displayUrl(start)} + PUT`;
    let putUrl = start;
    const response = await this.transport.exchange({
      ref,
      access: 'push',
      label,
      url: start,
      attempt: async (authorization) => {
        const started = await this.transport.send(start, {
          method: 'POST',
          headers: this.transport.headers({ 'Content-Length': '0' }, authorization),
        });
        if (started.status !== 202) return started;
        await started.body?.cancel().catch(() => undefined);
        const location = started.headers.get('location');
        if (!location)
          throw new HttpRequestError(
            `POST ${displayUrl(start)}: HTTP 202 without a Location`,
            displayUrl(start),
            202,
            false,
          );
        const target = new URL(location, start);
        const origin = new URL(start).origin;
        if (!(target.protocol === 'https:' || (target.protocol === 'http:' && isLoopbackHost(target.host)))) {
          throw new HttpRequestError(
            `POST ${displayUrl(start)}: refusing the upload location ${displayUrl(target.href)} (HTTPS required except on loopback)`,
            displayUrl(start),
            202,
            false,
          );
        }
        target.searchParams.set('digest', digest);
        putUrl = target.href;
        return this.transport.send(
          target.href,
          {
            method: 'PUT',
            headers: this.transport.headers(
              { 'Content-Type': 'application/octet-stream', 'Content-Length': String(data.length) },
              // Upload sessions on another host (storage) do not get the registry's credentials.
              target.origin === origin ? authorization : undefined,
            ),
            body: data,
          },
          'blob',
        );
      },
    });
    if (response.status !== 201 && response.status !== 204) {
      throw await RegistryTransport.failure(`PUT ${displayUrl(putUrl)} (blob upload)`, putUrl, response);
    }
    await response.body?.cancel().catch(() => undefined);
    const answered = response.headers.get('docker-content-digest');
    if (answered && answered !== digest) {
      throw new InfrastructureError(
        `PUT ${displayUrl(putUrl)}: the registry stored ${answered} for a blob whose digest is ${digest}; refused`,
      );
    }
    return descriptor;
  }

  /**
   * Pushes manifest `bytes` (sent as is, with `mediaType` as Content-Type)
   * under `reference`: a tag, or its own digest when undefined. The digest is
   * computed here; a registry answering another Docker-Content-Digest is an
   * error. `ifMatch` makes the write conditional on registries that support
   * it (a 412 is thrown as an HttpRequestError with status 412).
   */
  async pushManifest(
    ref: RegistryReference,
    bytes: Buffer,
    mediaType: string,
    reference?: string,
    options: { ifMatch?: string } = {},
  ): Promise<PushedManifest> {
    const digest = sha256Digest(bytes);
    if (bytes.length > MAX_MANIFEST_BYTES)
      throw new InfrastructureError(
        `${ref.name}: a ${bytes.length}-byte manifest is over the ${MAX_MANIFEST_BYTES}-byte limit`,
      );
    const target = reference ?? digest;
    if (target.includes(':') && target !== digest) {
      throw new InfrastructureError(
        `${ref.name}: pushing a manifest whose digest is ${digest} under ${target.slice(0, 80)}; refused`,
      );
    }
    const url = this.transport.url(ref, 'manifests', target);
    const label = `PUT ${displayUrl(url)}`;
    const response = await this.transport.request(ref, 'PUT', url, {
      access: 'push',
      headers: { 'Content-Type': mediaType, ...(options.ifMatch ? { 'If-Match': options.ifMatch } : {}) },
      body: bytes,
    });
    if (response.status !== 201 && response.status !== 200 && response.status !== 204)
      throw await RegistryTransport.failure(label, url, response);
    await response.body?.cancel().catch(() => undefined);
    const answered = response.headers.get('docker-content-digest');
    if (answered && answered !== digest) {
      throw new InfrastructureError(
        `${label}: the registry stored ${answered} for a manifest whose digest is ${digest}; refused`,
      );
    }
    const location = response.headers.get('location');
    const ociSubject = response.headers.get('oci-subject');
    return {
      digest,
      mediaType,
      size: bytes.length,
      location: location ? displayUrl(new URL(location, url).href) : displayUrl(url),
      ...(ociSubject ? { ociSubject } : {}),
    };
  }

  /**
   * GET `url` (in this repository's API) for an index, returning the answer
   * for the caller to judge: used for the referrers API, whose 404 means
   * "not supported", and for pagination links.
   */
  async getRaw(
    ref: RegistryReference,
    url: string,
    accept: string,
    maxBytes: number = MAX_MANIFEST_BYTES,
  ): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    let bytes: Buffer = Buffer.alloc(0);
    const label = `GET ${displayUrl(url)}`;
    const response = await this.transport.request(ref, 'GET', url, {
      headers: { Accept: accept },
      consume: async (r) => {
        bytes = await readCapped(r, maxBytes, label);
      },
    });
    if (!response.ok) await response.body?.cancel().catch(() => undefined);
    return { status: response.status, headers: response.headers, bytes };
  }

  /**
   * Stores a Sigstore bundle as a referrer of `subject` (cosign's
   * BUNDLE_SPEC): bundle layer, empty config, manifest; listed by the
   * registry's referrers API, else in the `sha256-<hex>` tag index.
   * Idempotent: the same bundle attached twice is one entry.
   */
  async attachReferrer(
    ref: RegistryReference,
    subject: OciDescriptor,
    artifact: Omit<BundleReferrerInput, 'subject'>,
    options: ReferrerOptions = {},
  ): Promise<AttachedReferrer> {
    const built = buildBundleReferrer({ ...artifact, subject });
    return pushReferrer(this, ref, built, artifact.bundle, {
      sleep: this.transport.retry.sleep,
      log: this.transport.log,
      ...(this.transport.retry.random ? { random: this.transport.retry.random } : {}),
      ...options,
    });
  }

  /** The referrers of `subjectDigest` (referrers API, else the tag schema), optionally of one artifactType. */
  listReferrers(
    ref: RegistryReference,
    subjectDigest: string,
    options: { artifactType?: string } = {},
  ): Promise<ReferrersListing> {
    return findReferrers(this, ref, subjectDigest, options);
  }

  /** cosign's legacy `sha256-<hex>.sig` / `.att` tags of `subjectDigest`, when they exist. */
  legacyCosignTags(ref: RegistryReference, subjectDigest: string): ReturnType<typeof findLegacyCosignTags> {
    return findLegacyCosignTags(this, ref, subjectDigest);
  }
}
