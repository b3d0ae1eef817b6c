/**
 * Sigstore instances and the private-repository rule.
 *
 * URLs as actions/toolkit's @actions/attest uses them
 * (packages/attest/src/endpoints.ts): public-good = fulcio.sigstore.dev +
 * rekor.sigstore.dev (a public transparency log); github = GitHub's own
 * Fulcio fulcio.githubapp.com + timestamp authority timestamp.githubapp.com
 * (no public log).
 */
import { ConfigurationError } from '@scs/action-kit';
import type { OidcClaims } from './oidc.js';

export type SigstoreInstanceName = 'public-good' | 'github' | 'custom';
export const SIGSTORE_INSTANCE_NAMES: readonly SigstoreInstanceName[] = ['public-good', 'github', 'custom'];

export interface SigstoreInstance {
  name: SigstoreInstanceName;
  fulcioUrl: string;
  /** The transparency log; absent: no log entry is made (then a TSA is required). */
  rekorUrl?: string;
  /** RFC 3161 timestamp authority base URL (the client posts to <tsaUrl>/api/v1/timestamp). */
  tsaUrl?: string;
  /** trusted_root.json for this instance (custom); public-good and github use their TUF-distributed roots. */
  trustedRootPath?: string;
  /** Entries land in a log anyone can read (the public-good Rekor). */
  publicLog: boolean;
}

export const PUBLIC_GOOD_INSTANCE: Readonly<SigstoreInstance> = Object.freeze({
  name: 'public-good',
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekorUrl: 'https://rekor.sigstore.dev',
  publicLog: true,
});

export const GITHUB_INSTANCE: Readonly<SigstoreInstance> = Object.freeze({
  name: 'github',
  fulcioUrl: 'https://fulcio.githubapp.com',
  tsaUrl: 'https://timestamp.githubapp.com',
  publicLog: false,
});

export interface CustomInstanceUrls {
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  trustedRootPath?: string;
}

/**
 * The instance to sign with. `custom` needs fulcio-url, and rekor-url or
 * tsa-url (a signature needs a trusted time); URLs given with another
 * instance are refused rather than silently ignored.
 */
/** 127.0.0.0/8, ::1 and localhost: the only hosts plain http may reach. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * A Sigstore or OIDC service URL must be https: the OIDC token (a bearer
 * credential for the workflow's identity) and what is signed travel to it.
 * Plain http is accepted for loopback only (a local test stack or a proxy on
 * the runner). Returns the value; throws a ConfigurationError naming the input.
 */
export function requireSecureServiceUrl(input: string, value: string): string {
  if (!value) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`Input \`${input}\` must be an https URL.`);
  }
  if (url.protocol === 'https:') return value;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return value;
  throw new ConfigurationError(
    `Input \`${input}\` must be an https URL (plain http only to a loopback address such as 127.0.0.1): the identity token and signatures would travel in clear to ${url.host.slice(0, 100)}.`,
  );
}

export function resolveSigstoreInstance(name: SigstoreInstanceName, urls: CustomInstanceUrls = {}): SigstoreInstance {
  const given = (Object.keys(urls) as (keyof CustomInstanceUrls)[]).filter((key) => urls[key]);
  const inputName: Record<keyof CustomInstanceUrls, string> = {
    fulcioUrl: 'fulcio-url',
    rekorUrl: 'rekor-url',
    tsaUrl: 'tsa-url',
    trustedRootPath: 'trusted-root',
  };
  if (name !== 'custom') {
    if (given.length > 0) {
      throw new ConfigurationError(
        `${given.map((key) => `\`${inputName[key]}\``).join(', ')} only apply to \`sigstore-instance: custom\`; sigstore-instance is ${name}. Remove them, or set sigstore-instance: custom.`,
      );
    }
    return { ...(name === 'public-good' ? PUBLIC_GOOD_INSTANCE : GITHUB_INSTANCE) };
  }
  if (!urls.fulcioUrl) throw new ConfigurationError('`sigstore-instance: custom` needs `fulcio-url`.');
  if (!urls.rekorUrl && !urls.tsaUrl) {
    throw new ConfigurationError(
      '`sigstore-instance: custom` needs `rekor-url` or `tsa-url` (or both): a keyless signature needs a transparency log entry or a signed timestamp to be verifiable after the certificate expires.',
    );
  }
  for (const key of ['fulcioUrl', 'rekorUrl', 'tsaUrl'] as const)
    requireSecureServiceUrl(inputName[key], urls[key] ?? '');
  const rekorUrl = urls.rekorUrl?.replace(/\/+$/, '');
  return {
    name: 'custom',
    fulcioUrl: urls.fulcioUrl.replace(/\/+$/, ''),
    ...(rekorUrl ? { rekorUrl } : {}),
    ...(urls.tsaUrl ? { tsaUrl: urls.tsaUrl.replace(/\/+$/, '') } : {}),
    ...(urls.trustedRootPath ? { trustedRootPath: urls.trustedRootPath } : {}),
    // A custom log is the operator's; only the public-good host is known to be world-readable.
    publicLog: rekorUrl !== undefined && /^https:\/\/rekor\.sigstore\.dev$/i.test(rekorUrl),
  };
}

