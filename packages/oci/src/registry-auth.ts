/**
 * Registry authentication: a 401 with a `Bearer` challenge is answered with
 * a token from the challenge's realm (anonymous, or with the credentials the
 * provider finds for the host; `pull,push` scope when pushing); a `Basic`
 * challenge with the credentials themselves. Tokens are cached per
 * repository and access. A credential, token or Authorization header never
 * appears in an error or a log line; `onSecret` sees each secret first.
 * 401/403 end in a RegistryAuthError that names the registry and what to
 * fix; they are not retried. Token requests go through the transport (one
 * HTTP policy).
 */
import { HttpRequestError, InfrastructureError, displayUrl, withRetries } from '@scs/action-kit';
import type { CredentialProvider, RegistryCredential } from './credentials.js';
import { isLoopbackHost, type RegistryReference } from './reference.js';
import {
  readCapped,
  registryErrorDetail,
  type Authenticator,
  type Exchange,
  type RegistryTransport,
} from './registry-transport.js';

export type RegistryAccess = 'pull' | 'push';

/** A 401 or 403 from a registry (or its token service): what to fix is in the message. Not retried. */
export class RegistryAuthError extends HttpRequestError {
  override name = 'RegistryAuthError';
  constructor(
    message: string,
    url: string,
    status: number,
    /** The registry host ('ghcr.io'). */
    readonly registry: string,
    readonly access: RegistryAccess,
  ) {
    super(message, url, status, false);
  }
}

export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
}

/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"`; undefined for other schemes. */
export function parseBearerChallenge(header: string | null): BearerChallenge | undefined {
  if (!header) return undefined;
  const match = /^\s*Bearer\s+(.*)$/is.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(match[1]!); m; m = re.exec(match[1]!)) {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  if (!params.realm) return undefined;
  return {
    realm: params.realm,
    ...(params.service ? { service: params.service } : {}),
    ...(params.scope ? { scope: params.scope } : {}),
  };
}

function isBasicChallenge(header: string | null): boolean {
  return header !== null && /^\s*Basic\b/i.test(header);
}

/** What to do about a 401/403 at `registry`, for error messages. */
export function authAdvice(registry: string, access: RegistryAccess, hadCredentials: boolean): string {
  if (registry === 'ghcr.io') {
    return access === 'push'
      ? 'give the job `permissions: packages: write` and make sure the package lets this repository write to it (package settings → Manage Actions access), or log in with a token that has write:packages'
      : 'give the job `permissions: packages: read` (for a private package, also grant this repository access in the package settings), or log in with a token that has read:packages';
  }
  const login = `run docker login ${registry} (or docker/login-action) before this step, or pass a username and password`;
  return hadCredentials ? `check that those credentials may ${access} here; ${login}` : login;
}

interface AuthState {
  header: string;
  /** For bearer tokens: the access the token was asked for. Basic credentials cover everything. */
  access?: RegistryAccess;
  anonymous: boolean;
}

export class RegistryAuth implements Authenticator {
  /** Authorization per `apiHost/repository`. */
  private readonly auth = new Map<string, AuthState>();
  /** Credential look-ups per registry host (a helper runs once). */
  private readonly credentialCache = new Map<string, Promise<RegistryCredential | undefined>>();
  private readonly onSecret: (secret: string) => void;

  constructor(
    private readonly transport: RegistryTransport,
    private readonly credentials: CredentialProvider | undefined,
    onSecret: ((secret: string) => void) | undefined,
  ) {
    this.onSecret = onSecret ?? (() => undefined);
  }

  /** The error for a 401 or 403 that authentication did not cure (what to fix, never a secret). */
  async refused(exchange: Exchange, response: Response): Promise<RegistryAuthError> {
    const detail = await registryErrorDetail(response);
    const state = this.auth.get(this.authKey(exchange.ref));
    const had = state !== undefined && !state.anonymous;
    return new RegistryAuthError(
      `${exchange.label}: HTTP ${response.status}${detail} (${exchange.access} ${response.status === 403 ? 'denied' : 'not authorised'} at ${exchange.ref.registry}): ${authAdvice(exchange.ref.registry, exchange.access, had)}`,
      displayUrl(exchange.url),
      response.status,
      exchange.ref.registry,
      exchange.access,
    );
  }

  /** The Authorization header to send for `access`, when one is held. */
  header(ref: RegistryReference, access: RegistryAccess): string | undefined {
    return this.currentAuth(ref, access)?.header;
  }

  private credentialFor(registry: string): Promise<RegistryCredential | undefined> {
    if (!this.credentials) return Promise.resolve(undefined);
    let found = this.credentialCache.get(registry);
    if (!found) {
      found = this.credentials(registry).then((credential) => {
        if (credential?.kind === 'basic') this.onSecret(credential.password);
        if (credential?.kind === 'identity-token') this.onSecret(credential.token);
        return credential;
      });
      this.credentialCache.set(registry, found);
    }
    return found;
  }

  private authKey(ref: RegistryReference): string {
    return `${ref.apiHost}/${ref.repository}`;
  }

  private currentAuth(ref: RegistryReference, access: RegistryAccess): AuthState | undefined {
    const state = this.auth.get(this.authKey(ref));
    if (!state) return undefined;
    // A pull token is not enough to push: the 401 that follows asks for a push token.
    if (access === 'push' && state.access === 'pull') return undefined;
    return state;
  }

