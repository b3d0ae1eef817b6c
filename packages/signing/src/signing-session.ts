/**
 * The signing session of a keyless signature, set up the same way by every
 * action that signs with the workflow identity (sign-keyless, provenance):
 * the Sigstore instance of the inputs, the retry policy of the Sigstore
 * services, the first OIDC token (fetched now, so that a missing permission
 * or the private-repository rule stops the step before anything is signed)
 * and the token source the engine asks when it signs.
 */
import type { Logger } from '@scs/action-kit';
import {
  enforcePublicLogPolicy,
  repositoryVisibility,
  resolveSigstoreInstance,
  type SigstoreInstance,
  type SigstoreInstanceName,
} from './instances.js';
import { SIGSTORE_AUDIENCE, getIdToken, type OidcClaims } from './oidc.js';
import type { ServiceRetryPolicy } from './retry.js';

/** The service inputs of a keyless signature (sigstore-instance, public-log, fulcio-url, rekor-url, tsa-url, trusted-root). */
export interface KeylessServiceInputs {
  instance: SigstoreInstanceName;
  publicLog: boolean;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** Resolved path of the trusted root JSON, '' when unset. */
  trustedRoot: string;
}

/** The Sigstore instance the inputs name (custom: with their service URLs and trusted root). */
export function keylessInstance(inputs: KeylessServiceInputs): SigstoreInstance {
  return resolveSigstoreInstance(inputs.instance, {
    ...(inputs.fulcioUrl ? { fulcioUrl: inputs.fulcioUrl } : {}),
    ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
    ...(inputs.tsaUrl ? { tsaUrl: inputs.tsaUrl } : {}),
    ...(inputs.trustedRoot ? { trustedRootPath: inputs.trustedRoot } : {}),
  });
}

/**
 * Test hook: SCS_SIGSTORE_RETRY_BASE_MS shortens backoffs, and SCS_SIGSTORE_TIMEOUT_MS (with it) the
 * per-request timeout, for the integration and hostile tests (never set on a runner).
 */
export function retryFromEnv(env: NodeJS.ProcessEnv): ServiceRetryPolicy | undefined {
  const base = env.SCS_SIGSTORE_RETRY_BASE_MS;
  if (!base || !/^\d{1,5}$/.test(base)) return undefined;
  const timeout = env.SCS_SIGSTORE_TIMEOUT_MS;
  const timeoutMs = timeout && /^\d{3,6}$/.test(timeout) ? Number(timeout) : 10_000;
  return { attempts: 4, baseDelayMs: Number(base), maxDelayMs: Number(base) * 8, timeoutMs, jitter: 0.5 };
}

export interface TokenSession {
  /** The token fetched when the session was opened (for its claims). */
  firstToken: string;
  /** What the engine asks when it signs: the first token once, a fresh one after that. */
  tokenSource: () => Promise<string>;
}

/** Fetches the first OIDC token (audience sigstore) and returns the token source that hands it out first. */
export async function openTokenSession(deps: {
  env: NodeJS.ProcessEnv;
  mask?: (secret: string) => void;
  logger: Logger;
  retry?: ServiceRetryPolicy | undefined;
}): Promise<TokenSession> {
  const { retry } = deps;
  const fetchToken = () =>
    getIdToken(SIGSTORE_AUDIENCE, {
      env: deps.env,
      ...(deps.mask ? { mask: deps.mask } : {}),
      log: (message: string) => deps.logger.debug(message),
      ...(retry ? { retry } : {}),
    });
  const firstToken = await fetchToken();
  let unused: string | undefined = firstToken;
  const tokenSource = async (): Promise<string> => {
    const value = unused;
    unused = undefined;
    return value ?? fetchToken();
  };
  return { firstToken, tokenSource };
}

/**
 * The private-repository rule (enforcePublicLogPolicy) for the repository the claims (else the event
 * payload) name: throws before anything is signed, or logs the warning when `public-log: true` acknowledged it.
 */
export function applyPublicLogPolicy(
  instance: SigstoreInstance,
  claims: OidcClaims,
  payload: Record<string, unknown>,
  acknowledged: boolean,
  logger: Logger,
): void {
  const warning = enforcePublicLogPolicy(instance, repositoryVisibility(claims, payload), acknowledged);
  if (warning) logger.warning(warning);
}
