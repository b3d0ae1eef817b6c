/**
 * Retries around the Sigstore services (Fulcio, Rekor, TSA) and the OIDC
 * endpoint: bounded exponential backoff with jitter; 5xx, 408, 429, network
 * errors and timeouts are retried, other 4xx are not. The final failure is an
 * InfrastructureError (a ConfigurationError for what the user can fix) that
 * names the service and its URL.
 */
import { ConfigurationError, InfrastructureError, type RetryPolicy } from '@scs/action-kit';

export interface ServiceRetryPolicy {
  /** Tries per request, the first included. */
  attempts: number;
  /** Backoff before retry n (1-based): baseDelayMs × 2^(n-1), capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per-request timeout (a hung service counts as a network error and is retried). */
  timeoutMs: number;
  /** Fraction (0–1) of each backoff that is randomised. */
  jitter: number;
}

export const DEFAULT_SERVICE_RETRY: Readonly<ServiceRetryPolicy> = Object.freeze({
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  timeoutMs: 30_000,
  jitter: 0.5,
});

export type SigstoreService = 'Fulcio' | 'Rekor' | 'TSA' | 'OIDC';

/** The backoff before retry n (1-based): action-kit's, the one backoff of every HTTP client here. */
export { backoffDelay } from '@scs/action-kit';

/**
 * The service policy as action-kit's retry policy: the sleep budget lets
 * every backoff run (each is at most maxDelayMs); a server's Retry-After
 * longer than what is left of it ends the retries.
 */
export function serviceRetryPolicy(policy: ServiceRetryPolicy): RetryPolicy {
  return {
    attempts: policy.attempts,
    baseDelayMs: policy.baseDelayMs,
    maxDelayMs: policy.maxDelayMs,
    budgetMs: Math.max(0, policy.attempts - 1) * policy.maxDelayMs,
    jitter: policy.jitter,
  };
}

/** Whether a retry may help after this HTTP status. */
export function classifyHttpStatus(status: number): 'retryable' | 'permanent' {
  return status === 408 || status === 429 || status >= 500 ? 'retryable' : 'permanent';
}

/**
 * The options @sigstore/sign's fetch layer takes (promise-retry): it retries
 * 5xx, 408, 429 and network errors itself, so the same request body is
 * resent — which is what makes a Rekor retry idempotent (a second submission
 * of the same entry gets 409 and the existing entry is fetched).
 * promise-retry's `randomize` multiplies each delay by a factor in [1, 2).
 */
export function sigstoreFetchOptions(policy: ServiceRetryPolicy): {
  timeout: number;
  retry: { retries: number; factor: number; minTimeout: number; maxTimeout: number; randomize: boolean };
} {
  return {
    timeout: policy.timeoutMs,
    retry: {
      retries: Math.max(0, policy.attempts - 1),
      factor: 2,
      minTimeout: policy.baseDelayMs,
      maxTimeout: policy.maxDelayMs,
      randomize: policy.jitter > 0,
    },
  };
}

interface ErrorWithCause {
  message?: string;
  code?: string;
  statusCode?: number;
  cause?: unknown;
}

/** The HTTP status in an error or its causes (@sigstore/sign's HTTPError carries `statusCode`). */
export function statusOf(error: unknown): number | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { statusCode } = current as ErrorWithCause;
    if (typeof statusCode === 'number') return statusCode;
    current = (current as ErrorWithCause).cause;
  }
  return undefined;
}

function innermostMessage(error: unknown): string {
  const seen = new Set<unknown>();
  let current: unknown = error;
  let message = '';
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const m = (current as ErrorWithCause).message;
    if (typeof m === 'string' && m) message = m;
    current = (current as ErrorWithCause).cause;
  }
  return message || String(error);
}

/** Which Sigstore service an @sigstore/sign InternalError code is about. */
export function serviceOfErrorCode(code: string | undefined): SigstoreService | undefined {
  if (!code) return undefined;
  if (code.startsWith('CA_')) return 'Fulcio';
  if (code.startsWith('TLOG_')) return 'Rekor';
  if (code.startsWith('TSA_')) return 'TSA';
  if (code.startsWith('IDENTITY_')) return 'OIDC';
  return undefined;
}

/**
 * Turns a failed call to a Sigstore service into an error that says which
 * service failed, at which URL, whether retrying was tried, and what to do.
 * A token must never reach this message: only status codes and the service's
 * own error text (which carries none) are used.
 */
export function serviceFailure(
  service: SigstoreService,
  url: string,
  error: unknown,
  policy: ServiceRetryPolicy,
): Error {
  const status = statusOf(error);
  const detail = innermostMessage(error).replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[token]');
  if (status !== undefined && classifyHttpStatus(status) === 'permanent') {
    if (service === 'Fulcio' && (status === 401 || status === 403)) {
      return new ConfigurationError(
        `Fulcio (${url}) refused the OIDC token (HTTP ${status}): ${detail}. The token must be issued for the audience 'sigstore' by an issuer this Fulcio trusts; for a custom instance check fulcio-url.`,
        { cause: error },
      );
    }
    return new InfrastructureError(
      `${service} (${url}) rejected the request with HTTP ${status}: ${detail}. This is not retried.`,
      { cause: error },
    );
  }
  const how = status !== undefined ? `HTTP ${status}` : detail;
  return new InfrastructureError(
    `${service} (${url}) did not answer successfully after ${policy.attempts} tries with backoff (${how}). Nothing was reported as signed; re-run the job when ${service} is available.`,
    { cause: error },
  );
}
