/**
 * The GitHub Actions OIDC token: the permission pre-check (before anything
 * is downloaded), fetching a token for an audience (masked at once), and
 * reading its claims, unverified (for messages) or verified against the
 * issuer's JWKS (what provenance records).
 *
 * The token is a credential: it never appears in an error message, a log
 * line or argv. Errors name the endpoint without its query string.
 */
import * as core from '@actions/core';
import {
  BodyReadError,
  ConfigurationError,
  InfrastructureError,
  RedirectRefusedError,
  SizeCapError,
  fetchWithPolicy,
  isLoopbackHostname,
  parseRetryAfter,
  readCapped,
  realSleep,
  retryLoop,
  type Outcome,
  type RetryVerdict,
  type RunContext,
} from '@scs/action-kit';
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { classifyHttpStatus, DEFAULT_SERVICE_RETRY, serviceRetryPolicy, type ServiceRetryPolicy } from './retry.js';

export const SIGSTORE_AUDIENCE = 'sigstore';
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** What a workflow step needs to gate itself on OIDC availability. */
export const FORK_GATE_EXAMPLE =
  "if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository";

/**
 * Fails unless the job can request an OIDC token, with what to change:
 * `permissions: id-token: write`, or, on a pull request from a fork (where
 * GitHub hands out no token whatever the permissions say), how to skip the
 * step there.
 */
export function requireIdToken(context: Pick<RunContext, 'eventName' | 'pullRequest'>, env: NodeJS.ProcessEnv): void {
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return;
  if (context.pullRequest?.fromFork) {
    throw new ConfigurationError(
      'No GitHub OIDC token is available: this run is for a pull request from a fork, and GitHub gives ' +
        'workflows triggered by fork pull requests no OIDC token (id-token: write is not granted to them). ' +
        'Keyless signing cannot work here; skip the signing step for fork pull requests, e.g. with\n' +
        `  ${FORK_GATE_EXAMPLE}`,
    );
  }
  throw new ConfigurationError(
    'No GitHub OIDC token is available (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Keyless signing needs the ' +
      'job to be allowed to request one: add\n  permissions:\n    id-token: write\n' +
      '(plus packages: write to store signatures in GitHub Packages / ghcr.io, and contents: read) to the job or workflow.',
  );
}

export interface IdTokenDeps {
  env: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  retry?: ServiceRetryPolicy;
  /** Called with the token as soon as it is known (default: core.setSecret). */
  mask?: (secret: string) => void;
  log?: (message: string) => void;
}

function endpointForMessages(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return 'the ID-token endpoint';
  }
}

/** The ID token from the endpoint's 200 answer (read with a 64 KiB cap: a token is a few KB). */
async function readIdToken(response: Response, where: string): Promise<string> {
  let value: unknown;
  try {
    value = (
      JSON.parse(
        (await readCapped(response, 64 * 1024, `The Actions ID-token endpoint (${where})`)).toString('utf8'),
      ) as { value?: unknown }
    ).value;
  } catch (error) {
    if (error instanceof SizeCapError || error instanceof BodyReadError)
      throw new InfrastructureError(error.message, { cause: error });
    throw new InfrastructureError(`The Actions ID-token endpoint (${where}) answered with something that is not JSON.`);
  }
  if (typeof value !== 'string' || value.split('.').length !== 3) {
    throw new InfrastructureError(`The Actions ID-token endpoint (${where}) answered without a token.`);
  }
  return value;
}

/** Whether to retry the ID-token request after this outcome (5xx / 408 / 429 / network errors). */
async function judgeIdTokenOutcome(
  outcome: Outcome<Response>,
  where: string,
  timeoutMs: number,
): Promise<RetryVerdict> {
  if ('error' in outcome) {
    const error = outcome.error as Error;
    if (error instanceof RedirectRefusedError) return { retry: false };
    const reason = error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : error.message;
    return { retry: true, why: `OIDC token request failed (could not reach ${where}: ${reason})` };
  }
  const response = outcome.value;
  if (response.ok || classifyHttpStatus(response.status) === 'permanent') return { retry: false };
  await response.body?.cancel().catch(() => undefined);
  const asked = parseRetryAfter(response.headers.get('retry-after'));
  return {
    retry: true,
    why: `OIDC token request failed (HTTP ${response.status} from ${where})`,
    ...(asked !== undefined ? { waitMs: asked } : {}),
  };
}

/**
 * Requests an ID token for `audience` from the Actions ID-token endpoint
 * (the same protocol as @actions/core's getIDToken), masking it before it is
 * returned. 5xx / 429 / network errors are retried with action-kit's retry
 * policy (backoff with jitter, Retry-After); a 401/403 says what to check.
 */
