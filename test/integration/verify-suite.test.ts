/**
 * The suite end to end, from dist: sign-keyless signs an image and provenance
 * attests it (both against the loopback Sigstore stack, attaching their
 * bundles in the local registry), then verify admits exactly that — and
 * refuses the same evidence under another workflow or repository id.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { requireInfra } from '../support/test-tools.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { pushTestImage, type TestImage } from '../support/evidence.js';

const infra = requireInfra();
const describeWithInfra = infra ? describe : describe.skip;

let stack: SigstoreStack;
let image: TestImage;

function failure(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

// No TSA: the mock TSA's GeneralizedTime is refused by @sigstore/core about one time in ten (see
// test/support/evidence.ts); Rekor's integrated time is the trusted time here.
function signingInputs(): Record<string, string> {
  return {
    engine: 'sigstore',
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

function verify(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('verify', {
    inputs: {
      image: image.name,
      sources: 'referrers',
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      'certificate-oidc-issuer': stack.issuer,
      'signer-workflow': 'octo-org/app/.github/workflows/release.yml',
      'signer-ref': 'refs/heads/main',
      // The workflow signed on its own branch (not a reusable workflow's release): deliberately allowed.
      'allow-branch-signer-ref': 'true',
      'source-repository': 'octo-org/app',
      'source-repository-id': '123456789',
      'runner-environment': 'github-hosted',
      'require-attestations': 'slsaprovenance1',
      ...inputs,
    },
  });
}

describeWithInfra('sign-keyless → provenance → verify (dist)', () => {
  beforeAll(async () => {
    stack = await startSigstoreStack({ claims: { repository: 'octo-org/app', repository_owner: 'octo-org' } });
    image = await pushTestImage(infra!.registry, 'verify-suite/app');
    const signed = await runAction('sign-keyless', {
      inputs: { image: image.name, ...signingInputs() },
      env: stack.env(),
    });
    expect(failure(signed)).toBe('');
    const attested = await runAction('provenance', {
      inputs: { 'subject-image': image.name, predicate: 'slsa', 'oidc-issuer': stack.issuer, ...signingInputs() },
      env: stack.env(),
    });
    expect(failure(attested)).toBe('');
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('admits the image that sign-keyless signed and provenance attested', async () => {
    const run = await verify({});
    expect(failure(run)).toBe('');
    expect(run.outputs.verified).toBe('true');
    const results = JSON.parse(run.outputs.results!) as { predicateType: string; passed: boolean; identity: string }[];
    expect(results.map((r) => r.predicateType).sort()).toEqual([
      'https://sigstore.dev/cosign/sign/v1',
      'https://slsa.dev/provenance/v1',
    ]);
    expect(results.every((r) => r.passed)).toBe(true);
    expect(run.outputs['signer-identity']).toBe(
      'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main',
    );
  });

  it('refuses the same evidence for another signer workflow or repository id, with the reasons', async () => {
    const other = await verify({
      'signer-workflow': 'octo-org/release-workflows/.github/workflows/release.yml',
      'source-repository-id': '42',
    });
    expect(other.exitCode).not.toBe(0);
    expect(failure(other)).toContain(
      'signer workflow "octo-org/app/.github/workflows/release.yml" is not "octo-org/release-workflows/.github/workflows/release.yml"',
    );
    expect(failure(other)).toContain('source repository id "123456789" is not "42"');
  });
});
