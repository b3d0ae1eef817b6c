import {
  RedirectRefusedError,
  SizeCapError,
  fetchWithPolicy,
  parseRetryAfter,
  readCapped,
  realSleep,
  retryLoop,
  type Outcome,
  type RetryVerdict,
} from '@scs/action-kit';
import { isObject } from '@scs/vocabulary';
import { GitHubApiError, permissionFor, redact } from './errors.js';

/**
 * A small GitHub REST client on the global `fetch` (Octokit would cost the
 * scan bundle several hundred KB of its 1.5 MB budget for the four endpoints
 * it uses).
 *
 * Retries, all bounded by `maxRetries` and by a total wait of `maxWaitMs`:
 * - rate limits: 429, or 403 with `retry-after`, with `x-ratelimit-remaining: 0`
 *   (wait until `x-ratelimit-reset`), or with a "secondary rate limit" message
 *   and no header (wait a minute, as GitHub's documentation asks). A wait that
 *   would exceed the remaining budget is not started: the call fails at once.
 * - 5xx and network errors (including the per-request timeout): exponential
 *   backoff from `retryDelayMs`.
 * Everything else (4xx) throws a `GitHubApiError` right away.
 *
 * The token goes into the Authorization header only: error messages and log
 * lines carry the method and path, and GitHub's message with the token
 * redacted should it ever appear. Pagination follows `Link: rel="next"` only
 * to the API's own origin, so the token is never sent elsewhere.
 */

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL; default https://api.github.com (GHES: https://HOST/api/v3). */
  apiUrl?: string;
  userAgent?: string;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds; injected in tests (x-ratelimit-reset arithmetic). */
  now?: () => number;
  /** Retries per request, all causes together (default 3). */
  maxRetries?: number;
  /** Total time one request may spend waiting between retries (default 90 s). */
  maxWaitMs?: number;
  /** First backoff delay for 5xx and network errors, doubled each time (default 1 s). */
  retryDelayMs?: number;
  /** Per-attempt timeout (default 60 s). */
  timeoutMs?: number;
  /** Pages `paginate` follows at most (default 50). */
  maxPages?: number;
  /** Receives one line per retry (for a debug log). */
  log?: (message: string) => void;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GitHubResponse<T> {
  status: number;
  data: T;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
}

export interface RequestOptions {
  /** The permission named in 403/404 errors (default: derived from the path). */
  permission?: string;
}

export interface PaginateOptions extends RequestOptions {
  /** Overrides the client's maxPages. */
  maxPages?: number;
}

export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  /** A next page exists but maxPages stops here. */
  truncated: boolean;
}

export const DEFAULT_API_URL = 'https://api.github.com';
export const API_VERSION = '2022-11-28';
/** GitHub asks integrations to wait at least a minute on a secondary rate limit without retry-after. */
export const SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS = 60_000;

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/** Largest response body read (a page of 100 issue comments of 64 KiB each is ≈ 6.5 MB). */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

interface Attempt {
  status: number;
  headers: Record<string, string>;
  data: unknown;
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

/** URLs from a Link header by rel. */
export function parseLinkHeader(value: string | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!value) return links;
  for (const part of value.split(',')) {
    const match = /<([^>]*)>\s*;\s*(.*)/.exec(part.trim());
    if (!match?.[1] || !match[2]) continue;
    const rel = /rel="?([^";]+)"?/.exec(match[2])?.[1];
    if (rel) for (const name of rel.split(/\s+/)) links[name] = match[1];
  }
  return links;
}

/** GitHub's error text: `message`, the `errors` details of a 422, and the status text as a fallback. */
function errorText(data: unknown, status: number): { message: string; documentationUrl?: string } {
  if (!isObject(data)) {
    const text = typeof data === 'string' ? data.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
    return { message: text || `HTTP ${status}` };
  }
  let message = typeof data.message === 'string' && data.message ? data.message : `HTTP ${status}`;
  if (Array.isArray(data.errors) && data.errors.length > 0) {
    const details = data.errors
      .slice(0, 10)
      .map((e) => {
        if (typeof e === 'string') return e;
        if (!isObject(e)) return '';
        if (typeof e.message === 'string' && e.message) return e.message;
        return [e.resource, e.field, e.code].filter((v) => typeof v === 'string' && v).join(' ');
      })
      .filter((s) => s !== '');
    if (details.length > 0) message = `${message} (${details.join('; ')})`;
  }
  const out: { message: string; documentationUrl?: string } = { message };
  if (typeof data.documentation_url === 'string') out.documentationUrl = data.documentation_url;
  return out;
}

