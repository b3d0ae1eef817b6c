/**
 * The one retry policy for every HTTP exchange the actions make themselves
 * (registries, GitHub's API, tool and DB downloads, the OIDC endpoint):
 * bounded tries, exponential backoff with optional jitter, a server's
 * `Retry-After` honoured (never jittered), and a fixed sleep budget per
 * request. A wait longer than what is left of the budget ends the retries at
 * once: sleeping less than the server asked would only earn another 429, and
 * the caller may have other mirrors to try.
 *
 * {@link retryLoop} is the loop itself, for any attempt and any way of
 * judging its outcome (GitHub's rate limits, a download's status);
 * {@link withRetries} is that loop for a `fetch` Response (429 and 5xx and
 * network errors retried, the rest the caller's to judge).
 */
import { ConfigurationError, InfrastructureError } from './errors.js';

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
   * writers racing for the same server (many jobs signing at once) should
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
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'jitter'>,
  random: () => number = Math.random,
): number {
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

/** A network error in words: 'timed out' for a deadline, else the message and its cause's code. */
export function describeNetworkError(error: unknown): string {
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

/** What one try gave: a value, or what it threw. */
export type Outcome<T> = { value: T } | { error: unknown };

/** How to go on after a try: stop (the outcome is final), or retry, after the server's wait when it asked for one. */
export type RetryVerdict = { retry: false } | { retry: true; why: string; waitMs?: number };

/** The outcome the loop ended with, and why it stopped retrying (`undefined` when the outcome was final). */
export interface RetryEnd<T> {
  outcome: Outcome<T>;
  verdict: RetryVerdict;
  /** Tries made. */
  tries: number;
  /** Set when a retryable outcome was given up on: the tries, or the wait the budget could not cover. */
  gaveUp?: { reason: 'attempts' } | { reason: 'budget'; delayMs: number; asked: boolean };
}

/**
 * Runs `attempt` until `judge` says its outcome is final or the tries or
 * the sleep budget run out, sleeping between tries the server's wait
 * (`waitMs`) or the policy's backoff. Never throws what `attempt` threw:
 * the caller turns the end into its own answer or error.
 */
export async function retryLoop<T>(
  context: RetryContext,
  attempt: (tryNumber: number) => Promise<T>,
  judge: (outcome: Outcome<T>) => RetryVerdict | Promise<RetryVerdict>,
): Promise<RetryEnd<T>> {
  const { policy, sleep } = context;
  let slept = 0;
  for (let tryNumber = 1; ; tryNumber++) {
    let outcome: Outcome<T>;
    try {
      outcome = { value: await attempt(tryNumber) };
    } catch (error) {
      outcome = { error };
    }
    const verdict = await judge(outcome);
    if (!verdict.retry) return { outcome, verdict, tries: tryNumber };
    if (tryNumber >= policy.attempts) return { outcome, verdict, tries: tryNumber, gaveUp: { reason: 'attempts' } };
    const delay = verdict.waitMs ?? backoffDelay(tryNumber, policy, context.random);
    if (slept + delay > policy.budgetMs) {
      const gaveUp = { reason: 'budget' as const, delayMs: delay, asked: verdict.waitMs !== undefined };
      return { outcome, verdict, tries: tryNumber, gaveUp };
    }
    context.log?.(`${verdict.why}; retrying in ${Math.round(delay)} ms (retry ${tryNumber} of ${policy.attempts - 1})`);
    slept += delay;
    await sleep(delay);
  }
}

function tries(count: number): string {
  return `${count} ${count === 1 ? 'try' : 'tries'}`;
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
  const now = context.now ?? Date.now;
  const end = await retryLoop<Response>(context, attempt, async (outcome) => {
    if ('error' in outcome) {
      const { error } = outcome;
      if (error instanceof HttpRequestError)
        return error.retryable ? { retry: true, why: error.message } : { retry: false };
      // Ours (a digest mismatch, a size limit): retrying cannot help.
      if (error instanceof InfrastructureError || error instanceof ConfigurationError) return { retry: false };
      return { retry: true, why: `${label}: ${describeNetworkError(error)}` };
    }
    const response = outcome.value;
    if (!isRetryableStatus(response.status)) return { retry: false };
    await response.body?.cancel().catch(() => undefined);
    const asked = parseRetryAfter(response.headers.get('retry-after'), now());
    const why = `${label}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { retry: true, why, ...(asked !== undefined ? { waitMs: asked } : {}) };
  });
  const { outcome, verdict, gaveUp } = end;
  if (!gaveUp || !verdict.retry) {
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }
  const failure =
    'error' in outcome
      ? outcome.error instanceof HttpRequestError
        ? outcome.error
        : new HttpRequestError(verdict.why, label, undefined, true, { cause: outcome.error })
      : undefined;
  const status = 'value' in outcome ? outcome.value.status : undefined;
  const options = failure ? { cause: failure.cause ?? failure } : undefined;
  if (gaveUp.reason === 'attempts') {
    throw new HttpRequestError(
      `${verdict.why} (after ${tries(end.tries)})`,
      failure?.url ?? label,
      status,
      true,
      options,
    );
  }
  const wait = gaveUp.asked
    ? `Retry-After ${Math.ceil(gaveUp.delayMs / 1000)} s`
    : `a ${Math.ceil(gaveUp.delayMs / 1000)} s backoff`;
  throw new HttpRequestError(
    `${verdict.why} (after ${tries(end.tries)}; ${wait} would exceed the ${Math.round(context.policy.budgetMs / 1000)} s retry budget)`,
    failure?.url ?? label,
    status,
    true,
    options,
  );
}
