/**
 * A minimal OCI distribution client on the global `fetch`, for pulling one
 * artifact (a vulnerability DB): resolve a tag to its manifest digest with a
 * HEAD, fetch the manifest by digest, stream one blob to a file with its
 * SHA-256 checked before anything reads it.
 *
 * - Anonymous pulls only: a 401 with a `Bearer` challenge is answered with a
 *   token from the challenge's realm (service and scope passed on), cached
 *   per repository. A registry that wants credentials fails with that said.
 * - Plain HTTP for loopback registries (127.0.0.1, localhost, ::1), as
 *   go-containerregistry does; HTTPS for every other host.
 * - 429, 5xx and network errors are retried within a bounded budget
 *   (http-retry.ts), honouring Retry-After.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { ConfigurationError, InfrastructureError, validateImageReference } from '@scs/action-kit';
import {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  RequestCounter,
  displayUrl,
  realSleep,
  withRetries,
  type FetchFn,
  type RetryPolicy,
  type SleepFn,
} from './http-retry.js';
import { saveVerifiedBody } from './verified-download.js';

export const OCI_MEDIA_TYPES = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

/** Single manifests first: what a client that wants one artifact asks for. */
export const MANIFEST_ACCEPT = [
  OCI_MEDIA_TYPES.manifest,
  OCI_MEDIA_TYPES.dockerManifest,
  OCI_MEDIA_TYPES.index,
  OCI_MEDIA_TYPES.dockerManifestList,
].join(', ');

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** A parsed `host/repository[:tag][@digest]`. */
export interface RegistryReference {
  /** The host as written (e.g. 'ghcr.io', '127.0.0.1:5000', 'docker.io'). */
  registry: string;
  /** The host the API is served from ('registry-1.docker.io' for docker.io). */
  apiHost: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** What to put in /manifests/<reference>: the digest when given, else the tag. */
  reference: string;
  /** The reference as given (with the default tag when it had none). */
  name: string;
}

/**
 * Parses `host/repository[:tag][@sha256:…]`. A reference without a registry
 * host means Docker Hub (single names get `library/`), as docker does.
 * `label` names the setting in errors (e.g. the input `db-repository`).
 */
