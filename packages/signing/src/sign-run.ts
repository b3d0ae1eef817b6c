/**
 * The steps sign-keyless and sign share, in the order they run: the registry
 * client, the image tag resolved to a digest once (and the platform
 * manifests of an index with `recursive`), cosign's registry credentials,
 * every digest and file signed, the outputs. What differs — who signs (the
 * workflow identity or a key) and the services — is the caller's.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { actionRuntime, InfrastructureError, type Logger, type RunContext } from '@scs/action-kit';
import {
  RegistryClient,
  registryClientForAction,
  dockerConfigCredentials,
  parseRegistryReference,
  platformName,
  referenceWithDigest,
  repositoryName,
  selectPlatformManifests,
  type PlatformSelector,
  type RegistryReference,
} from '@scs/oci';
import { CosignInstaller, type InstalledTool } from '@scs/tool-installer';
import { createSigningEngine } from './engine.js';
import type { SigstoreInstance } from './instances.js';
import type { ServiceRetryPolicy } from './retry.js';
import type { SigningTargetInputs } from './sign-inputs.js';
import type { SigningKey } from './signing-key.js';
import { BUNDLE_SUFFIX, expandFiles } from './sign-files.js';
import {
  blobVerifyCommand,
  imageVerifyCommand,
  type SignedFileRow,
  type SignedImageRow,
  type VerifyOptions,
} from './sign-summary.js';
import type { ImageTarget, SignOutcome, SigningEngine } from './types.js';

export interface ImagePlan {
  ref: RegistryReference;
  /** The index or single manifest the input resolved to. */
  top: ImageTarget;
  targets: { target: ImageTarget; kind: string }[];
}

export interface RegistryInputs {
  registryUsername: string;
  registryPassword: string;
  githubToken: string;
}

/** The cosign inputs both actions take (cosign-version, cosign-sha256, cosign-path, tools-mirror). */
export function cosignInstallOptions(cosign: {
  version: string;
  sha256: string;
  path: string;
  mirror: string;
}): Parameters<CosignInstaller['install']>[0] {
  return {
    ...(cosign.version ? { version: cosign.version } : {}),
    ...(cosign.sha256 ? { sha256: cosign.sha256 } : {}),
    ...(cosign.mirror ? { mirror: cosign.mirror } : {}),
    ...(cosign.path ? { path: cosign.path } : {}),
  };
}

export function signingRegistryClient(
  inputs: RegistryInputs,
  options: { actor?: string; mask: (secret: string) => void; logger: Logger },
): RegistryClient {
  return registryClientForAction(inputs, options.actor, {
    mask: options.mask,
    debug: (message) => options.logger.debug(message),
  });
}

/** The image tag resolved to a digest ONCE (every later step uses digests); with `recursive`, each platform manifest too. */
/** `recursive: true`: every platform manifest of the index. */
const ALL_PLATFORMS: PlatformSelector = { all: true };

export async function resolveImagePlan(
  image: string,
  recursive: boolean,
  registry: RegistryClient,
  logger: Logger,
): Promise<ImagePlan> {
  const ref = parseRegistryReference(image, { label: 'image' });
  const resolved = await registry.resolveImage(ref);
  if (ref.digest && ref.digest !== resolved.digest) {
    throw new InfrastructureError(
      `The registry served ${resolved.digest} for ${ref.name}; refusing to sign a different digest than the one asked for.`,
    );
  }
  const repository = repositoryName(ref);
  const toTarget = (digest: string, mediaType: string, size: number): ImageTarget => ({
    reference: referenceWithDigest(ref, digest),
    repository,
    digest,
    mediaType,
    size,
  });
  const top = toTarget(resolved.digest, resolved.mediaType, resolved.size);
  logger.info(
    `${ref.name} resolved to ${repository}@${resolved.digest}${resolved.isIndex ? ` (an image index of ${resolved.platforms.length} platform manifests)` : ''}.`,
  );
  const targets = [{ target: top, kind: resolved.isIndex ? 'image index' : 'image' }];
  if (resolved.isIndex && recursive) {
    // Bounded like provenance's and verify's platform: all (at most MAX_PLATFORM_MANIFESTS, one level,
    // each digest once): a hostile index cannot make the step sign without end.
    const manifests = selectPlatformManifests(resolved, ALL_PLATFORMS, `The image index ${resolved.digest}`);
    for (const platform of manifests) {
      targets.push({
        target: toTarget(platform.digest, platform.mediaType, platform.size),
        kind: platformName(platform.platform),
      });
    }
  } else if (resolved.isIndex) {
    logger.info('Only the index is signed; set recursive: true to sign every platform manifest too.');
  }
  return { ref, top, targets };
}

/**
 * cosign reads the image itself: explicit credentials, or for ghcr.io without a docker login the GitHub
 * token, reach it through a private docker config (never its command line).
 */
