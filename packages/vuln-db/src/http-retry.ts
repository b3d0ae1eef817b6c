/**
 * The bounded-retry helpers now live in @scs/oci (shared with the registry
 * client that signs and verifies); re-exported here for this package's
 * modules.
 */
export {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  RequestCounter,
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
} from '@scs/oci';