export function parseRegistryReference(value: string, options: { defaultTag?: string; label?: string } = {}): RegistryReference {
  const label = options.label ?? 'db-repository';
  const trimmed = value.trim();
  if (trimmed === '') throw new ConfigurationError(`\`${label}\` has an empty entry.`);
  validateImageReference(label, trimmed);

  let rest = trimmed;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = hasHost ? first.toLowerCase() : 'docker.io';
  let repository = hasHost ? rest.slice(slash + 1) : rest;
  if (registry === 'index.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  if (!tag && !digest) tag = options.defaultTag ?? 'latest';
  const apiHost = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  const name = `${hasHost ? first.toLowerCase() : registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { registry, apiHost, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}), reference: digest ?? tag!, name };
}

/** True for hosts served over plain HTTP: loopback only. */
export function isLoopbackHost(hostWithPort: string): boolean {
  const host = hostWithPort.startsWith('[') ? hostWithPort.slice(0, hostWithPort.indexOf(']') + 1) : hostWithPort.replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** `http://` for loopback registries, `https://` otherwise. */
export function registryBaseUrl(apiHost: string): string {
  return `${isLoopbackHost(apiHost) ? 'http' : 'https'}://${apiHost}`;
}

export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface OciManifest {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  config: OciDescriptor;
  layers: OciDescriptor[];
  annotations?: Record<string, string>;
}

export interface FetchedManifest {
  /** sha256:… of the manifest bytes (checked). */
  digest: string;
  mediaType: string;
  manifest: OciManifest;
  bytes: Buffer;
}

export interface ResolvedDigest {
  digest: string;
  /** Set when the registry's HEAD gave no digest and the manifest had to be fetched. */
  manifest?: FetchedManifest;
}

export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
}

/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"`; undefined for other schemes. */
export function parseBearerChallenge(header: string | null): BearerChallenge | undefined {
  if (!header) return undefined;
  const match = /^\s*Bearer\s+(.*)$/is.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(match[1]!); m; m = re.exec(match[1]!)) {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  if (!params.realm) return undefined;
  return { realm: params.realm, ...(params.service ? { service: params.service } : {}), ...(params.scope ? { scope: params.scope } : {}) };
}

export interface RegistryClientOptions {
  fetch?: FetchFn;
  sleep?: SleepFn;
  retry?: Partial<RetryPolicy>;
  /** Debug lines (retries, token requests). */
  log?: (message: string) => void;
  /** Shared request counter (one is created when absent). */
  counter?: RequestCounter;
  userAgent?: string;
  /** Per request for tokens, HEADs and manifests; default 30 s. */
  requestTimeoutMs?: number;
  /** For one whole blob download; default 15 min. */
  blobTimeoutMs?: number;
}

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseDescriptor(value: unknown, where: string): OciDescriptor {
  if (
    !isObject(value) ||
    typeof value.mediaType !== 'string' ||
    typeof value.digest !== 'string' ||
    typeof value.size !== 'number' ||
    !Number.isSafeInteger(value.size) ||
    value.size < 0
  ) {
    throw new InfrastructureError(`${where} is not a valid descriptor (mediaType, digest, size)`);
  }
  const annotations = isObject(value.annotations) ? (value.annotations as Record<string, string>) : undefined;
  return { mediaType: value.mediaType, digest: value.digest, size: value.size, ...(annotations ? { annotations } : {}) };
}

/** Parses a single-image manifest; an index is refused (a DB artifact is one manifest). */
export function parseOciManifest(bytes: Buffer, contentType: string | null, where: string): { mediaType: string; manifest: OciManifest } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new InfrastructureError(`${where}: the manifest is not JSON`, { cause: error });
  }
  if (!isObject(parsed)) throw new InfrastructureError(`${where}: the manifest is not a JSON object`);
  const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
  const mediaType = declared ?? (contentType ?? '').split(';')[0]!.trim();
  if (mediaType === OCI_MEDIA_TYPES.index || mediaType === OCI_MEDIA_TYPES.dockerManifestList || Array.isArray(parsed.manifests)) {
    throw new InfrastructureError(`${where}: is an image index, expected a single artifact manifest`);
  }
  if (parsed.schemaVersion !== 2) throw new InfrastructureError(`${where}: unsupported manifest schemaVersion ${String(parsed.schemaVersion)}`);
  if (!Array.isArray(parsed.layers)) throw new InfrastructureError(`${where}: the manifest has no layers`);
  const manifest: OciManifest = {
    schemaVersion: 2,
    ...(declared ? { mediaType: declared } : {}),
    ...(typeof parsed.artifactType === 'string' ? { artifactType: parsed.artifactType } : {}),
    config: parseDescriptor(parsed.config, `${where}: config`),
    layers: parsed.layers.map((layer, i) => parseDescriptor(layer, `${where}: layers[${i}]`)),
    ...(isObject(parsed.annotations) ? { annotations: parsed.annotations as Record<string, string> } : {}),
  };
  return { mediaType: mediaType || OCI_MEDIA_TYPES.manifest, manifest };
}

export class OciRegistryClient {
  readonly counter: RequestCounter;
  private readonly fetchFn: FetchFn;
  private readonly sleep: SleepFn;
  private readonly policy: RetryPolicy;
  private readonly log: (message: string) => void;
  private readonly userAgent: string;
  private readonly requestTimeoutMs: number;
  private readonly blobTimeoutMs: number;
  /** Bearer tokens per `apiHost/repository`. */
  private readonly tokens = new Map<string, string>();

