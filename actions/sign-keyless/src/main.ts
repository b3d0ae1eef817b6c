/**
 * sign-keyless: sign an image (by digest, optionally every platform
 * manifest of an index) and files with the workflow's GitHub OIDC identity.
 *
 * Order matters:
 * 1. the OIDC permission pre-check, before anything is downloaded or sent;
 * 2. the Sigstore instance, the token and the private-repository rule,
 *    before anything is signed;
 * 3. cosign installed (engine: cosign only);
 * 4. the image tag resolved to a digest ONCE; everything after uses digests;
 * 5. each digest and file signed; image bundles stored as referrers.
 * A failure anywhere fails the step; no output claims a signature that was
 * not completed.
 */
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationError,
  InfrastructureError,
  availableSummaryBytes,
  describeFailure,
  failureSummaryMarkdown,
  logger as defaultLogger,
  readRunContext,
  writeJobSummary,
  type Logger,
  type RunContext,
} from '@scs/action-kit';
import {
  RegistryClient,
  registryClientForAction,
  dockerConfigCredentials,
  parseRegistryReference,
  referenceWithDigest,
  repositoryName,
  type RegistryReference,
} from '@scs/oci';
import {
  createSigningEngine,
  decodeClaims,
  enforcePublicLogPolicy,
  getIdToken,
  repositoryVisibility,
  requireIdToken,
  resolveSigstoreInstance,
  SIGSTORE_AUDIENCE,
  type ImageTarget,
  type ServiceRetryPolicy,
  type SignOutcome,
  type SigningEngine,
} from '@scs/signing';
import { CosignInstaller, type InstalledTool } from '@scs/tool-installer';
import { BUNDLE_SUFFIX, expandFiles } from './files.js';
import type { SignKeylessInputs } from './inputs.js';
import {
  blobVerifyCommand,
  imageVerifyCommand,
  renderSignSummary,
  type SignedFileRow,
  type SignedImageRow,
} from './summary.js';

export interface SignDeps {
  context: RunContext;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  setOutput: (name: string, value: string) => void;
  installCosign: (inputs: SignKeylessInputs) => Promise<InstalledTool>;
  mask: (secret: string) => void;
  /** Overrides of the Sigstore service retry policy (tests). */
  retry?: ServiceRetryPolicy;
  now: () => Date;
}

export function defaultDeps(): SignDeps {
  return {
    context: readRunContext(),
    env: process.env,
    logger: defaultLogger,
    setOutput: (name, value) => core.setOutput(name, value),
    installCosign: (inputs) =>
      new CosignInstaller().install({
        ...(inputs.cosign.version ? { version: inputs.cosign.version } : {}),
        ...(inputs.cosign.sha256 ? { sha256: inputs.cosign.sha256 } : {}),
        ...(inputs.cosign.mirror ? { mirror: inputs.cosign.mirror } : {}),
        ...(inputs.cosign.path ? { path: inputs.cosign.path } : {}),
      }),
    mask: (secret) => core.setSecret(secret),
    now: () => new Date(),
  };
}

/**
 * Test hook: SCS_SIGSTORE_RETRY_BASE_MS shortens backoffs, and SCS_SIGSTORE_TIMEOUT_MS (with it) the
 * per-request timeout, for the integration and hostile tests (never set on a runner).
 */
function retryFromEnv(env: NodeJS.ProcessEnv): ServiceRetryPolicy | undefined {
  const base = env.SCS_SIGSTORE_RETRY_BASE_MS;
  if (!base || !/^\d{1,5}$/.test(base)) return undefined;
  const timeout = env.SCS_SIGSTORE_TIMEOUT_MS;
  const timeoutMs = timeout && /^\d{3,6}$/.test(timeout) ? Number(timeout) : 10_000;
  return { attempts: 4, baseDelayMs: Number(base), maxDelayMs: Number(base) * 8, timeoutMs, jitter: 0.5 };
}

interface ImagePlan {
  ref: RegistryReference;
  /** The index or single manifest the input resolved to. */
  top: ImageTarget;
  targets: { target: ImageTarget; kind: string }[];
}

async function resolveImage(inputs: SignKeylessInputs, registry: RegistryClient, logger: Logger): Promise<ImagePlan> {
  const ref = parseRegistryReference(inputs.image, { label: 'image' });
  // The one and only tag → digest resolution: every later step uses digests.
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
  if (resolved.isIndex) {
    if (inputs.recursive) {
      for (const platform of resolved.platforms) {
        const name = [platform.platform.os, platform.platform.architecture, platform.platform.variant]
          .filter(Boolean)
          .join('/');
        targets.push({ target: toTarget(platform.digest, platform.mediaType, platform.size), kind: name });
      }
    } else {
      logger.info('Only the index is signed; set recursive: true to sign every platform manifest too.');
    }
  }
  return { ref, top, targets };
}

