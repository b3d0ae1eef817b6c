/**
 * An OCI distribution client on the global `fetch`: resolve a tag to a
 * digest once, read manifests and indexes (with their platforms), read and
 * push blobs and manifests, with every digest computed locally and checked.
 *
 * - Authentication: a 401 with a `Bearer` challenge is answered with a token
 *   from the challenge's realm (anonymous, or with the credentials the
 *   provider finds for the host; `pull,push` scope when pushing); a `Basic`
 *   challenge with the credentials themselves. Tokens are cached per
 *   repository and access. A credential, token or Authorization header never
 *   appears in an error or a log line; `onSecret` sees each secret first.
 * - 401/403 end in a RegistryAuthError that names the registry and what to
 *   fix; they are not retried.
 * - 429, 5xx and network errors are retried within a bounded budget with
 *   exponential backoff (jitter for writers), honouring Retry-After
 *   (http-retry.ts).
 * - Plain HTTP for loopback registries (127.0.0.0/8, localhost, [::1]), as
 *   docker and go-containerregistry do; HTTPS for every other host, token
 *   realms included.
 */
import {
  BodyReadError,
  InfrastructureError,
  fetchWithPolicy,
  readCapped as readCappedBody,
  stripInvisible,
} from '@scs/action-kit';
import type { CredentialProvider, RegistryCredential } from './credentials.js';
import {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  RequestCounter,
  displayUrl,
  realSleep,
  withRetries,
  type FetchFn,
  type RetryContext,
  type RetryPolicy,
  type SleepFn,
} from './http-retry.js';
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

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export type RegistryAccess = 'pull' | 'push';

/** A 401 or 403 from a registry (or its token service): what to fix is in the message. Not retried. */
export class RegistryAuthError extends HttpRequestError {
  override name = 'RegistryAuthError';
  constructor(
    message: string,
    url: string,
    status: number,
    /** The registry host ('ghcr.io'). */
    readonly registry: string,
    readonly access: RegistryAccess,
  ) {
    super(message, url, status, false);
  }
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
  return {
    realm: params.realm,
    ...(params.service ? { service: params.service } : {}),
    ...(params.scope ? { scope: params.scope } : {}),
  };
}

function isBasicChallenge(header: string | null): boolean {
  return header !== null && /^\s*Basic\b/i.test(header);
}

/** What to do about a 401/403 at `registry`, for error messages. */
export function authAdvice(registry: string, access: RegistryAccess, hadCredentials: boolean): string {
  if (registry === 'ghcr.io') {
    return access === 'push'
      ? 'give the job `permissions: packages: write` and make sure the package lets this repository write to it (package settings → Manage Actions access), or log in with a token that has write:packages'
      : 'give the job `permissions: packages: read` (for a private package, also grant this repository access in the package settings), or log in with a token that has read:packages';
  }
  const login = `run docker login ${registry} (or docker/login-action) before this step, or pass a username and password`;
  return hadCredentials ? `check that those credentials may ${access} here; ${login}` : login;
}

export interface RegistryClientOptions {
  fetch?: FetchFn;
  sleep?: SleepFn;
  /** Overrides of the retry policy (attempts, delays, budget, jitter). */
  retry?: Partial<RetryPolicy>;
  /** Source of jitter in [0, 1); Math.random by default. */
  random?: () => number;
  /** Debug lines (retries, token requests). Never receives a secret. */
  log?: (message: string) => void;
  /** Shared request counter (one is created when absent). */
  counter?: RequestCounter;
  userAgent?: string;
  /** Per request for tokens, HEADs, manifests and small blobs; default 30 s. */
  requestTimeoutMs?: number;
  /** For one whole blob transfer; default 15 min. */
  blobTimeoutMs?: number;
  /** Credentials per registry host (e.g. credentialChain(…)); anonymous when absent. */
  credentials?: CredentialProvider;
  /** Called with every secret (password, identity token, bearer token) before use: mask it. */
  onSecret?: (secret: string) => void;
}

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

interface AuthState {
  header: string;
  /** For bearer tokens: the access the token was asked for. Basic credentials cover everything. */
  access?: RegistryAccess;
  anonymous: boolean;
}