export async function getIdToken(audience: string = SIGSTORE_AUDIENCE, deps: IdTokenDeps): Promise<string> {
  const { env } = deps;
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new ConfigurationError(
      'No GitHub OIDC token is available (ACTIONS_ID_TOKEN_REQUEST_URL is not set); add `permissions: id-token: write` to the job.',
    );
  }
  const doFetch = deps.fetch ?? fetch;
  const policy = deps.retry ?? DEFAULT_SERVICE_RETRY;
  const mask = deps.mask ?? ((secret: string) => core.setSecret(secret));
  const separator = requestUrl.includes('?') ? '&' : '?';
  const url = `${requestUrl}${separator}audience=${encodeURIComponent(audience)}`;
  const where = endpointForMessages(requestUrl);
  const end = await retryLoop<Response>(
    { policy: serviceRetryPolicy(policy), sleep: deps.sleep ?? realSleep, ...(deps.log ? { log: deps.log } : {}) },
    // Redirects by hand: never to plain HTTP off loopback, the request token never to another origin.
    () =>
      fetchWithPolicy(doFetch, url, {
        headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(policy.timeoutMs),
      }),
    (outcome) => judgeIdTokenOutcome(outcome, where, policy.timeoutMs),
  );
  const { outcome, verdict } = end;
  if (verdict.retry) {
    const problem = verdict.why.replace(/^OIDC token request failed \((.*)\)$/, '$1');
    throw new InfrastructureError(`Requesting a GitHub OIDC token failed after ${end.tries} tries: ${problem}.`);
  }
  if ('error' in outcome) throw outcome.error;
  const response = outcome.value;
  if (response.ok) {
    const value = await readIdToken(response, where);
    mask(value);
    return value;
  }
  await response.body?.cancel().catch(() => undefined);
  const problem = `HTTP ${response.status} from ${where}`;
  if (response.status === 401 || response.status === 403) {
    throw new ConfigurationError(
      `The Actions ID-token endpoint refused the request (${problem}). Check that the job has \`permissions: id-token: write\` and that the token request is made from the job that was granted it.`,
    );
  }
  throw new InfrastructureError(`Requesting a GitHub OIDC token failed: ${problem}.`);
}

/** GitHub Actions OIDC claims (strings), as far as they are present. */
export interface OidcClaims extends JWTPayload {
  iss?: string;
  sub?: string;
  repository?: string;
  repository_id?: string;
  repository_owner?: string;
  repository_owner_id?: string;
  repository_visibility?: string;
  ref?: string;
  ref_type?: string;
  sha?: string;
  workflow?: string;
  workflow_ref?: string;
  workflow_sha?: string;
  job_workflow_ref?: string;
  job_workflow_sha?: string;
  run_id?: string;
  run_number?: string;
  run_attempt?: string;
  runner_environment?: string;
  event_name?: string;
  actor?: string;
  actor_id?: string;
  head_ref?: string;
  base_ref?: string;
}

/** The claims of a token, NOT verified: for messages and pre-checks only. */
export function decodeClaims(token: string): OidcClaims {
  try {
    return decodeJwt(token) as OidcClaims;
  } catch {
    throw new InfrastructureError('The OIDC token could not be decoded (it is not a JWT).');
  }
}

export interface VerifyIdTokenOptions {
  /** Required audience (default: not checked). */
  audience?: string;
  fetchTimeoutMs?: number;
}

/**
 * Verifies the token's signature against the issuer's JWKS
 * (`<issuer>/.well-known/jwks`, GitHub's layout), its `iss`, expiry and,
 * when given, audience; returns the verified claims. The issuer must be
 * https, except a loopback issuer (tests).
 */
export async function verifyIdToken(
  token: string,
  issuer: string = GITHUB_ACTIONS_ISSUER,
  options: VerifyIdTokenOptions = {},
): Promise<OidcClaims> {
  let base: URL;
  try {
    base = new URL(issuer);
  } catch {
    throw new ConfigurationError(`The OIDC issuer '${issuer.slice(0, 200)}' is not a URL.`);
  }
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && isLoopbackHostname(base.hostname))) {
    throw new ConfigurationError(
      `The OIDC issuer must be an https URL (http is allowed for loopback test issuers only); got ${base.origin}.`,
    );
  }
  const jwks = createRemoteJWKSet(new URL(`${issuer.replace(/\/+$/, '')}/.well-known/jwks`), {
    timeoutDuration: options.fetchTimeoutMs ?? 10_000,
  });
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer,
      ...(options.audience ? { audience: options.audience } : {}),
      algorithms: ['RS256', 'ES256'],
    });
    return payload as OidcClaims;
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
    // jose's messages name claims, never the token itself.
    throw new InfrastructureError(
      `The OIDC token could not be verified against ${issuer} (${code}): ${(error as Error).message}`,
    );
  }
}
