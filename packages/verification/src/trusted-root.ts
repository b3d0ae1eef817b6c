import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ConfigurationError, InfrastructureError, errorMessage } from '@scs/action-kit';
import { GITHUB_TUF_ROOT } from './github-tuf-root.js';

/**
 * The trusted material of one run: loaded once, from a trusted-root file
 * (v0.1 JSON, private instances and tests) or through TUF (public-good
 * Sigstore, GitHub's instance).
 */
export type SigstoreInstance = 'public-good' | 'github' | 'custom';

export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';

export interface TrustedRootOptions {
  instance: SigstoreInstance;
  /** Required for `custom`. */
  trustedRootPath?: string;
  /** TUF cache folder (default: RUNNER_TEMP-independent temp folder). */
  tufCachePath?: string;
  /** Overrides for tests (a loopback mirror). */
  tufMirrorUrl?: string;
  tufRootPath?: string;
  tufTimeoutMs?: number;
}

export interface TransparencyLogInfo {
  baseUrl: string;
  /** base64 log id (key id), as in bundles. */
  logId: string;
}

export interface LoadedTrust {
  instance: SigstoreInstance;
  /** Where it came from (file path or TUF mirror), for the report. */
  source: string;
  root: TrustedRoot;
  material: TrustMaterial;
  tlogs: TransparencyLogInfo[];
  hasCtlogs: boolean;
  hasTimestampAuthorities: boolean;
}

export function trustFromRoot(root: TrustedRoot, instance: SigstoreInstance, source: string): LoadedTrust {
  if (root.certificateAuthorities.length === 0) {
    throw new ConfigurationError(`The trusted root from ${source} lists no certificate authority: it cannot verify Fulcio certificates.`);
  }
  const material = toTrustMaterial(root);
  return {
    instance,
    source,
    root,
    material,
    tlogs: root.tlogs.map((t) => ({
      baseUrl: t.baseUrl.replace(/\/+$/, ''),
      logId: t.logId ? Buffer.from(t.logId.keyId).toString('base64') : '',
    })),
    hasCtlogs: root.ctlogs.length > 0,
    hasTimestampAuthorities: root.timestampAuthorities.length > 0,
  };
}

/** A trusted-root JSON file (Sigstore TrustedRoot v0.1). */
export function loadTrustedRootFile(file: string, instance: SigstoreInstance = 'custom'): LoadedTrust {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the trusted root ${file}: ${errorMessage(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The trusted root ${file} is not JSON: ${errorMessage(error)}`);
  }
  if (typeof json !== 'object' || json === null || !('certificateAuthorities' in json)) {
    throw new ConfigurationError(
      `The trusted root ${file} is not a Sigstore trusted root (application/vnd.dev.sigstore.trustedroot+json): it has no certificateAuthorities.`,
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (error) {
    throw new ConfigurationError(`The trusted root ${file} could not be read: ${errorMessage(error)}`);
  }
  return trustFromRoot(root, instance, file);
}

export async function loadTrust(options: TrustedRootOptions): Promise<LoadedTrust> {
  if (options.instance === 'custom') {
    if (!options.trustedRootPath) throw new ConfigurationError('sigstore-instance: custom needs `trusted-root`: the trusted root JSON of your Sigstore instance.');
    return loadTrustedRootFile(options.trustedRootPath);
  }
  const mirrorURL = options.tufMirrorUrl ?? (options.instance === 'github' ? GITHUB_TUF_MIRROR : PUBLIC_GOOD_TUF_MIRROR);
  const cachePath = options.tufCachePath ?? path.join(os.tmpdir(), 'scs-verify-tuf', options.instance);
  let rootPath = options.tufRootPath;
  if (!rootPath && options.instance === 'github' && !options.tufMirrorUrl) {
    // @sigstore/tuf only embeds the public-good root: seed GitHub's from this release.
    fs.mkdirSync(cachePath, { recursive: true });
    rootPath = path.join(cachePath, 'seed-root.json');
    fs.writeFileSync(rootPath, JSON.stringify(GITHUB_TUF_ROOT));
  }
  let root: TrustedRoot;
  try {
    root = await getTrustedRoot({
      mirrorURL,
      cachePath,
      ...(rootPath ? { rootPath } : {}),
      timeout: options.tufTimeoutMs ?? 15_000,
      retry: { retries: 2 },
    });
  } catch (error) {
    throw new InfrastructureError(
      `Could not fetch the ${options.instance} Sigstore trusted root through TUF from ${mirrorURL}: ${errorMessage(error)}. ` +
        'The runner needs HTTPS access to that mirror; without network access, pass the trusted root as a file with `sigstore-instance: custom` and `trusted-root`.',
      { cause: error },
    );
  }
  return trustFromRoot(root, options.instance, `TUF ${mirrorURL}`);
}