interface Exchange {
  ref: RegistryReference;
  access: RegistryAccess;
  /** For messages: 'GET https://…/v2/…' (no query). */
  label: string;
  url: string;
  /** Sends one attempt with the Authorization header (or none). */
  attempt: (authorization: string | undefined) => Promise<Response>;
}

/**
 * Reads a body with a byte cap enforced while reading (action-kit's
 * http-policy); a body that breaks off is a retryable HttpRequestError, one
 * over the cap is refused at once.
 */
async function readCapped(response: Response, maxBytes: number, label: string): Promise<Buffer> {
  try {
    return await readCappedBody(response, maxBytes, label);
  } catch (error) {
    if (error instanceof BodyReadError)
      throw new HttpRequestError(error.message, label, response.status, true, { cause: error });
    throw error;
  }
}

/** The registry's error code and message from an error body, if it has one (bounded, for messages). */
async function registryErrorDetail(response: Response): Promise<string> {
  const text = await readCapped(response, 64 * 1024, 'error body')
    .then((b) => b.toString('utf8'))
    .catch(() => '');
  try {
    const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = parsed.errors?.[0];
    // Registry text: control and invisible characters removed, bounded.
    if (first)
      return `: ${stripInvisible([first.code, first.message].filter(Boolean).join(' '))}`
        .slice(0, 200)
        .replace(/\s+/g, ' ');
  } catch {
    // not a registry error body
  }
  return '';
}

export class RegistryClient {
  readonly counter: RequestCounter;
  private readonly fetchFn: FetchFn;
  private readonly policy: RetryPolicy;
  private readonly retry: RetryContext;
  private readonly log: (message: string) => void;
  private readonly userAgent: string;
  private readonly requestTimeoutMs: number;
  private readonly blobTimeoutMs: number;
  private readonly credentials: CredentialProvider | undefined;
  private readonly onSecret: (secret: string) => void;
  /** Authorization per `apiHost/repository`. */
  private readonly auth = new Map<string, AuthState>();
  /** Credential look-ups per registry host (a helper runs once). */
  private readonly credentialCache = new Map<string, Promise<RegistryCredential | undefined>>();