  constructor(options: RegistryClientOptions = {}) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? realSleep;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.log = options.log ?? (() => undefined);
    this.counter = options.counter ?? new RequestCounter();
    this.userAgent = options.userAgent ?? 'scs-vuln-db';
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.blobTimeoutMs = options.blobTimeoutMs ?? 15 * 60_000;
  }

  /** Requests sent so far by this client (token requests and retries included). */
  get requests(): number {
    return this.counter.count;
  }

  private url(ref: RegistryReference, kind: 'manifests' | 'blobs', reference: string): string {
    return `${registryBaseUrl(ref.apiHost)}/v2/${ref.repository}/${kind}/${reference}`;
  }

  private async send(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
    this.counter.count++;
    return this.fetchFn(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  }

  private async fetchToken(ref: RegistryReference, challenge: BearerChallenge): Promise<string> {
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch {
      throw new InfrastructureError(`${ref.name}: the registry's token realm '${challenge.realm.slice(0, 200)}' is not a URL`);
    }
    if (!(realm.protocol === 'https:' || (realm.protocol === 'http:' && isLoopbackHost(realm.host)))) {
      throw new InfrastructureError(`${ref.name}: refusing the token realm ${displayUrl(realm.href)} (HTTPS required except on loopback)`);
    }
    if (challenge.service) realm.searchParams.set('service', challenge.service);
    realm.searchParams.set('scope', challenge.scope ?? `repository:${ref.repository}:pull`);
    const label = `GET ${displayUrl(realm.href)}`;
    this.log(`${ref.name}: requesting an anonymous pull token from ${displayUrl(realm.href)}`);
    const response = await withRetries(label, this.retryContext(), () =>
      this.send(realm.href, { headers: { Accept: 'application/json', 'User-Agent': this.userAgent } }, this.requestTimeoutMs),
    );
    const body = await response.text();
    if (!response.ok) {
      throw new HttpRequestError(`${label}: HTTP ${response.status} (anonymous token refused)`, realm.href, response.status, false);
    }
    let token: unknown;
    try {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      token = parsed.token ?? parsed.access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || token === '') throw new InfrastructureError(`${label}: the answer holds no token`);
    return token;
  }

  private retryContext() {
    return { policy: this.policy, sleep: this.sleep, log: this.log };
  }

  /**
   * One registry request with retries and the anonymous token flow. When
   * `consume` is given it reads a 2xx body inside the retried attempt (so a
   * body cut short is retried too).
   */
  private async request(
    ref: RegistryReference,
    method: 'GET' | 'HEAD',
    url: string,
    headers: Record<string, string>,
    timeoutMs: number,
    consume?: (response: Response) => Promise<void>,
  ): Promise<Response> {
    const label = `${method} ${displayUrl(url)}`;
    const tokenKey = `${ref.apiHost}/${ref.repository}`;
    const attempt = async () => {
      const token = this.tokens.get(tokenKey);
      const response = await this.send(
        url,
        { method, headers: { 'User-Agent': this.userAgent, ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) } },
        timeoutMs,
      );
      if (response.ok && consume) await consume(response);
      return response;
    };
    let response = await withRetries(label, this.retryContext(), attempt);
    if (response.status === 401) {
      const challengeHeader = response.headers.get('www-authenticate');
      await response.body?.cancel().catch(() => undefined);
      const challenge = parseBearerChallenge(challengeHeader);
      if (!challenge || this.tokens.has(tokenKey)) {
        throw new HttpRequestError(
          `${label}: HTTP 401 (${challenge ? 'the anonymous token was refused' : 'the registry wants credentials; only anonymous pulls are supported'})`,
          url,
          401,
          false,
        );
      }
      this.tokens.set(tokenKey, await this.fetchToken(ref, challenge));
      response = await withRetries(label, this.retryContext(), attempt);
      if (response.status === 401) {
        await response.body?.cancel().catch(() => undefined);
        throw new HttpRequestError(`${label}: HTTP 401 with an anonymous token (the repository is not public)`, url, 401, false);
      }
    }
    return response;
  }

  private static async failure(label: string, url: string, response: Response): Promise<HttpRequestError> {
    const text = await response.text().catch(() => '');
    let detail = '';
    try {
      const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      const first = parsed.errors?.[0];
      if (first) detail = `: ${[first.code, first.message].filter(Boolean).join(' ')}`.slice(0, 200);
    } catch {
      // not a registry error body
    }
    return new HttpRequestError(`${label}: HTTP ${response.status}${detail}`, url, response.status, false);
  }

  /**
   * The manifest digest of `ref` (its tag or digest). One HEAD; a registry
   * whose HEAD carries no `Docker-Content-Digest` costs a GET, whose body is
   * hashed (and returned so it is not fetched again).
   */
  async resolveDigest(ref: RegistryReference): Promise<ResolvedDigest> {
    const url = this.url(ref, 'manifests', ref.reference);
    const label = `HEAD ${displayUrl(url)}`;
    const response = await this.request(ref, 'HEAD', url, { Accept: MANIFEST_ACCEPT }, this.requestTimeoutMs);
    if (response.status !== 200) throw await OciRegistryClient.failure(label, url, response);
    const digest = response.headers.get('docker-content-digest');
    if (digest && DIGEST_PATTERN.test(digest)) {
      if (ref.digest && digest !== ref.digest) {
        throw new InfrastructureError(`${label}: the registry answered ${digest} for ${ref.digest}`);
      }
      return { digest };
    }
    const manifest = await this.getManifest(ref, ref.digest);
    return { digest: manifest.digest, manifest };
  }

  /**
   * The manifest by digest (checked against the bytes), or by the reference's
   * tag when `digest` is undefined (then the bytes' digest is returned).
   */
  async getManifest(ref: RegistryReference, digest: string | undefined): Promise<FetchedManifest> {
    if (digest !== undefined && !DIGEST_PATTERN.test(digest)) {
      throw new InfrastructureError(`${ref.name}: unsupported manifest digest '${digest.slice(0, 100)}' (sha256 only)`);
    }
    const url = this.url(ref, 'manifests', digest ?? ref.reference);
    const label = `GET ${displayUrl(url)}`;
    let bytes = Buffer.alloc(0);
    const response = await this.request(ref, 'GET', url, { Accept: MANIFEST_ACCEPT }, this.requestTimeoutMs, async (r) => {
      const declared = Number(r.headers.get('content-length') ?? '0');
      if (declared > MAX_MANIFEST_BYTES) {
        await r.body?.cancel().catch(() => undefined);
        throw new InfrastructureError(`${label}: a ${declared}-byte manifest is over the ${MAX_MANIFEST_BYTES}-byte limit`);
      }
      bytes = Buffer.from(await r.arrayBuffer());
    });
    if (response.status !== 200) throw await OciRegistryClient.failure(label, url, response);
    if (bytes.length > MAX_MANIFEST_BYTES) throw new InfrastructureError(`${label}: the manifest is over the ${MAX_MANIFEST_BYTES}-byte limit`);
    const actual = `sha256:${sha256Hex(bytes)}`;
    if (digest !== undefined && actual !== digest) {
      throw new InfrastructureError(`${label}: the manifest's digest is ${actual}, not the ${digest} asked for; refused`);
    }
    const header = response.headers.get('docker-content-digest');
    if (digest === undefined && header && DIGEST_PATTERN.test(header) && header !== actual) {
      throw new InfrastructureError(`${label}: Docker-Content-Digest ${header} does not match the manifest's bytes (${actual}); refused`);
    }
    const { mediaType, manifest } = parseOciManifest(bytes, response.headers.get('content-type'), label);
    return { digest: actual, mediaType, manifest, bytes };
  }

  /**
   * Streams the blob `descriptor` names into `file`. The bytes go to
   * `<file>.partial` first; `file` appears only once size and SHA-256 match
   * the descriptor (DigestMismatchError otherwise, not retried). On any
   * failure nothing is left behind.
   */
  async downloadBlob(ref: RegistryReference, descriptor: OciDescriptor, file: string): Promise<number> {
    if (!DIGEST_PATTERN.test(descriptor.digest)) {
      throw new InfrastructureError(`${ref.name}: unsupported blob digest '${descriptor.digest.slice(0, 100)}' (sha256 only)`);
    }
    const url = this.url(ref, 'blobs', descriptor.digest);
    const label = `GET ${displayUrl(url)}`;
    let bytes = 0;
    try {
      const response = await this.request(ref, 'GET', url, {}, this.blobTimeoutMs, async (r) => {
        bytes = await saveVerifiedBody(r, file, { digest: descriptor.digest, size: descriptor.size }, label, url);
      });
      if (response.status !== 200) throw await OciRegistryClient.failure(label, url, response);
      return bytes;
    } catch (error) {
      fs.rmSync(`${file}.partial`, { force: true });
      fs.rmSync(file, { force: true });
      throw error;
    }
  }
}
