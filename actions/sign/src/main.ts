/**
 * sign: sign an image (by digest, optionally every platform manifest of an
 * index) and files with a key the user controls — a PEM private key from a
 * secret, or a KMS key (cosign engine). The same engines, bundle layouts and
 * referrers as sign-keyless (@scs/signing); the bundle carries the key's hint
 * instead of a certificate.
 *
 * Order matters:
 * 1. the configuration (key or KMS, engine, services), before anything is
 *    downloaded or sent;
 * 2. cosign installed (engine: cosign only);
 * 3. the image tag resolved to a digest ONCE; everything after uses digests;
 * 4. each digest and file signed; image bundles stored as referrers.
 * A failure anywhere fails the step; no output claims a signature that was
 * not completed. No OIDC token is requested: the job needs no `id-token`.
 */
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  defaultSignDeps,
  pemKeyFormat,
  resolveKeyedInstance,
  retryFromEnv,
  reportSigned,
  signAll,
  withFailureSummary,
  writeSignedRunSummary,
  type SignActionDeps,
  type SignedRun,
  type SignedSet,
  type SigningKey,
} from '@scs/signing';
import type { SignInputs } from './inputs.js';

export type SignDeps = SignActionDeps<SignInputs>;

export async function run(inputs: SignInputs, deps: SignDeps = defaultSignDeps<SignInputs>()): Promise<void> {
  await withFailureSummary(inputs.summary, 'Keyed signing', () => sign(inputs, deps));
}

/** Step 1: the key and the services, checked before anything is downloaded or sent. */
function configure(inputs: SignInputs): { key: SigningKey; instance: SignedRun['instance'] } {
  if (!inputs.image && inputs.files.length === 0)
    throw new ConfigurationError('Set `image` (an image to sign), `files` (files to sign), or both.');
  if (inputs.recursive && !inputs.image)
    throw new ConfigurationError('Input `recursive` applies to `image`, which is not set.');
  if (!inputs.key && !inputs.kmsKey)
    throw new ConfigurationError(
      'Set `key` (a PEM private key, from a secret) or `kms-key` (a KMS key URI). For signing with the workflow identity instead, use the sign-keyless action.',
    );
  if (inputs.kmsKey && inputs.engine === 'sigstore')
    throw new ConfigurationError(
      '`kms-key` needs engine: cosign (the sigstore engine has no KMS clients); set engine: cosign.',
    );
  if (inputs.key && inputs.engine === 'cosign' && pemKeyFormat('key', inputs.key) !== 'cosign')
    throw new ConfigurationError(
      'Input `key` is a PKCS#8/SEC1/PKCS#1 PEM key, which cosign\'s --key refuses ("unsupported pem type"): set engine: sigstore (ECDSA P-256), or convert it once with `cosign import-key-pair --key <file>` and use the cosign.key it writes.',
    );
  const key: SigningKey = inputs.kmsKey
    ? { kind: 'kms', uri: inputs.kmsKey }
    : { kind: 'pem', pem: inputs.key, password: inputs.keyPassword };
  const instance = resolveKeyedInstance(
    inputs.instance,
    {
      ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
      ...(inputs.tsaUrl ? { tsaUrl: inputs.tsaUrl } : {}),
      ...(inputs.trustedRoot ? { trustedRootPath: inputs.trustedRoot } : {}),
    },
    inputs.tlogUpload,
  );
  return { key, instance };
}

/** Every signature of the run names the same key. */
function signingKeyHint(set: SignedSet): string {
  const hint = set.outcomes[0]?.publicKeyHint;
  if (hint === undefined) throw new ConfigurationError('Nothing was signed.');
  if (set.outcomes.some((outcome) => outcome.publicKeyHint !== hint))
    throw new InfrastructureError('The bundles of this run name different keys; refusing to report them as one.');
  return hint;
}

async function sign(inputs: SignInputs, deps: SignDeps): Promise<void> {
  const { key, instance } = configure(inputs);
  const retry = deps.retry ?? retryFromEnv(deps.env);
  const { engine, plan, set } = await signAll(
    inputs,
    deps,
    {
      instance,
      idToken: () => Promise.reject(new Error('keyed signing requests no identity token (a bug in the engine)')),
      key,
      tempDirName: 'sign-cosign',
    },
    retry,
  );
  const hint = signingKeyHint(set);
  const verifyCommands = reportSigned(deps.setOutput, plan, set, {
    identity: '',
    issuer: '',
    key: key.kind === 'kms' ? key.uri : 'cosign.pub',
    noTlog: !instance.rekorUrl,
    ...(instance.trustedRootPath ? { trustedRoot: instance.trustedRootPath } : {}),
  });
  deps.setOutput('public-key-hint', hint);
  if (!inputs.summary) return;
  const notes: string[] = [];
  if (!instance.rekorUrl)
    notes.push(
      'tlog-upload is false: no transparency log entry was made. Verifiers must accept signatures without one (cosign: --insecure-ignore-tlog).',
    );
  if (key.kind === 'pem')
    notes.push('In the verify commands, cosign.pub stands for your public key file (cosign public-key --key …).');
  await writeSignedRunSummary(
    { engine, instance, plan, set, verifyCommands },
    inputs.pushToRegistry,
    {
      identity: '',
      issuer: '',
      key: key.kind === 'kms' ? key.uri : `the PEM key (hint ${hint || 'none'})`,
    },
    notes,
  );
}