  constructor(options: RegistryClientOptions = {}) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.policy = { ...DEFAULT_RETRY_POLICY, jitter: 0.5, ...options.retry };
    this.log = options.log ?? (() => undefined);
    this.retry = {
      policy: this.policy,
      sleep: options.sleep ?? realSleep,
      log: this.log,
      ...(options.random ? { random: options.random } : {}),
    };
    this.counter = options.counter ?? new RequestCounter();
    this.userAgent = options.userAgent ?? 'scs-oci';
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.blobTimeoutMs = options.blobTimeoutMs ?? 15 * 60_000;
    this.credentials = options.credentials;
    this.onSecret = options.onSecret ?? (() => undefined);
  }

  /** Requests sent so far by this client (token requests and retries included). */
  get requests(): number {
    return this.counter.count;
  }

  /** `<base>/v2/<repository>/<kind>/<reference>` */
  url(ref: RegistryReference, kind: 'manifests' | 'blobs' | 'referrers' | 'tags', reference: string): string {
    return `${registryBaseUrl(ref.apiHost)}/v2/${ref.repository}/${kind}/${reference}`;
  }

  private async send(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
    this.counter.count++;
    // Redirects by hand (action-kit's http-policy): never to plain HTTP off loopback, and the
    // Authorization header never follows a redirect to another origin (blob storage, a CDN).
    return fetchWithPolicy(this.fetchFn, url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  }

  private headers(extra: Record<string, string>, authorization: string | undefined): Record<string, string> {
    return { 'User-Agent': this.userAgent, ...extra, ...(authorization ? { Authorization: authorization } : {}) };
  }

  private credentialFor(registry: string): Promise<RegistryCredential | undefined> {
    if (!this.credentials) return Promise.resolve(undefined);
    let found = this.credentialCache.get(registry);
    if (!found) {
      found = this.credentials(registry).then((credential) => {
        if (credential?.kind === 'basic') this.onSecret(credential.password);
        if (credential?.kind === 'identity-token') this.onSecret(credential.token);
        return credential;
      });
      this.credentialCache.set(registry, found);
    }
    return found;
  }

  private authKey(ref: RegistryReference): string {
    return `${ref.apiHost}/${ref.repository}`;
  }

  private currentAuth(ref: RegistryReference, access: RegistryAccess): AuthState | undefined {
    const state = this.auth.get(this.authKey(ref));
    if (!state) return undefined;
    // A pull token is not enough to push: the 401 that follows asks for a push token.
    if (access === 'push' && state.access === 'pull') return undefined;
    return state;
  }

  private async fetchToken(
    ref: RegistryReference,
    challenge: BearerChallenge,
    access: RegistryAccess,
    credential: RegistryCredential | undefined,
  ): Promise<string> {
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch {
      throw new InfrastructureError(
        `${ref.name}: the registry's token realm '${challenge.realm.slice(0, 200)}' is not a URL`,
      );
    }
    if (!(realm.protocol === 'https:' || (realm.protocol === 'http:' && isLoopbackHost(realm.host)))) {
      throw new InfrastructureError(
        `${ref.name}: refusing the token realm ${displayUrl(realm.href)} (HTTPS required except on loopback)`,
      );
    }
    const scope =
      access === 'push'
        ? `repository:${ref.repository}:pull,push`
        : (challenge.scope ?? `repository:${ref.repository}:pull`);
    const label = `${credential?.kind === 'identity-token' ? 'POST' : 'GET'} ${displayUrl(realm.href)}`;
    const who = credential ? `with the credentials from ${credential.source}` : 'anonymously';
    this.log(`${ref.name}: requesting a ${access} token from ${displayUrl(realm.href)} ${who}`);
    let init: RequestInit;
    if (credential?.kind === 'identity-token') {
      // docker's OAuth2 refresh-token grant.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credential.token,
        client_id: this.userAgent,
        scope,
      });
      if (challenge.service) form.set('service', challenge.service);
      init = {
        method: 'POST',
        headers: this.headers(
          { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
          undefined,
        ),
        body: form.toString(),
      };
    } else {
      if (challenge.service) realm.searchParams.set('service', challenge.service);
      realm.searchParams.set('scope', scope);
      // As docker sends it; some token services (Harbor, GitLab) key the grant on it.
      if (credential) realm.searchParams.set('account', credential.username);
      const basic = credential
        ? `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`
        : undefined;
      init = { method: 'GET', headers: this.headers({ Accept: 'application/json' }, basic) };
    }
    const url = realm.href;
    const response = await withRetries(label, this.retry, () => this.send(url, init, this.requestTimeoutMs));
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel().catch(() => undefined);
      const what = credential
        ? `the registry's token service refused the credentials from ${credential.source} for ${access}`
        : `the registry's token service refused an anonymous ${access} token`;
      throw new RegistryAuthError(
        `${label}: HTTP ${response.status} (${what}): ${authAdvice(ref.registry, access, credential !== undefined)}`,
        displayUrl(url),
        response.status,
        ref.registry,
        access,
      );
    }
    if (!response.ok) {
      const detail = await registryErrorDetail(response);
      throw new HttpRequestError(
        `${label}: HTTP ${response.status}${detail} (no ${access} token)`,
        displayUrl(url),
        response.status,
        false,
      );
    }
    const body = await readCapped(response, 1024 * 1024, label);
    let token: unknown;
    try {
      const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      token = parsed.token ?? parsed.access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || token === '') throw new InfrastructureError(`${label}: the answer holds no token`);
    this.onSecret(token);
    return token;
  }

  /**
   * Answers a 401: a Bearer challenge gets a token (anonymous or with the
   * host's credentials), a Basic one the credentials. In the first round a
   * token we already hold is simply replaced (it may have expired, or lack
   * the scope); a 401 right after a fresh token or with Basic credentials
   * ends in a RegistryAuthError.
   */
  private async authenticate(exchange: Exchange, challengeHeader: string | null, round: number): Promise<void> {
    const { ref, access, label, url } = exchange;
    const key = this.authKey(ref);
    const previous = this.auth.get(key);
    const challenge = parseBearerChallenge(challengeHeader);
    const credential = await this.credentialFor(ref.registry);
    if (challenge) {
      const covered =
        previous !== undefined && (previous.access === undefined || previous.access === 'push' || access === 'pull');
      if (round > 0 && covered && !previous.anonymous) {
        throw new RegistryAuthError(
          `${label}: HTTP 401 (the registry refused the token it issued for ${access}): ${authAdvice(ref.registry, access, true)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      if (round > 0 && covered && previous.anonymous && !credential) {
        throw new RegistryAuthError(
          `${label}: HTTP 401 with an anonymous token (${access === 'pull' ? 'the repository is not public' : 'pushing needs credentials'}; no credentials for ${ref.registry}): ${authAdvice(ref.registry, access, false)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      this.auth.delete(key);
      const token = await this.fetchToken(ref, challenge, access, credential);
      this.auth.set(key, { header: `Bearer ${token}`, access, anonymous: credential === undefined });
      return;
    }
    if (isBasicChallenge(challengeHeader) && credential) {
      if (previous && !previous.anonymous) {
        throw new RegistryAuthError(
          `${label}: HTTP 401 (the registry refused the credentials from ${credential.source}): ${authAdvice(ref.registry, access, true)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      if (credential.kind !== 'basic') {
        throw new RegistryAuthError(
          `${label}: HTTP 401 (the registry wants a password, but ${credential.source} holds only an identity token): ${authAdvice(ref.registry, access, true)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      this.auth.set(key, {
        header: `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`,
        anonymous: false,
      });
      return;
    }
    throw new RegistryAuthError(
      `${label}: HTTP 401 (the registry wants credentials; only anonymous ${access === 'pull' ? 'pulls were' : 'access was'} possible: ${
        credential
          ? `it does not accept the credentials from ${credential.source}`
          : `no credentials for ${ref.registry}`
      }): ${authAdvice(ref.registry, access, credential !== undefined)}`,
      displayUrl(url),
      401,
      ref.registry,
      access,
    );
  }

  /**
   * One exchange with retries (429/5xx/network) and authentication (401,
   * then once more with the new Authorization). A 403 ends in a
   * RegistryAuthError. Any other status is the caller's to judge.
   */
  private async exchange(exchange: Exchange): Promise<Response> {
    const attempt = () => exchange.attempt(this.currentAuth(exchange.ref, exchange.access)?.header);
    let response = await withRetries(exchange.label, this.retry, attempt);
    for (let round = 0; response.status === 401 && round < 3; round++) {
      const challenge = response.headers.get('www-authenticate');
      await response.body?.cancel().catch(() => undefined);
      await this.authenticate(exchange, challenge, round);
      response = await withRetries(exchange.label, this.retry, attempt);
    }
    if (response.status === 401 || response.status === 403) {
      const detail = await registryErrorDetail(response);
      const state = this.auth.get(this.authKey(exchange.ref));
      const had = state !== undefined && !state.anonymous;
      throw new RegistryAuthError(
        `${exchange.label}: HTTP ${response.status}${detail} (${exchange.access} ${response.status === 403 ? 'denied' : 'not authorised'} at ${exchange.ref.registry}): ${authAdvice(exchange.ref.registry, exchange.access, had)}`,
        displayUrl(exchange.url),
        response.status,
        exchange.ref.registry,
        exchange.access,
      );
    }
    return response;
  }

  /**
   * A plain request (one send per attempt). `consume` reads a 2xx body
   * inside the retried attempt, so a body cut short is retried too.
   */
  private request(
    ref: RegistryReference,
    method: 'GET' | 'HEAD' | 'PUT' | 'DELETE',
    url: string,
    options: {
      headers?: Record<string, string>;
      body?: Buffer;
      access?: RegistryAccess;
      timeoutMs?: number;
      consume?: (response: Response) => Promise<void>;
    } = {},
  ): Promise<Response> {
    const label = `${method} ${displayUrl(url)}`;
    return this.exchange({
      ref,
      access: options.access ?? 'pull',
      label,
      url,
      attempt: async (authorization) => {
        const response = await this.send(
          url,
          {
            method,
            headers: this.headers(options.headers ?? {}, authorization),
            ...(options.body ? { body: options.body } : {}),
          },
          options.timeoutMs ?? this.requestTimeoutMs,
        );
        if (response.ok && options.consume) await options.consume(response);
        return response;
      },
    });
  }

  private static async failure(label: string, url: string, response: Response): Promise<HttpRequestError> {
    const detail = await registryErrorDetail(response);
    return new HttpRequestError(`${label}: HTTP ${response.status}${detail}`, displayUrl(url), response.status, false);
  }

  private checkDigest(ref: RegistryReference, digest: string, what: string): void {
    if (!SHA256_DIGEST_PATTERN.test(digest)) {
      throw new InfrastructureError(`${ref.name}: unsupported ${what} digest '${digest.slice(0, 100)}' (sha256 only)`);
    }
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
    if (byDigest) this.checkDigest(ref, reference, 'manifest');
    const url = this.url(ref, 'manifests', reference);
    const label = `GET ${displayUrl(url)}`;
    let bytes: Buffer = Buffer.alloc(0);
    const response = await this.request(ref, 'GET', url, {
      headers: { Accept: accept },
      consume: async (r) => {
        bytes = await readCapped(r, MAX_MANIFEST_BYTES, label);
      },
    });
    if (response.status !== 200) throw await RegistryClient.failure(label, url, response);
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
    if (digest !== undefined) this.checkDigest(ref, digest, 'manifest');
    const fetched = await this.getManifestBytes(ref, digest ?? ref.reference);
    const label = `GET ${displayUrl(this.url(ref, 'manifests', digest ?? ref.reference))}`;
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
      `GET ${displayUrl(this.url(ref, 'manifests', reference))}`,
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
    const url = this.url(ref, 'manifests', reference);
    const label = `HEAD ${displayUrl(url)}`;
    const response = await this.request(ref, 'HEAD', url, { headers: { Accept: accept } });
    if (response.status === 404) return undefined;
    if (response.status === 405) return {};
    if (response.status !== 200) throw await RegistryClient.failure(label, url, response);
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
    const url = this.url(ref, 'manifests', ref.reference);
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
    this.checkDigest(ref, digest, 'blob');
    const url = this.url(ref, 'blobs', digest);
    const response = await this.request(ref, 'HEAD', url, { access });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await RegistryClient.failure(`HEAD ${displayUrl(url)}`, url, response);
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
    this.checkDigest(ref, descriptor.digest, 'blob');
    const url = this.url(ref, 'blobs', descriptor.digest);
    const label = `GET ${displayUrl(url)}`;
    let result: { value: T } | undefined;
    const response = await this.request(ref, 'GET', url, {
      timeoutMs: this.blobTimeoutMs,
      consume: async (r) => {
        result = { value: await consume(r, label, url) };
      },
    });
    if (response.status !== 200 || !result) throw await RegistryClient.failure(label, url, response);
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
      this.log(`${ref.name}: blob ${digest} already there`);
      return descriptor;
    }
    const start = `${registryBaseUrl(ref.apiHost)}/v2/${ref.repository}/blobs/uploads/`;
    const label = `POST ${displayUrl(start)} + PUT`;
    let putUrl = start;
    const response = await this.exchange({
      ref,
      access: 'push',
      label,
      url: start,
      attempt: async (authorization) => {
        const started = await this.send(
          start,
          { method: 'POST', headers: this.headers({ 'Content-Length': '0' }, authorization) },
          this.requestTimeoutMs,
        );
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
        return this.send(
          target.href,
          {
            method: 'PUT',
            headers: this.headers(
              { 'Content-Type': 'application/octet-stream', 'Content-Length': String(data.length) },
              // Upload sessions on another host (storage) do not get the registry's credentials.
              target.origin === origin ? authorization : undefined,
            ),
            body: data,
          },
          this.blobTimeoutMs,
        );
      },
    });
    if (response.status !== 201 && response.status !== 204) {
      throw await RegistryClient.failure(`PUT ${displayUrl(putUrl)} (blob upload)`, putUrl, response);
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
    const url = this.url(ref, 'manifests', target);
    const label = `PUT ${displayUrl(url)}`;
    const response = await this.request(ref, 'PUT', url, {
      access: 'push',
      headers: { 'Content-Type': mediaType, ...(options.ifMatch ? { 'If-Match': options.ifMatch } : {}) },
      body: bytes,
    });
    if (response.status !== 201 && response.status !== 200 && response.status !== 204)
      throw await RegistryClient.failure(label, url, response);
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
    const response = await this.request(ref, 'GET', url, {
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
      sleep: this.retry.sleep,
      log: this.log,
      ...(this.retry.random ? { random: this.retry.random } : {}),
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
