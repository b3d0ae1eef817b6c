/**
 * The retry policy is action-kit's (one for every HTTP exchange the actions
 * make): re-exported here under the names @scs/oci has always exported
 * (@scs/vuln-db imports them from here).
 */
export {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  backoffDelay,
  displayUrl,
  isRetryableStatus,
  parseRetryAfter,
  realSleep,
  withRetries,
  type FetchFn,
  type RetryContext,
  type RetryPolicy,
  type SleepFn,
} from '@scs/action-kit';

/** Counts every HTTP request sent (token requests and retries included). */
export class RequestCounter {
  count = 0;
}
