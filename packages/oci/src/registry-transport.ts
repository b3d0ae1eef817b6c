/**
 * The registry client's transport: every request goes through action-kit's
 * one HTTP policy — redirects by hand (never to plain HTTP off loopback, the
 * Authorization never to another origin), deadlines (a total per request, a
 * total and an idle one per blob transfer), bodies read with a cap, and
 * 429/5xx/network errors retried with backoff, jitter and Retry-After. A 401
 * is handed to the {@link Authenticator} (registry-auth.ts) and the request
 * sent once more with what it returns.
 */
import {
  BodyReadError,
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  InfrastructureError,
  displayUrl,
  fetchWithPolicy,
  readCapped as readCappedBody,
  realSleep,
  stripInvisible,
  withRetries,
  type FetchFn,
  type RetryContext,
  type RetryPolicy,
  type SleepFn,
  type TransferLimits,
} from '@scs/action-kit';
import type { CredentialProvider } from './credentials.js';
import { SHA256_DIGEST_PATTERN, registryBaseUrl, type RegistryReference } from './reference.js';
import type { RegistryAccess } from './registry-auth.js';

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
  /** Silence on a blob transfer before it is dropped; default 60 s. */
  blobIdleTimeoutMs?: number;
  /** Credentials per registry host (e.g. credentialChain(…)); anonymous when absent. */
  credentials?: CredentialProvider;
  /** Called with every secret (password, identity token, bearer token) before use: mask it. */
  onSecret?: (secret: string) => void;
}

export interface Exchange {
  ref: RegistryReference;
  access: RegistryAccess;
  /** For messages: 'GET https://…/v2/…' (no query). */
  label: string;
  url: string;
  /** Sends one attempt with the Authorization header (or none). */
  attempt: (authorization: string | undefined) => Promise<Response>;
}

/** Answers a 401 (registry-auth.ts): the Authorization to send, a new one after a challenge, the error for a refusal. */
export interface Authenticator {
  header(ref: RegistryReference, access: RegistryAccess): string | undefined;
  authenticate(exchange: Exchange, challengeHeader: string | null, round: number): Promise<void>;
  refused(exchange: Exchange, response: Response): Promise<Error>;
}

/**
 * Reads a body with a byte cap enforced while reading (action-kit's
 * http-policy); a body that breaks off is a retryable HttpRequestError, one
 * over the cap is refused at once.
 */
export async function readCapped(response: Response, maxBytes: number, label: string): Promise<Buffer> {
  try {
    return await readCappedBody(response, maxBytes, label);
  } catch (error) {
    if (error instanceof BodyReadError)
      throw new HttpRequestError(error.message, label, response.status, true, { cause: error });
    throw error;
  }
}

/** The registry's error code and message from an error body, if it has one (bounded, for messages). */
export async function registryErrorDetail(response: Response): Promise<string> {
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

/** Counts every HTTP request sent (token requests and retries included). */
export class RequestCounter {
  count = 0;
}

export class RegistryTransport {
  readonly counter: RequestCounter;
  readonly retry: RetryContext;
  readonly log: (message: string) => void;
  readonly userAgent: string;
  readonly requestTimeoutMs: number;
  readonly blobTimeoutMs: number;
  private readonly blobIdleTimeoutMs: number;
  private readonly fetchFn: FetchFn;
  private readonly auth: Authenticator;

  constructor(options: RegistryClientOptions, authenticator: (transport: RegistryTransport) => Authenticator) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, jitter: 0.5, ...options.retry };
    this.log = options.log ?? (() => undefined);
    this.retry = {
      policy,
      sleep: options.sleep ?? realSleep,
      log: this.log,
      ...(options.random ? { random: options.random } : {}),
    };
    this.counter = options.counter ?? new RequestCounter();
    this.userAgent = options.userAgent ?? 'scs-oci';
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.blobTimeoutMs = options.blobTimeoutMs ?? 15 * 60_000;
    this.blobIdleTimeoutMs = options.blobIdleTimeoutMs ?? 60_000;
    this.auth = authenticator(this);
  }

  /** `<base>/v2/<repository>/<kind>/<reference>` */
  url(ref: RegistryReference, kind: 'manifests' | 'blobs' | 'referrers' | 'tags', reference: string): string {
    return `${registryBaseUrl(ref.apiHost)}/v2/${ref.repository}/${kind}/${reference}`;
  }

  /** One request under the policy: the request deadline, or for a blob transfer its total and idle deadlines. */
  async send(url: string, init: RequestInit, transfer: 'request' | 'blob' = 'request'): Promise<Response> {
    this.counter.count++;
    const limits: TransferLimits =
      transfer === 'blob'
        ? { timeoutMs: this.blobTimeoutMs, idleTimeoutMs: this.blobIdleTimeoutMs }
        : { timeoutMs: this.requestTimeoutMs };
    return fetchWithPolicy(this.fetchFn, url, init, undefined, limits);
  }

  headers(extra: Record<string, string>, authorization: string | undefined): Record<string, string> {
    return { 'User-Agent': this.userAgent, ...extra, ...(authorization ? { Authorization: authorization } : {}) };
  }

  /**
   * One exchange with retries (429/5xx/network) and authentication (401,
   * then once more with the new Authorization). A 403 ends in a
   * RegistryAuthError. Any other status is the caller's to judge.
   */
  async exchange(exchange: Exchange): Promise<Response> {
    const attempt = () => exchange.attempt(this.auth.header(exchange.ref, exchange.access));
    let response = await withRetries(exchange.label, this.retry, attempt);
    for (let round = 0; response.status === 401 && round < 3; round++) {
      const challenge = response.headers.get('www-authenticate');
      await response.body?.cancel().catch(() => undefined);
      await this.auth.authenticate(exchange, challenge, round);
      response = await withRetries(exchange.label, this.retry, attempt);
    }
    if (response.status === 401 || response.status === 403) throw await this.auth.refused(exchange, response);
    return response;
  }

  /**
   * A plain request (one send per attempt). `consume` reads a 2xx body
   * inside the retried attempt, so a body cut short is retried too.
   */
  request(
    ref: RegistryReference,
    method: 'GET' | 'HEAD' | 'PUT' | 'DELETE',
    url: string,
    options: {
      headers?: Record<string, string>;
      body?: Buffer;
      access?: RegistryAccess;
      /** 'blob' for a blob transfer (its longer total deadline, and an idle one). */
      transfer?: 'blob';
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
          options.transfer ?? 'request',
        );
        if (response.ok && options.consume) await options.consume(response);
        return response;
      },
    });
  }

  static async failure(label: string, url: string, response: Response): Promise<HttpRequestError> {
    const detail = await registryErrorDetail(response);
    return new HttpRequestError(`${label}: HTTP ${response.status}${detail}`, displayUrl(url), response.status, false);
  }

  /** Refuses a digest other than sha256:<64 hex> before it goes into a URL. */
  checkDigest(ref: RegistryReference, digest: string, what: string): void {
    if (!SHA256_DIGEST_PATTERN.test(digest)) {
      throw new InfrastructureError(`${ref.name}: unsupported ${what} digest '${digest.slice(0, 100)}' (sha256 only)`);
    }
  }
}
