/**
 * Bounded retries for registry and download requests: 429 and 5xx answers
 * and network errors are retried with exponential backoff (optionally with
 * jitter), honouring `Retry-After`, within a fixed sleep budget per request.
 * A `Retry-After` longer than what is left of the budget ends the retries at
 * once: sleeping less than the server asked would only earn another 429, and
 * the caller may have other mirrors to try.
 *
 * Moved here from @scs/vuln-db, which re-exports it unchanged.
 */
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';

export type FetchFn = typeof fetch;
export type SleepFn = (ms: number) => Promise<void>;

export interface RetryPolicy {
  /** Tries per request, the first included. */
  attempts: number;
  /** Backoff before retry n (1-based) is baseDelayMs × 2^(n-1), capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total sleep allowed for one request, Retry-After included. */
  budgetMs: number;
  /**
   * Fraction (0–1) of each backoff that is randomised: the delay is drawn
   * from [delay × (1 − jitter), delay]. 0 (the default) keeps delays exact;
   * writers racing for the same registry (many jobs signing at once) should
   * use some, e.g. 0.5. A server's Retry-After is never jittered.
   */
  jitter?: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 10_000,
  budgetMs: 30_000,
});

export const realSleep: SleepFn = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts every HTTP request sent (token requests and retries included). */
export class RequestCounter {
  count = 0;
}

/** An HTTP exchange that failed: the status (when there was an answer) and whether a retry might help. */
export class HttpRequestError extends InfrastructureError {
  override name = 'HttpRequestError';
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds a `Retry-After` value asks for (delta-seconds or an HTTP
 * date), or undefined when it is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The backoff before retry `retry` (1-based); `random` in [0, 1) applies the policy's jitter. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jitter = Math.min(1, Math.max(0, policy.jitter ?? 0));
  if (jitter === 0) return delay;
  return Math.round(delay * (1 - jitter * random()));
}

/** The URL without query and fragment, for messages (signed blob URLs carry credentials in the query). */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.replace(/[?#].*$/, '');
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause =
      error.cause instanceof Error ? `: ${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

export interface RetryContext {
  policy: RetryPolicy;
  sleep: SleepFn;
  /** Debug lines ("retrying … in 2 s"). */
  log?: (message: string) => void;
  now?: () => number;
  /** Source of jitter in [0, 1); Math.random by default. */
  random?: () => number;
}

/**
 * Runs `attempt` until it returns a response whose status is not retryable
 * (returned as is, errors included: 404 is the caller's to judge), or the
 * tries or the sleep budget run out: then the last 429/5xx or network error
 * is thrown as an HttpRequestError saying how many tries were made.
 *
 * `attempt` may also throw an HttpRequestError with `retryable: true` (e.g.
 * a body cut short while streaming): it is retried like a 5xx. One with
 * `retryable: false` (a digest mismatch) ends the retries at once.
 */
export async function withRetries(
  label: string,
  context: RetryContext,
  attempt: () => Promise<Response>,
): Promise<Response> {
  const { policy, sleep } = context;
  const now = context.now ?? Date.now;
  let slept = 0;
  for (let tryNumber = 1; ; tryNumber++) {
    let response: Response | undefined;
    let failure: HttpRequestError | undefined;
    try {
      response = await attempt();
    } catch (error) {
      if (error instanceof HttpRequestError) {
        if (!error.retryable) throw error;
        failure = error;
      } else if (error instanceof InfrastructureError || error instanceof ConfigurationError) {
        // Ours (a digest mismatch, a size limit): retrying cannot help.
        throw error;
      } else {
        failure = new HttpRequestError(`${label}: ${describeNetworkError(error)}`, label, undefined, true, {
          cause: error,
        });
      }
    }
    if (response && !isRetryableStatus(response.status)) return response;
    if (response) await response.body?.cancel().catch(() => undefined);

    const asked = response ? parseRetryAfter(response.headers.get('retry-after'), now()) : undefined;
    const delay = asked ?? backoffDelay(tryNumber, policy, context.random);
    const why = response
      ? `${label}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      : failure!.message;
    const tries = `${tryNumber} ${tryNumber === 1 ? 'try' : 'tries'}`;
    if (tryNumber >= policy.attempts) {
      throw new HttpRequestError(
        `${why} (after ${tries})`,
        failure?.url ?? label,
        response?.status,
        true,
        failure ? { cause: failure.cause ?? failure } : undefined,
      );
    }
    if (slept + delay > policy.budgetMs) {
      const wait =
        asked !== undefined ? `Retry-After ${Math.ceil(asked / 1000)} s` : `a ${Math.ceil(delay / 1000)} s backoff`;
      throw new HttpRequestError(
        `${why} (after ${tries}; ${wait} would exceed the ${Math.round(policy.budgetMs / 1000)} s retry budget)`,
        failure?.url ?? label,
        response?.status,
        true,
        failure ? { cause: failure.cause ?? failure } : undefined,
      );
    }
    context.log?.(`${why}; retry ${tryNumber} of ${policy.attempts - 1} in ${Math.round(delay)} ms`);
    slept += delay;
    await sleep(delay);
  }
}