export async function cosignRegistryAuth(
  plan: ImagePlan | undefined,
  inputs: RegistryInputs,
  actor: string | undefined,
): Promise<{ registry: string; username: string; password: string } | undefined> {
  if (!plan) return undefined;
  if (inputs.registryUsername)
    return { registry: plan.ref.registry, username: inputs.registryUsername, password: inputs.registryPassword };
  if (plan.ref.registry === 'ghcr.io' && inputs.githubToken && !(await dockerConfigCredentials()('ghcr.io')))
    return { registry: 'ghcr.io', username: actor || 'x-access-token', password: inputs.githubToken };
  return undefined;
}

export function bundleFileFor(outputDir: string, target: ImageTarget): string {
  const safeRepo = target.repository.replace(/[^A-Za-z0-9._-]+/g, '_');
  return path.join(outputDir, `${safeRepo}@${target.digest.replace(':', '-')}${BUNDLE_SUFFIX}`);
}

export interface SignedSet {
  imageRows: SignedImageRow[];
  fileRows: SignedFileRow[];
  outcomes: SignOutcome[];
  refs: { subject: string; location: string; manifestDigest: string; via: string }[];
}

function logColumns(outcome: SignOutcome): Pick<SignedImageRow, 'logIndex' | 'logUrl' | 'timestamps'> {
  return {
    ...(outcome.tlog
      ? { logIndex: outcome.tlog.logIndex, ...(outcome.tlog.url ? { logUrl: outcome.tlog.url } : {}) }
      : {}),
    timestamps: outcome.timestamps,
  };
}

/** Signs every image target (storing the bundle as a referrer with `push`) and every file (a bundle beside it). */
export async function signTargets(
  engine: SigningEngine,
  options: {
    plan: ImagePlan | undefined;
    files: readonly string[];
    push: boolean;
    outputDir: string;
    workspace: string;
    logger: Logger;
  },
): Promise<SignedSet> {
  const { logger } = options;
  fs.mkdirSync(options.outputDir, { recursive: true });
  const set: SignedSet = { imageRows: [], fileRows: [], outcomes: [], refs: [] };
  for (const { target, kind } of options.plan?.targets ?? []) {
    const outcome = await engine.signImage(target, {
      push: options.push,
      bundlePath: bundleFileFor(options.outputDir, target),
    });
    set.outcomes.push(outcome);
    const subject = `${target.repository}@${target.digest}`;
    const stored = outcome.stored;
    logger.info(`Signed ${subject} (${kind})${stored ? `; stored at ${stored.location} (${stored.via})` : ''}.`);
    if (stored)
      set.refs.push({ subject, location: stored.location, manifestDigest: stored.manifestDigest, via: stored.via });
    set.imageRows.push({
      image: subject,
      kind,
      bundlePath: outcome.bundlePath,
      ...(stored ? { stored: { location: stored.location, via: stored.via } } : {}),
      ...logColumns(outcome),
    });
  }
  for (const file of options.files) {
    const outcome = await engine.signBlob(file, { bundlePath: `${file}${BUNDLE_SUFFIX}` });
    set.outcomes.push(outcome);
    const relative = path.relative(options.workspace, file).split(path.sep).join('/');
    logger.info(`Signed ${relative}; bundle ${outcome.bundlePath}.`);
    set.fileRows.push({
      file: relative,
      sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      bundlePath: path.relative(options.workspace, outcome.bundlePath).split(path.sep).join('/'),
      ...logColumns(outcome),
    });
  }
  return set;
}

/** What one run of a signing action made: the engine, where, what was signed, and how to verify it. */
export interface SignedRun {
  engine: SigningEngine;
  instance: SigstoreInstance;
  plan: ImagePlan | undefined;
  set: SignedSet;
  verifyCommands: string[];
}

/** The outputs of what was signed, with verify commands (the image by digest, the first three files); returns the commands. */
export function reportSigned(
  setOutput: (name: string, value: string) => void,
  plan: ImagePlan | undefined,
  set: SignedSet,
  options: VerifyOptions,
): string[] {
  const verifyCommands = [
    ...(plan ? [imageVerifyCommand(`${plan.top.repository}@${plan.top.digest}`, options)] : []),
    ...set.fileRows.slice(0, 3).map((row) => blobVerifyCommand(row.file, row.bundlePath, options)),
  ];
  setSignOutputs(setOutput, plan, set, verifyCommands);
  return verifyCommands;
}