/** How long to wait before retrying a rate-limited response, or undefined when it is not one. */
export function rateLimitWaitMs(
  status: number,
  headers: Record<string, string>,
  data: unknown,
  now: number,
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = parseRetryAfter(headers['retry-after'], now);
  if (retryAfter !== undefined) return retryAfter;
  if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    // One extra second: the reset time is rounded down to whole seconds.
    if (Number.isFinite(reset)) return Math.max(0, reset - now) + 1000;
  }
  const message = isObject(data) && typeof data.message === 'string' ? data.message : '';
  if (status === 429 || /secondary rate limit|abuse detection/i.test(message))
    return SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS;
  return undefined;
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `no response within ${timeoutMs} ms`;
  const cause = error.cause instanceof Error && error.cause.message ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** One answer of the GitHub API as it came: status, headers (names lower-cased), text, and the text as JSON when it is. */
export interface GitHubRawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON; undefined when empty or not JSON. */
  json: unknown;
}

export interface GitHubRequestInit {
  /** Sent as `Authorization: Bearer …` (none when empty). */
  token: string;
  body?: string | Buffer;
  /** Content-Type of `body` (default application/json). */
  contentType?: string;
  userAgent?: string;
  /** The whole exchange, body included (default 60 s). */
  timeoutMs?: number;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

/** A function with githubRequest's shape (injected in tests). */
export type GitHubRequest = (
  method: HttpMethod,
  url: string | URL,
  init: GitHubRequestInit,
) => Promise<GitHubRawResponse>;

/**
 * One GitHub API request under action-kit's HTTP policy, whatever the status
 * (no retries: GitHubClient adds them, and its errors): redirects by hand
 * (never to plain HTTP off loopback; the token never to another origin), a
 * deadline that covers the body, the answer read with a cap. `url` is
 * absolute: the caller decides which hosts may see the token (the API's, or
 * the uploads host of the same GitHub).
 */
export const githubRequest: GitHubRequest = async (method, url, init) => {
  const target = new URL(url);
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'user-agent': init.userAgent ?? 'supply-chain-actions',
    'x-github-api-version': API_VERSION,
  };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const what = `GitHub API ${method} ${target.pathname}`;
  const response = await fetchWithPolicy(
    init.fetch ?? ((input, requestInit) => fetch(input, requestInit)),
    target,
    { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) },
    what,
    { timeoutMs: init.timeoutMs ?? 60_000 },
  );
  const responseHeaders = headersOf(response);
  const text = (await readCapped(response, MAX_RESPONSE_BYTES, what)).toString('utf8');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: responseHeaders, text, json };
};

/** GitHub's error message from an answer (its `message`, else the text), one line, bounded. */
export function apiMessage(response: Pick<GitHubRawResponse, 'json' | 'text'>): string {
  const message =
    isObject(response.json) && typeof response.json.message === 'string' ? response.json.message : response.text;
  return message.replace(/\s+/g, ' ').trim().slice(0, 300);
}

function configurationProblem(token: string, apiUrl: string): string | undefined {
  if (!token) return 'no GitHub token was given (the default is `github.token`)';
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    return `the GitHub API URL is not a URL: '${apiUrl}'`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `the GitHub API URL must be http(s): '${apiUrl}'`;
  return undefined;
}

export class GitHubClient {
  readonly apiUrl: string;
  private readonly token: string;
  private readonly configError: string | undefined;
  private readonly userAgent: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;
  private readonly maxPages: number;
  private readonly log: (message: string) => void;
  private readonly fetchImpl: typeof fetch;

