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
  applyPublicLogPolicy,
  defaultSignDeps,
  decodeClaims,
  keylessInstance,
  openTokenSession,
  requireIdToken,
  retryFromEnv,
  reportSigned,
  signAll,
  withFailureSummary,
  writeSignedRunSummary,
  type ServiceRetryPolicy,
  type SignActionDeps,
  type SignedRun,
  type SignedSet,
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
): Promise<{ instance: SignedRun['instance']; tokenSource: () => Promise<string> }> {
  const { context, env, logger } = deps;
  // 1. Before any download or request: can this job get an OIDC token at all?
  requireIdToken(context, env);
  // 2. Where to sign, with which identity, and whether that would leak a private repository's names.
  const instance = keylessInstance(inputs);
  if (inputs.engine === 'cosign' && instance.name === 'github') {
    throw new ConfigurationError(
      "sigstore-instance: github needs engine: sigstore (GitHub's Sigstore instance is trusted through GitHub's own trusted root, which the cosign engine here does not fetch).",
    );
  }
  const { firstToken, tokenSource } = await openTokenSession({ env, mask: deps.mask, logger, retry });
  const claims = decodeClaims(firstToken);
  applyPublicLogPolicy(instance, claims, context.payload, inputs.publicLog, logger);
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
  // 3–5. cosign (engine: cosign only), the tag resolved once, the engine; then sign.
  const { engine, plan, set } = await signAll(
    inputs,
    deps,
    { instance: prepared.instance, idToken: prepared.tokenSource, tempDirName: 'sign-keyless-cosign' },
    retry,
  );
  const { identity, issuer } = signingIdentity(set);
  const { instance } = prepared;
  const verifyCommands = reportSigned(deps.setOutput, plan, set, {
    identity,
    issuer,
    ...(instance.trustedRootPath ? { trustedRoot: instance.trustedRootPath } : {}),
  });
  deps.setOutput('certificate-identity', identity);
  deps.setOutput('certificate-oidc-issuer', issuer);
  if (!inputs.summary) return;
  const notes: string[] = [];
  if (instance.name === 'github')
    notes.push(
      "Signed on GitHub's Sigstore instance: verifiers need GitHub's trusted root (gh attestation trusted-root) and no transparency log.",
    );
  await writeSignedRunSummary(
    { engine, instance, plan, set, verifyCommands },
    inputs.pushToRegistry,
    { identity, issuer },
    notes,
  );
}
