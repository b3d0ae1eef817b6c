import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot, type TimeRange } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ConfigurationError, InfrastructureError, errorMessage } from '@scs/action-kit';
import { readConfinedFile } from './confined-file.js';
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

/** The trusted-root media types this gate reads (protobuf-specs v0.1 and v0.2). */
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.[12])?\+json(;version=0\.[12])?$/;
const TRUSTED_ROOT_KEYS = new Set(['mediaType', 'tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities']);
/** A trusted-root file is a few KiB; anything far larger is not one. */
export const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;
const MAX_TRUST_ENTRIES = 64;

function rangeProblems(range: TimeRange | undefined, where: string): string[] {
  if (!range) return [`${where} has no validFor`];
  const problems: string[] = [];
  const start = range.start;
  if (!start) problems.push(`${where}.validFor has no start (a missing bound is not read as "forever")`);
  else if (Number.isNaN(start.getTime())) problems.push(`${where}.validFor.start is not a time`);
  if (range.end !== undefined) {
    if (Number.isNaN(range.end.getTime())) problems.push(`${where}.validFor.end is not a time`);
    else if (start && !Number.isNaN(start.getTime()) && range.end.getTime() < start.getTime())
      problems.push(`${where}.validFor ends before it starts`);
  }
  return problems;
}

function chainProblems(certificates: { rawBytes: Buffer }[] | undefined, where: string): string[] {
  if (!certificates || certificates.length === 0) return [`${where}.certChain has no certificate`];
  const problems: string[] = [];
  certificates.forEach((cert, index) => {
    if (!cert.rawBytes || cert.rawBytes.length === 0) {
      problems.push(`${where}.certChain.certificates[${index}] is empty`);
      return;
    }
    try {
      X509Certificate.parse(Buffer.from(cert.rawBytes));
    } catch (error) {
      problems.push(
        `${where}.certChain.certificates[${index}] is not a DER certificate (${errorMessage(error).slice(0, 120)})`,
      );
    }
  });
  return problems;
}

/**
 * Every problem that makes a trusted root unfit to verify with ([] when none):
 * the media type, certificate chains that parse, validity ranges with a start
 * (sigstore-conformance trust-root-tlog-missing-validity-start_fail: a missing
 * bound is a malformed root, never an unbounded one), log keys with a key id,
 * known key types and bounded counts.
 */
export function trustedRootProblems(root: TrustedRoot): string[] {
  const problems: string[] = [];
  if (!TRUSTED_ROOT_MEDIA_TYPE.test(root.mediaType ?? '')) {
    problems.push(
      `mediaType ${JSON.stringify(root.mediaType ?? '').slice(0, 120)} is not a Sigstore trusted root (application/vnd.dev.sigstore.trustedroot+json;version=0.1 or .v0.2+json)`,
    );
  }
  if (root.certificateAuthorities.length === 0)
    problems.push('it lists no certificate authority: it cannot verify Fulcio certificates');
  for (const [name, list] of [
    ['certificateAuthorities', root.certificateAuthorities],
    ['tlogs', root.tlogs],
    ['ctlogs', root.ctlogs],
    ['timestampAuthorities', root.timestampAuthorities],
  ] as const) {
    if (list.length > MAX_TRUST_ENTRIES)
      problems.push(`${name} has ${list.length} entries; at most ${MAX_TRUST_ENTRIES} are read`);
  }
  root.certificateAuthorities.slice(0, MAX_TRUST_ENTRIES).forEach((ca, i) => {
    const where = `certificateAuthorities[${i}]`;
    problems.push(...chainProblems(ca.certChain?.certificates, where), ...rangeProblems(ca.validFor, where));
  });
  root.timestampAuthorities.slice(0, MAX_TRUST_ENTRIES).forEach((tsa, i) => {
    const where = `timestampAuthorities[${i}]`;
    problems.push(...chainProblems(tsa.certChain?.certificates, where), ...rangeProblems(tsa.validFor, where));
  });
  for (const [name, logs] of [
    ['tlogs', root.tlogs],
    ['ctlogs', root.ctlogs],
  ] as const) {
    logs.slice(0, MAX_TRUST_ENTRIES).forEach((log, i) => {
      const where = `${name}[${i}]`;
      if (!log.logId?.keyId || log.logId.keyId.length === 0) problems.push(`${where} has no logId.keyId`);
      const key = log.publicKey;
      if (!key) {
        problems.push(`${where} has no publicKey`);
        return;
      }
      if (!key.rawBytes || key.rawBytes.length === 0) problems.push(`${where}.publicKey has no rawBytes`);
      if (!key.keyDetails) problems.push(`${where}.publicKey has no keyDetails (key type)`);
      problems.push(...rangeProblems(key.validFor, `${where}.publicKey`));
    });
  }
  return problems;
}