  private async fetchToken(
    ref: RegistryReference,
    challenge: BearerChallenge,
    access: RegistryAccess,
    credential: RegistryCredential | undefined,
  ): Promise<string> {
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch {
      throw new InfrastructureError(
        `${ref.name}: the registry's token realm '${challenge.realm.slice(0, 200)}' is not a URL`,
      );
    }
    if (!(realm.protocol === 'https:' || (realm.protocol === 'http:' && isLoopbackHost(realm.host)))) {
      throw new InfrastructureError(
        `${ref.name}: refusing the token realm ${displayUrl(realm.href)} (HTTPS required except on loopback)`,
      );
    }
    const scope =
      access === 'push'
        ? `repository:${ref.repository}:pull,push`
        : (challenge.scope ?? `repository:${ref.repository}:pull`);
    const label = `${credential?.kind === 'identity-token' ? 'POST' : 'GET'} ${displayUrl(realm.href)}`;
    const who = credential ? `with the credentials from ${credential.source}` : 'anonymously';
    this.transport.log(`${ref.name}: requesting a ${access} token from ${displayUrl(realm.href)} ${who}`);
    let init: RequestInit;
    if (credential?.kind === 'identity-token') {
      // docker's OAuth2 refresh-token grant.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credential.token,
        client_id: this.transport.userAgent,
        scope,
      });
      if (challenge.service) form.set('service', challenge.service);
      init = {
        method: 'POST',
        headers: this.transport.headers(
          { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
          undefined,
        ),
        body: form.toString(),
      };
    } else {
      if (challenge.service) realm.searchParams.set('service', challenge.service);
      realm.searchParams.set('scope', scope);
      // As docker sends it; some token services (Harbor, GitLab) key the grant on it.
      if (credential) realm.searchParams.set('account', credential.username);
      const basic = credential
        ? `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`
        : undefined;
      init = { method: 'GET', headers: this.transport.headers({ Accept: 'application/json' }, basic) };
    }
    const url = realm.href;
    const response = await withRetries(label, this.transport.retry, () => this.transport.send(url, init));
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel().catch(() => undefined);
      const what = credential
        ? `the registry's token service refused the credentials from ${credential.source} for ${access}`
        : `the registry's token service refused an anonymous ${access} token`;
      throw new RegistryAuthError(
        `${label}: HTTP ${response.status} (${what}): ${authAdvice(ref.registry, access, credential !== undefined)}`,
        displayUrl(url),
        response.status,
        ref.registry,
        access,
      );
    }
    if (!response.ok) {
      const detail = await registryErrorDetail(response);
      throw new HttpRequestError(
        `${label}: HTTP ${response.status}${detail} (no ${access} token)`,
        displayUrl(url),
        response.status,
        false,
      );
    }
    const body = await readCapped(response, 1024 * 1024, label);
    let token: unknown;
    try {
      const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      token = parsed.token ?? parsed.access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || token === '') throw new InfrastructureError(`${label}: the answer holds no token`);
    this.onSecret(token);
    return token;
  }

  /**
   * Answers a 401: a Bearer challenge gets a token (anonymous or with the
   * host's credentials), a Basic one the credentials. In the first round a
   * token we already hold is simply replaced (it may have expired, or lack
   * the scope); a 401 right after a fresh token or with Basic credentials
   * ends in a RegistryAuthError.
   */
  async authenticate(exchange: Exchange, challengeHeader: string | null, round: number): Promise<void> {
    const { ref, access, label, url } = exchange;
    const key = this.authKey(ref);
    const previous = this.auth.get(key);
    const challenge = parseBearerChallenge(challengeHeader);
    const credential = await this.credentialFor(ref.registry);
    if (challenge) {
      const covered =
        previous !== undefined && (previous.access === undefined || previous.access === 'push' || access === 'pull');
      if (round > 0 && covered && !previous.anonymous) {
        throw new RegistryAuthError(
          `${label}: HTTP 401 (the registry refused the token it issued for ${access}): ${authAdvice(ref.registry, access, true)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      if (round > 0 && covered && previous.anonymous && !credential) {
        throw new RegistryAuthError(
          `${label}: HTTP 401 with an anonymous token (${access === 'pull' ? 'the repository is not public' : 'pushing needs credentials'}; no credentials for ${ref.registry}): ${authAdvice(ref.registry, access, false)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      this.auth.delete(key);
      const token = await this.fetchToken(ref, challenge, access, credential);
      this.auth.set(key, { header: `Bearer ${token}`, access, anonymous: credential === undefined });
      return;
    }
    if (isBasicChallenge(challengeHeader) && credential) {
      if (previous && !previous.anonymous) {
        throw new RegistryAuthError(
          `${label}: HTTP 401 (the registry refused the credentials from ${credential.source}): ${authAdvice(ref.registry, access, true)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      if (credential.kind !== 'basic') {
        throw new RegistryAuthError(
          `${label}: HTTP 401 (the registry wants a password, but ${credential.source} holds only an identity token): ${authAdvice(ref.registry, access, true)}`,
          displayUrl(url),
          401,
          ref.registry,
          access,
        );
      }
      this.auth.set(key, {
        header: `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`,
        anonymous: false,
      });
      return;
    }
    throw new RegistryAuthError(
      `${label}: HTTP 401 (the registry wants credentials; only anonymous ${access === 'pull' ? 'pulls were' : 'access was'} possible: ${
        credential
          ? `it does not accept the credentials from ${credential.source}`
          : `no credentials for ${ref.registry}`
      }): ${authAdvice(ref.registry, access, credential !== undefined)}`,
      displayUrl(url),
      401,
      ref.registry,
      access,
    );
  }
}
