/**
 * What both engines do after a bundle exists and passed assertBundleSigns
 * (bundle-check.ts): write it, read its identity, and store it in the
 * registry — so the two produce the same artifacts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InfrastructureError, writeFileNoFollow } from '@scs/action-kit';
import type { RegistryClient } from '@scs/oci';
import { bundleInfo, type BundleInfo } from './bundle-info.js';
import type { SigstoreInstance } from './instances.js';
import type { ImageTarget, SignOutcome } from './types.js';

/** A link to the transparency-log entry: search.sigstore.dev for the public-good log, the log's API otherwise. */
export function tlogEntryUrl(instance: SigstoreInstance, logIndex: string): string | undefined {
  if (!/^\d+$/.test(logIndex)) return undefined;
  if (instance.name === 'public-good') return `https://search.sigstore.dev/?logIndex=${logIndex}`;
  if (instance.rekorUrl) return `${instance.rekorUrl}/api/v1/log/entries?logIndex=${logIndex}`;
  return undefined;
}

/**
 * Writes the bundle file (mode 0644, atomically: a half-written bundle never
 * stays behind), never through a link planted at its path or at a temporary
 * name (writeFileNoFollow).
 */
export function writeBundleFile(bundlePath: string, json: string): void {
  fs.mkdirSync(path.dirname(bundlePath), { recursive: true });
  writeFileNoFollow(bundlePath, json);
}

/** When the signature was made: the log's integrated time, else now (for the referrer's created annotation). */
export function signedAt(info: BundleInfo, now: () => Date): Date {
  const seconds = info.tlog ? Number(info.tlog.integratedTime) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : now();
}

export function outcomeFromBundle(
  bundle: object,
  bundlePath: string,
  instance: SigstoreInstance,
  signer: 'certificate' | 'key' = 'certificate',
): { outcome: SignOutcome; info: BundleInfo } {
  const info = bundleInfo(bundle, signer);
  const bundleJson = JSON.stringify(bundle);
  const url = info.tlog ? tlogEntryUrl(instance, info.tlog.logIndex) : undefined;
  return {
    info,
    outcome: {
      bundle,
      bundleJson,
      bundlePath,
      certificateIdentity: info.certificateIdentity,
      certificateIssuer: info.certificateIssuer,
      ...(info.publicKeyHint !== undefined ? { publicKeyHint: info.publicKeyHint } : {}),
      ...(info.tlog ? { tlog: { ...info.tlog, ...(url ? { url } : {}) } } : {}),
      timestamps: info.timestamps,
    },
  };
}

/** The outcome of a signature, with its bundle stored as a referrer of `pushTo` when that is given. */
export async function withStoredBundle(
  registry: RegistryClient | undefined,
  pushTo: ImageTarget | undefined,
  made: { outcome: SignOutcome; info: BundleInfo },
  now: () => Date,
): Promise<SignOutcome> {
  const { outcome, info } = made;
  if (!pushTo) return outcome;
  return { ...outcome, stored: await storeBundle(registry, pushTo, outcome.bundleJson, info, now, outcome.bundlePath) };
}

/** Stores the bundle as a referrer of the image (referrers API, else the sha256-<hex> tag index). */
export async function storeBundle(
  registry: RegistryClient | undefined,
  target: ImageTarget,
  bundleJson: string,
  info: BundleInfo,
  now: () => Date,
  bundlePath?: string,
): Promise<NonNullable<SignOutcome['stored']>> {
  if (!registry)
    throw new InfrastructureError('No registry client was configured to store the signature (a bug in the caller).');
  let attached: Awaited<ReturnType<RegistryClient['attachReferrer']>>;
  try {
    attached = await attachTo(registry, target, bundleJson, info, now);
  } catch (error) {
    // Signed (and logged) but not stored: say so, so that nobody takes the bundle file for a stored signature.
    const kept = bundlePath ? ` Its bundle file is kept at ${bundlePath}.` : '';
    throw new InfrastructureError(
      `${error instanceof Error ? error.message : String(error)} The signature was made but is NOT stored in ${target.repository}; nothing is reported as signed.${kept}`,
      { cause: error },
    );
  }
  return {
    repository: target.repository,
    manifestDigest: attached.manifestDigest,
    via: attached.via,
    location: attached.location,
  };
}

function attachTo(
  registry: RegistryClient,
  target: ImageTarget,
  bundleJson: string,
  info: BundleInfo,
  now: () => Date,
) {
  return registry.attachReferrer(
    target.reference,
    { mediaType: target.mediaType, digest: target.digest, size: target.size },
    {
      bundle: Buffer.from(bundleJson, 'utf8'),
      content: info.content,
      ...(info.content === 'dsse-envelope' && info.predicateType ? { predicateType: info.predicateType } : {}),
      created: signedAt(info, now),
    },
  );
}