function bundleFileFor(outputDir: string, target: ImageTarget): string {
  const safeRepo = target.repository.replace(/[^A-Za-z0-9._-]+/g, '_');
  return path.join(outputDir, `${safeRepo}@${target.digest.replace(':', '-')}${BUNDLE_SUFFIX}`);
}

function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export async function run(inputs: SignKeylessInputs, deps: SignDeps = defaultDeps()): Promise<void> {
  try {
    await sign(inputs, deps);
  } catch (error) {
    if (inputs.summary)
      await writeJobSummary(
        failureSummaryMarkdown(
          'Keyless signing did not complete (no signature of this step is reported as done)',
          describeFailure(error),
        ),
      );
    throw error;
  }
}

async function sign(inputs: SignKeylessInputs, deps: SignDeps): Promise<void> {
  const { context, env, logger } = deps;
  if (!inputs.image && inputs.files.length === 0) {
    throw new ConfigurationError('Set `image` (an image to sign), `files` (files to sign), or both.');
  }
  if (inputs.recursive && !inputs.image)
    throw new ConfigurationError('Input `recursive` applies to `image`, which is not set.');

  // 1. Before any download or request: can this job get an OIDC token at all?
  requireIdToken(context, env);

  // 2. Where to sign, with which identity, and whether that would leak a private repository's names.
  const instance = resolveSigstoreInstance(inputs.instance, {
    ...(inputs.fulcioUrl ? { fulcioUrl: inputs.fulcioUrl } : {}),
    ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
    ...(inputs.tsaUrl ? { tsaUrl: inputs.tsaUrl } : {}),
    ...(inputs.trustedRoot ? { trustedRootPath: inputs.trustedRoot } : {}),
  });
  if (inputs.engine === 'cosign' && instance.name === 'github') {
    throw new ConfigurationError(
      "sigstore-instance: github needs engine: sigstore (GitHub's Sigstore instance is trusted through GitHub's own trusted root, which the cosign engine here does not fetch).",
    );
  }
  const retry = deps.retry ?? retryFromEnv(env);
  const idToken = () =>
    getIdToken(SIGSTORE_AUDIENCE, { env, mask: deps.mask, log: (m) => logger.debug(m), ...(retry ? { retry } : {}) });
  const firstToken = await idToken();
  const claims = decodeClaims(firstToken);
  const warning = enforcePublicLogPolicy(instance, repositoryVisibility(claims, context.payload), inputs.publicLog);
  if (warning) logger.warning(warning);
  let tokenHandedOut = false;
  const tokenSource = async () => {
    if (!tokenHandedOut) {
      tokenHandedOut = true;
      return firstToken;
    }
    return idToken();
  };

  const files = inputs.files.length > 0 ? expandFiles(inputs.files, inputs.workspace) : [];

  // 3. cosign, only for engine: cosign.
  let cosign: InstalledTool | undefined;
  if (inputs.engine === 'cosign') {
    cosign = await deps.installCosign(inputs);
    logger.info(`cosign ${cosign.version} (${cosign.source}) at ${cosign.binary}`);
  }

  const registry = registryClientForAction(inputs, context.actor, {
    mask: deps.mask,
    debug: (message) => logger.debug(message),
  });

  // 4. The tag is resolved once.
  const plan = inputs.image ? await resolveImage(inputs, registry, logger) : undefined;

  // cosign reads the image itself: explicit credentials, or for ghcr.io without a docker login the
  // GitHub token, reach it through a private docker config (never its command line).
  let registryAuth: { registry: string; username: string; password: string } | undefined;
  if (cosign && plan) {
    if (inputs.registryUsername) {
      registryAuth = {
        registry: plan.ref.registry,
        username: inputs.registryUsername,
        password: inputs.registryPassword,
      };
    } else if (plan.ref.registry === 'ghcr.io' && inputs.githubToken && !(await dockerConfigCredentials()('ghcr.io'))) {
      registryAuth = { registry: 'ghcr.io', username: context.actor || 'x-access-token', password: inputs.githubToken };
    }
  }

  const engine: SigningEngine = await createSigningEngine({
    engine: inputs.engine,
    instance,
    idToken: tokenSource,
    registry,
    ...(retry ? { retry } : {}),
    logger,
    now: deps.now,
    ...(cosign
      ? {
          cosign: {
            binary: cosign.binary,
            tempDir: path.join(inputs.runnerTemp, 'sign-keyless-cosign'),
            env,
            ...(registryAuth ? { registryAuth } : {}),
          },
        }
      : {}),
  });

  // 5. Sign.
  fs.mkdirSync(inputs.outputDir, { recursive: true });
  const imageRows: SignedImageRow[] = [];
  const outcomes: SignOutcome[] = [];
  const refs: { subject: string; location: string; manifestDigest: string; via: string }[] = [];
  for (const { target, kind } of plan?.targets ?? []) {
    const outcome = await engine.signImage(target, {
      push: inputs.pushToRegistry,
      bundlePath: bundleFileFor(inputs.outputDir, target),
    });
    outcomes.push(outcome);
    const subject = `${target.repository}@${target.digest}`;
    logger.info(
      `Signed ${subject} (${kind})${outcome.stored ? `; stored at ${outcome.stored.location} (${outcome.stored.via})` : ''}.`,
    );
    if (outcome.stored)
      refs.push({
        subject,
        location: outcome.stored.location,
        manifestDigest: outcome.stored.manifestDigest,
        via: outcome.stored.via,
      });
    imageRows.push({
      image: subject,
      kind,
      bundlePath: outcome.bundlePath,
      ...(outcome.stored ? { stored: { location: outcome.stored.location, via: outcome.stored.via } } : {}),
      ...(outcome.tlog
        ? { logIndex: outcome.tlog.logIndex, ...(outcome.tlog.url ? { logUrl: outcome.tlog.url } : {}) }
        : {}),
      timestamps: outcome.timestamps,
    });
  }
  const fileRows: SignedFileRow[] = [];
  for (const file of files) {
    const outcome = await engine.signBlob(file, { bundlePath: `${file}${BUNDLE_SUFFIX}` });
    outcomes.push(outcome);
    const relative = path.relative(inputs.workspace, file).split(path.sep).join('/');
    logger.info(`Signed ${relative}; bundle ${outcome.bundlePath}.`);
    fileRows.push({
      file: relative,
      sha256: sha256File(file),
      bundlePath: path.relative(inputs.workspace, outcome.bundlePath).split(path.sep).join('/'),
      ...(outcome.tlog
        ? { logIndex: outcome.tlog.logIndex, ...(outcome.tlog.url ? { logUrl: outcome.tlog.url } : {}) }
        : {}),
      timestamps: outcome.timestamps,
    });
  }

  const first = outcomes[0];
  if (!first) throw new ConfigurationError('Nothing was signed.');
  const identity = first.certificateIdentity;
  const issuer = first.certificateIssuer;
  if (outcomes.some((outcome) => outcome.certificateIdentity !== identity || outcome.certificateIssuer !== issuer)) {
    throw new InfrastructureError(
      'The signing certificates of this run name different identities; refusing to report them as one.',
    );
  }

  const verifyOptions = {
    identity,
    issuer,
    ...(instance.trustedRootPath ? { trustedRoot: instance.trustedRootPath } : {}),
  };
  const verifyCommands = [
    ...(plan ? [imageVerifyCommand(`${plan.top.repository}@${plan.top.digest}`, verifyOptions)] : []),
    ...fileRows.slice(0, 3).map((row) => blobVerifyCommand(row.file, row.bundlePath, verifyOptions)),
  ];

  if (plan) {
    deps.setOutput('digest', plan.top.digest);
    deps.setOutput('image', `${plan.top.repository}@${plan.top.digest}`);
  }
  deps.setOutput('bundle-paths', JSON.stringify(outcomes.map((outcome) => outcome.bundlePath)));
  deps.setOutput('signature-refs', JSON.stringify(refs));
  deps.setOutput('certificate-identity', identity);
  deps.setOutput('certificate-oidc-issuer', issuer);
  const logIndex = outcomes.find((outcome) => outcome.tlog)?.tlog?.logIndex;
  if (logIndex) deps.setOutput('rekor-log-index', logIndex);
  if (verifyCommands[0]) deps.setOutput('verify-command', verifyCommands[0]);

  if (inputs.summary) {
    const notes: string[] = [];
    if (instance.name === 'github')
      notes.push(
        "Signed on GitHub's Sigstore instance: verifiers need GitHub's trusted root (gh attestation trusted-root) and no transparency log.",
      );
    if (!inputs.pushToRegistry && plan)
      notes.push(
        'push-to-registry is false: the image signatures exist only as the bundle files listed in bundle-paths.',
      );
    const budgetBytes = await availableSummaryBytes();
    const summary = renderSignSummary(
      {
        engine: engine.name,
        instance: instance.name,
        publicLog: instance.publicLog,
        identity,
        issuer,
        images: imageRows,
        files: fileRows,
        verifyCommands,
        notes,
      },
      budgetBytes !== undefined ? { budgetBytes } : {},
    );
    await writeJobSummary(summary.markdown);
  }
}