/** JSON-level checks the protobuf mapping would silently drop (a misspelt list reads as empty). */
function trustedRootJsonProblems(json: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const unknown = Object.keys(json).filter((key) => !TRUSTED_ROOT_KEYS.has(key));
  if (unknown.length > 0)
    problems.push(
      `unknown field(s) ${unknown
        .slice(0, 5)
        .map((k) => JSON.stringify(k.slice(0, 60)))
        .join(', ')}`,
    );
  for (const key of ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities']) {
    if (key in json && !Array.isArray(json[key])) problems.push(`${key} is not a list`);
  }
  return problems;
}

export function trustFromRoot(root: TrustedRoot, instance: SigstoreInstance, source: string): LoadedTrust {
  const problems = trustedRootProblems(root);
  if (problems.length > 0) {
    const message = `The trusted root from ${source} is malformed and is not used: ${problems.slice(0, 8).join('; ')}${problems.length > 8 ? `; and ${problems.length - 8} more` : ''}.`;
    // A file is the workflow's configuration; a root that came through TUF is the instance's fault.
    throw instance === 'custom'
      ? new ConfigurationError(`${message} Fix the file given as \`trusted-root\`.`)
      : new InfrastructureError(message);
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
    text = readConfinedFile(file, { maxBytes: MAX_TRUSTED_ROOT_BYTES }).toString('utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the trusted root ${file}: ${errorMessage(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Say where it broke, not what the bytes were (JSON.parse quotes them).
    const where = /position \d+/.exec(errorMessage(error))?.[0];
    throw new ConfigurationError(`The trusted root ${file} is not JSON${where ? ` (${where})` : ''}.`);
  }
  if (typeof json !== 'object' || json === null || !('certificateAuthorities' in json)) {
    throw new ConfigurationError(
      `The trusted root ${file} is not a Sigstore trusted root (application/vnd.dev.sigstore.trustedroot+json): it has no certificateAuthorities.`,
    );
  }
  const jsonProblems = trustedRootJsonProblems(json as Record<string, unknown>);
  if (jsonProblems.length > 0) {
    throw new ConfigurationError(
      `The trusted root ${file} is malformed and is not used: ${jsonProblems.join('; ')}. Fix the file given as \`trusted-root\`.`,
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
    if (!options.trustedRootPath)
      throw new ConfigurationError(
        'sigstore-instance: custom needs `trusted-root`: the trusted root JSON of your Sigstore instance.',
      );
    return loadTrustedRootFile(options.trustedRootPath);
  }
  const mirrorURL =
    options.tufMirrorUrl ?? (options.instance === 'github' ? GITHUB_TUF_MIRROR : PUBLIC_GOOD_TUF_MIRROR);
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
    // Loaded on use: TUF (@sigstore/tuf, tuf-js and its models) is only for the public-good and GitHub
    // instances, and a lazy chunk keeps it out of every other run's load time.
    const { getTrustedRoot } = await import('@sigstore/tuf');
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