  /**
   * Never throws: a missing token or a bad API URL makes every request fail
   * instead, so callers that guard their requests (withPermissionFallback)
   * turn it into a warning rather than a failed scan.
   */
  constructor(options: GitHubClientOptions) {
    this.token = options.token ?? '';
    this.apiUrl = (options.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
    this.configError = configurationProblem(this.token, this.apiUrl);
    this.userAgent = options.userAgent ?? 'supply-chain-actions';
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
    this.maxRetries = Math.max(0, options.maxRetries ?? 3);
    this.maxWaitMs = Math.max(0, options.maxWaitMs ?? 90_000);
    this.retryDelayMs = Math.max(0, options.retryDelayMs ?? 1000);
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxPages = Math.max(1, options.maxPages ?? 50);
    this.log = options.log ?? (() => undefined);
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** One request; `path` starts with `/` (relative to apiUrl). Throws GitHubApiError unless 2xx. */
  async request<T = unknown>(
    method: HttpMethod,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<GitHubResponse<T>> {
    return this.send<T>(method, this.resolve(path), path, body, options);
  }

  /** Every item of a list endpoint, following Link rel="next" up to maxPages. */
  async paginate<T = unknown>(path: string, options: PaginateOptions = {}): Promise<T[]> {
    const all: T[] = [];
    for await (const page of this.pages<T>(path, options)) all.push(...page.items);
    return all;
  }

  /** A list endpoint page by page (per_page=100 unless the path sets it): stop early by breaking out. */
  async *pages<T = unknown>(path: string, options: PaginateOptions = {}): AsyncGenerator<Page<T>> {
    const maxPages = Math.max(1, options.maxPages ?? this.maxPages);
    const first = this.resolve(path);
    if (!first.searchParams.has('per_page')) first.searchParams.set('per_page', '100');
    let url: URL | undefined = first;
    let label = path;
    for (let page = 1; url; page += 1) {
      const response: GitHubResponse<unknown> = await this.send<unknown>('GET', url, label, undefined, options);
      if (!Array.isArray(response.data)) {
        throw new GitHubApiError({
          status: response.status,
          method: 'GET',
          path: label,
          apiMessage: 'expected a JSON array from a list endpoint',
        });
      }
      const next = parseLinkHeader(response.headers.link).next;
      const nextUrl = next ? this.followable(next) : undefined;
      const truncated = nextUrl !== undefined && page >= maxPages;
      yield { items: response.data as T[], page, truncated };
      if (truncated) return;
      url = nextUrl;
      if (url) label = `${url.pathname}${url.search}`;
    }
  }

  private resolve(path: string): URL {
    if (this.configError) throw new TypeError(`Cannot call the GitHub API: ${this.configError}`);
    if (!path.startsWith('/')) throw new TypeError(`GitHub API path must start with '/': '${path}'`);
    return new URL(`${this.apiUrl}${path}`);
  }

  /** A Link URL, only when it stays on the API's origin (the token goes with it). */
  private followable(link: string): URL | undefined {
    try {
      const url = new URL(link, this.apiUrl);
      if (url.origin !== new URL(this.apiUrl).origin) {
        this.log(`Not following a pagination link to another origin (${url.origin}).`);
        return undefined;
      }
      return url;
    } catch {
      return undefined;
    }
  }

  private async attempt(method: HttpMethod, url: URL, body: unknown): Promise<Attempt> {
    const answer = await githubRequest(method, url, {
      token: this.token,
      userAgent: this.userAgent,
      timeoutMs: this.timeoutMs,
      fetch: this.fetchImpl,
      ...(body !== undefined ? { body: JSON.stringify(body), contentType: 'application/json; charset=utf-8' } : {}),
    });
    let data: unknown = answer.text === '' ? undefined : answer.text;
    // JSON when GitHub says so; else the text (an HTML error page from a proxy, for instance).
    if (answer.json !== undefined && /json/i.test(answer.headers['content-type'] ?? 'application/json')) {
      data = answer.json;
    }
    return { status: answer.status, headers: answer.headers, data };
  }

  /** Whether to retry after this outcome, and after how long when the server said (rate limits). */
  private judge(method: HttpMethod, label: string, outcome: Outcome<Attempt>): RetryVerdict {
    if ('error' in outcome) {
      // A refused redirect or an answer over the cap is the same on every try.
      const { error } = outcome;
      if (error instanceof RedirectRefusedError || error instanceof SizeCapError) return { retry: false };
      const reason = redact(describeNetworkError(error, this.timeoutMs), this.token);
      return { retry: true, why: `GitHub API ${method} ${label}: ${reason}` };
    }
    const { status, headers, data } = outcome.value;
    if (status >= 200 && status < 300) return { retry: false };
    const rateWait = rateLimitWaitMs(status, headers, data, this.now());
    if (rateWait !== undefined)
      return { retry: true, why: `GitHub API ${method} ${label}: rate limited`, waitMs: rateWait };
    if (RETRYABLE_STATUS.has(status)) return { retry: true, why: `GitHub API ${method} ${label}: HTTP ${status}` };
    return { retry: false };
  }

  private async send<T>(
    method: HttpMethod,
    url: URL,
    label: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<GitHubResponse<T>> {
    const permission = options.permission ?? permissionFor(method, url.pathname);
    // One retry policy (action-kit's): maxRetries after the first try, maxWaitMs of sleep in all, no jitter.
    const policy = {
      attempts: this.maxRetries + 1,
      baseDelayMs: this.retryDelayMs,
      maxDelayMs: Number.MAX_SAFE_INTEGER,
      budgetMs: this.maxWaitMs,
    };
    const { outcome } = await retryLoop<Attempt>(
      { policy, sleep: this.sleep, log: this.log, now: this.now },
      () => this.attempt(method, url, body),
      (result) => this.judge(method, label, result),
    );
    if ('error' in outcome) {
      throw new GitHubApiError({
        status: 0,
        method,
        path: label,
        apiMessage: `network error: ${redact(describeNetworkError(outcome.error, this.timeoutMs), this.token)}`,
        cause: outcome.error,
      });
    }
    const { status, headers, data } = outcome.value;
    if (status >= 200 && status < 300) return { status, data: data as T, headers };
    const { message, documentationUrl } = errorText(data, status);
    const init: ConstructorParameters<typeof GitHubApiError>[0] = {
      status,
      method,
      path: label,
      apiMessage: redact(message, this.token),
      rateLimited: rateLimitWaitMs(status, headers, data, this.now()) !== undefined,
    };
    if (documentationUrl) init.documentationUrl = documentationUrl;
    if (permission) init.permission = permission;
    if (headers['x-github-request-id']) init.requestId = headers['x-github-request-id'];
    throw new GitHubApiError(init);
  }
}
