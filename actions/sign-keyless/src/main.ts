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
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  SIGSTORE_AUDIENCE,
  blobVerifyCommand,
  defaultSignDeps,
  decodeClaims,
  enforcePublicLogPolicy,
  expandFiles,
  getIdToken,
  imageVerifyCommand,
  prepareSigning,
  repositoryVisibility,
  requireIdToken,
  resolveSigstoreInstance,
  retryFromEnv,
  setSignOutputs,
  signTargets,
  withFailureSummary,
  writeSignSummary,
  type ImagePlan,
  type SignActionDeps,
  type ServiceRetryPolicy,
  type SignedSet,
  type SigningEngine,
  type SigstoreInstance,
} from '@scs/signing';
import type { SignKeylessInputs } from './inputs.js';

export type SignDeps = SignActionDeps<SignKeylessInputs>;

export async function run(
  inputs: SignKeylessInputs,
  deps: SignDeps = defaultSignDeps<SignKeylessInputs>(),
): Promise<void> {
  await withFailureSummary(inputs.summary, 'Keyless signing', () => sign(inputs, deps));
}

/** Steps 1–2: the OIDC pre-check, the instance, the first token and the private-repository rule. */
async function prepareIdentity(
  inputs: SignKeylessInputs,
  deps: SignDeps,
  retry: ServiceRetryPolicy | undefined,
): Promise<{ instance: SigstoreInstance; tokenSource: () => Promise<string> }> {
  const { context, env, logger } = deps;
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
  return { instance, tokenSource };
}

/** One identity for every signature of the run, or an error. */
function signingIdentity(set: SignedSet): { identity: string; issuer: string } {
  const first = set.outcomes[0];
  if (!first) throw new ConfigurationError('Nothing was signed.');
  const identity = first.certificateIdentity;
  const issuer = first.certificateIssuer;
  if (
    set.outcomes.some((outcome) => outcome.certificateIdentity !== identity || outcome.certificateIssuer !== issuer)
  ) {
    throw new InfrastructureError(
      'The signing certificates of this run name different identities; refusing to report them as one.',
    );
  }
  return { identity, issuer };
}

async function sign(inputs: SignKeylessInputs, deps: SignDeps): Promise<void> {
  if (!inputs.image && inputs.files.length === 0) {
    throw new ConfigurationError('Set `image` (an image to sign), `files` (files to sign), or both.');
  }
  if (inputs.recursive && !inputs.image)
    throw new ConfigurationError('Input `recursive` applies to `image`, which is not set.');
  const retry = deps.retry ?? retryFromEnv(deps.env);
  const prepared = await prepareIdentity(inputs, deps, retry);
  const files = inputs.files.length > 0 ? expandFiles(inputs.files, inputs.workspace) : [];
  // 3–4. cosign (engine: cosign only), the tag resolved once, the engine.
  const { engine, plan } = await prepareSigning(inputs, {
    instance: prepared.instance,
    idToken: prepared.tokenSource,
    installCosign: () => deps.installCosign(inputs),
    tempDirName: 'sign-keyless-cosign',
    env: deps.env,
    ...(deps.context.actor ? { actor: deps.context.actor } : {}),
    mask: deps.mask,
    logger: deps.logger,
    ...(retry ? { retry } : {}),
    now: deps.now,
  });

  // 5. Sign.
  const set = await signTargets(engine, {
    plan,
    files,
    push: inputs.pushToRegistry,
    outputDir: inputs.outputDir,
    workspace: inputs.workspace,
    logger: deps.logger,
  });
  const { identity, issuer } = signingIdentity(set);
  const { instance } = prepared;
  const verifyOptions = {
    identity,
    issuer,
    ...(instance.trustedRootPath ? { trustedRoot: instance.trustedRootPath } : {}),
  };
  const verifyCommands = [
    ...(plan ? [imageVerifyCommand(`${plan.top.repository}@${plan.top.digest}`, verifyOptions)] : []),
    ...set.fileRows.slice(0, 3).map((row) => blobVerifyCommand(row.file, row.bundlePath, verifyOptions)),
  ];
  setSignOutputs(deps.setOutput, plan, set, verifyCommands);
  deps.setOutput('certificate-identity', identity);
  deps.setOutput('certificate-oidc-issuer', issuer);
  if (inputs.summary) await writeSummary(inputs, { engine, instance, plan, set, identity, issuer, verifyCommands });
}

async function writeSummary(
  inputs: SignKeylessInputs,
  run: {
    engine: SigningEngine;
    instance: SigstoreInstance;
    plan: ImagePlan | undefined;
    set: SignedSet;
    identity: string;
    issuer: string;
    verifyCommands: string[];
  },
): Promise<void> {
  const notes: string[] = [];
  if (run.instance.name === 'github')
    notes.push(
      "Signed on GitHub's Sigstore instance: verifiers need GitHub's trusted root (gh attestation trusted-root) and no transparency log.",
    );
  if (!inputs.pushToRegistry && run.plan)
    notes.push(
      'push-to-registry is false: the image signatures exist only as the bundle files listed in bundle-paths.',
    );
  await writeSignSummary({
    engine: run.engine.name,
    instance: run.instance.name,
    publicLog: run.instance.publicLog,
    identity: run.identity,
    issuer: run.issuer,
    images: run.set.imageRows,
    files: run.set.fileRows,
    verifyCommands: run.verifyCommands,
    notes,
  });
}