/** Where a repository's visibility was learned. */
export interface RepositoryVisibility {
  private: boolean;
  source: string;
}

/**
 * Whether the repository is private (or internal): from the OIDC claims
 * (`repository_visibility`) when there are any, else the event payload
 * (`repository.private` / `repository.visibility`).
 */
export function repositoryVisibility(
  claims: Pick<OidcClaims, 'repository_visibility'> | undefined,
  payload: Record<string, unknown>,
): RepositoryVisibility | undefined {
  const claim = claims?.repository_visibility;
  if (typeof claim === 'string' && claim)
    return { private: claim !== 'public', source: `the OIDC token (repository_visibility: ${claim})` };
  const repository = payload.repository;
  if (repository && typeof repository === 'object') {
    const { private: isPrivate, visibility } = repository as { private?: unknown; visibility?: unknown };
    if (typeof visibility === 'string' && visibility)
      return { private: visibility !== 'public', source: `the event payload (repository.visibility: ${visibility})` };
    if (typeof isPrivate === 'boolean')
      return { private: isPrivate, source: `the event payload (repository.private: ${isPrivate})` };
  }
  return undefined;
}

/**
 * The private-repository rule: a private repository signing on an instance
 * with a public log publishes its repository and workflow names (they are in
 * the certificate) to the world. That needs an explicit choice: GitHub's
 * instance, or `public-log: true`. Checked before anything is signed.
 * Returns a warning to log when the user acknowledged it.
 */
export function enforcePublicLogPolicy(
  instance: SigstoreInstance,
  visibility: RepositoryVisibility | undefined,
  acknowledged: boolean,
): string | undefined {
  if (!instance.publicLog || !visibility?.private) return undefined;
  if (acknowledged) {
    return `This repository is private (${visibility.source}), and public-log: true was set: the repository name, workflow path and ref go into the public transparency log (${instance.rekorUrl}) with each signature.`;
  }
  throw new ConfigurationError(
    `This repository is private (${visibility.source}), but sigstore-instance is ${instance.name}, whose transparency log (${instance.rekorUrl}) is public: ` +
      'each signature would publish the repository name, workflow path and ref to the world. Choose one:\n' +
      "  sigstore-instance: github   (GitHub's Sigstore instance: timestamped, no public log; use engine: sigstore)\n" +
      '  public-log: true            (acknowledge that these names become public)',
  );
}

export type KeyedInstanceName = 'public-good' | 'custom';
export const KEYED_INSTANCE_NAMES: readonly KeyedInstanceName[] = ['public-good', 'custom'];

/**
 * The services of a keyed signature (actions/sign): no CA (the key signs),
 * the transparency log unless `tlog-upload: false` (cosign's flag of that
 * name), and for custom instances a timestamp authority when given.
 * public-good logs to rekor.sigstore.dev; custom needs rekor-url or tsa-url
 * unless the log is turned off. Contradictions are refused, not ignored.
 */
export function resolveKeyedInstance(
  name: KeyedInstanceName,
  urls: Omit<CustomInstanceUrls, 'fulcioUrl'>,
  tlogUpload: boolean,
): SigstoreInstance {
  if (name === 'public-good') {
    const given = [
      urls.rekorUrl && '`rekor-url`',
      urls.tsaUrl && '`tsa-url`',
      urls.trustedRootPath && '`trusted-root`',
    ];
    const named = given.filter(Boolean);
    if (named.length > 0)
      throw new ConfigurationError(
        `${named.join(', ')} only apply to \`sigstore-instance: custom\`; sigstore-instance is public-good.`,
      );
    return {
      name: 'public-good',
      fulcioUrl: '',
      ...(tlogUpload ? { rekorUrl: PUBLIC_GOOD_INSTANCE.rekorUrl } : {}),
      publicLog: tlogUpload,
    };
  }
  if (!tlogUpload && urls.rekorUrl)
    throw new ConfigurationError(
      '`rekor-url` is set but `tlog-upload` is false: remove one (nothing would be logged).',
    );
  if (tlogUpload && !urls.rekorUrl)
    throw new ConfigurationError(
      '`sigstore-instance: custom` with `tlog-upload: true` needs `rekor-url` (or set tlog-upload: false).',
    );
  requireSecureServiceUrl('rekor-url', urls.rekorUrl ?? '');
  requireSecureServiceUrl('tsa-url', urls.tsaUrl ?? '');
  const rekorUrl = urls.rekorUrl?.replace(/\/+$/, '');
  return {
    name: 'custom',
    fulcioUrl: '',
    ...(rekorUrl ? { rekorUrl } : {}),
    ...(urls.tsaUrl ? { tsaUrl: urls.tsaUrl.replace(/\/+$/, '') } : {}),
    ...(urls.trustedRootPath ? { trustedRootPath: urls.trustedRootPath } : {}),
    publicLog: rekorUrl !== undefined && /^https:\/\/rekor\.sigstore\.dev$/i.test(rekorUrl),
  };
}