/** The outputs both actions set from what was signed (digest, image, bundle-paths, signature-refs, rekor-log-index, verify-command). */
export function setSignOutputs(
  setOutput: (name: string, value: string) => void,
  plan: ImagePlan | undefined,
  set: SignedSet,
  verifyCommands: readonly string[],
): void {
  if (plan) {
    setOutput('digest', plan.top.digest);
    setOutput('image', `${plan.top.repository}@${plan.top.digest}`);
  }
  setOutput('bundle-paths', JSON.stringify(set.outcomes.map((outcome) => outcome.bundlePath)));
  setOutput('signature-refs', JSON.stringify(set.refs));
  const logIndex = set.outcomes.find((outcome) => outcome.tlog)?.tlog?.logIndex;
  if (logIndex) setOutput('rekor-log-index', logIndex);
  if (verifyCommands[0]) setOutput('verify-command', verifyCommands[0]);
}

export interface PrepareSigningOptions {
  instance: SigstoreInstance;
  /** The OIDC token source (keyless); keyed signing passes `key` and a source that refuses. */
  idToken: () => Promise<string>;
  key?: SigningKey;
  installCosign: () => Promise<InstalledTool>;
  /** Private directory name under RUNNER_TEMP for cosign's per-run files. */
  tempDirName: string;
  env: NodeJS.ProcessEnv;
  actor?: string;
  mask: (secret: string) => void;
  logger: Logger;
  retry?: ServiceRetryPolicy;
  now: () => Date;
}

/** cosign installed (engine: cosign only), the registry client, the tag resolved once, and the engine. */
export async function prepareSigning(
  inputs: SigningTargetInputs,
  options: PrepareSigningOptions,
): Promise<{ engine: SigningEngine; plan: ImagePlan | undefined }> {
  const { logger } = options;
  let cosign: InstalledTool | undefined;
  if (inputs.engine === 'cosign') {
    cosign = await options.installCosign();
    logger.info(`cosign ${cosign.version} (${cosign.source}) at ${cosign.binary}`);
  }
  const registry = signingRegistryClient(inputs, {
    ...(options.actor ? { actor: options.actor } : {}),
    mask: options.mask,
    logger,
  });
  const plan = inputs.image ? await resolveImagePlan(inputs.image, inputs.recursive, registry, logger) : undefined;
  const registryAuth = cosign ? await cosignRegistryAuth(plan, inputs, options.actor) : undefined;
  const engine = await createSigningEngine({
    engine: inputs.engine,
    instance: options.instance,
    idToken: options.idToken,
    ...(options.key ? { key: options.key } : {}),
    registry,
    ...(options.retry ? { retry: options.retry } : {}),
    logger,
    now: options.now,
    ...(cosign
      ? {
          cosign: {
            binary: cosign.binary,
            tempDir: path.join(inputs.runnerTemp, options.tempDirName),
            env: options.env,
            ...(registryAuth ? { registryAuth } : {}),
          },
        }
      : {}),
  });
  return { engine, plan };
}

/**
 * The steps after who signs is settled, the same in both actions: the files expanded, cosign
 * installed (engine: cosign), the tag resolved once, the engine, every digest and file signed.
 */
export async function signAll<I extends SigningTargetInputs>(
  inputs: I,
  deps: SignActionDeps<I>,
  who: { instance: SigstoreInstance; idToken: () => Promise<string>; key?: SigningKey; tempDirName: string },
  retry: ServiceRetryPolicy | undefined,
): Promise<{ engine: SigningEngine; plan: ImagePlan | undefined; set: SignedSet }> {
  const files = inputs.files.length > 0 ? expandFiles(inputs.files, inputs.workspace) : [];
  const { engine, plan } = await prepareSigning(inputs, {
    ...who,
    installCosign: () => deps.installCosign(inputs),
    env: deps.env,
    ...(deps.context.actor ? { actor: deps.context.actor } : {}),
    mask: deps.mask,
    logger: deps.logger,
    ...(retry ? { retry } : {}),
    now: deps.now,
  });
  const set = await signTargets(engine, {
    plan,
    files,
    push: inputs.pushToRegistry,
    outputDir: inputs.outputDir,
    workspace: inputs.workspace,
    logger: deps.logger,
  });
  return { engine, plan, set };
}

/** What the signing actions' run() needs from the runner (tests inject their own). */
export interface SignActionDeps<I> {
  context: RunContext;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  setOutput: (name: string, value: string) => void;
  installCosign: (inputs: I) => Promise<InstalledTool>;
  mask: (secret: string) => void;
  /** Overrides of the Sigstore service retry policy (tests). */
  retry?: ServiceRetryPolicy;
  now: () => Date;
}

export function defaultSignDeps<I extends SigningTargetInputs>(): SignActionDeps<I> {
  const runtime = actionRuntime();
  return {
    context: runtime.context,
    env: runtime.env,
    logger: runtime.logger,
    setOutput: runtime.setOutput,
    installCosign: (inputs) => new CosignInstaller().install(cosignInstallOptions(inputs.cosign)),
    mask: runtime.mask,
    now: runtime.now,
  };
}
