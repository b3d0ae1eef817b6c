import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  backoffDelay,
  classifyHttpStatus,
  DEFAULT_SERVICE_RETRY,
  serviceFailure,
  sigstoreFetchOptions,
  statusOf,
} from '@scs/signing';

describe('retry classification', () => {
  it.each([
    [500, 'retryable'],
    [502, 'retryable'],
    [503, 'retryable'],
    [504, 'retryable'],
    [429, 'retryable'],
    [408, 'retryable'],
    [400, 'permanent'],
    [401, 'permanent'],
    [403, 'permanent'],
    [404, 'permanent'],
    [409, 'permanent'],
  ])('HTTP %i is %s', (status, kind) => {
    expect(classifyHttpStatus(status)).toBe(kind);
  });

  it('backs off exponentially, capped, with jitter inside the bound', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 500, jitter: 0.5 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 0))).toEqual([100, 200, 400, 500, 500]);
    expect(backoffDelay(2, policy, () => 0.999)).toBeGreaterThanOrEqual(100);
    expect(backoffDelay(2, policy, () => 0.999)).toBeLessThan(200);
  });

  it('hands @sigstore/sign a bounded, jittered retry', () => {
    expect(sigstoreFetchOptions(DEFAULT_SERVICE_RETRY)).toEqual({
      timeout: 30_000,
      retry: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 8000, randomize: true },
    });
  });

  it('names the service and URL; 4xx is not retried; a Fulcio 401 is the user’s to fix; tokens never appear', () => {
    const http = (status: number, message: string) =>
      Object.assign(new Error(`(${status}) ${message}`), { statusCode: status });
    const wrapped = (cause: Error) =>
      Object.assign(new Error('error creating tlog entry'), { code: 'TLOG_CREATE_ENTRY_ERROR', cause });
    expect(statusOf(wrapped(http(502, 'Bad Gateway')))).toBe(502);

    const down = serviceFailure(
      'Rekor',
      'https://rekor.example',
      wrapped(http(502, 'Bad Gateway')),
      DEFAULT_SERVICE_RETRY,
    );
    expect(down).toBeInstanceOf(InfrastructureError);
    expect(down.message).toBe(
      'Rekor (https://rekor.example) did not answer successfully after 4 tries with backoff (HTTP 502). Nothing was reported as signed; re-run the job when Rekor is available.',
    );
    const refused = serviceFailure(
      'Fulcio',
      'https://fulcio.example',
      http(401, 'bad token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'),
      DEFAULT_SERVICE_RETRY,
    );
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect(refused.message).toContain('refused the OIDC token (HTTP 401)');
    expect(refused.message).not.toContain('eyJ');
    expect(serviceFailure('TSA', 'https://tsa', http(400, 'bad request'), DEFAULT_SERVICE_RETRY).message).toMatch(
      /rejected the request with HTTP 400.*not retried/,
    );
  });
});
