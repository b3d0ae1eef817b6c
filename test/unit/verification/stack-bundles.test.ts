/**
 * Bundles signed against the loopback Sigstore stack (Fulcio, Rekor, TSA):
 * what the timestamp rules accept on each kind of instance.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { trustFromRoot, verifyBundle, type VerificationSubject } from '@scs/verification';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';
import {
  reusableWorkflowClaims,
  signStatement,
  slsaPredicate,
  statement,
  SLSA_PROVENANCE_V1,
} from '../../support/evidence.js';

let stack: SigstoreStack;
let bundle: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a bundle JSON edited by path
const DIGEST = `sha256:${'c'.repeat(64)}`;
const subject: VerificationSubject = { kind: 'image', digest: DIGEST, name: 'registry.example/app' };
const origin = { source: 'files' as const, location: 'test' };

beforeAll(async () => {
  stack = await startSigstoreStack();
  bundle = JSON.parse(
    (
      await signStatement(
        stack,
        statement('registry.example/app', DIGEST, SLSA_PROVENANCE_V1, slsaPredicate()),
        reusableWorkflowClaims(),
      )
    ).toString('utf8'),
  );
});
afterAll(async () => {
  await stack?.close();
});

function trust(instance: 'custom' | 'github') {
  return trustFromRoot(TrustedRoot.fromJSON(stack.trustedRoot), instance, 'stack');
}

describe('timestamps and logs', () => {
  it('a bundle with a log entry and a TSA timestamp verifies, with the claims of its certificate', () => {
    const result = verifyBundle(bundle, { trust: trust('custom'), subject, origin });
    expect(result.reasons).toEqual([]);
    expect(result.timestamps).toHaveLength(2);
    expect(result.identity).toMatchObject({
      subjectAlternativeName:
        'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0',
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryUri: 'https://github.com/octo-org/app',
      sourceRepositoryIdentifier: '1001',
      sourceRepositoryOwnerIdentifier: '2002',
      runnerEnvironment: 'github-hosted',
    });
    expect(result.logEntry?.url).toBe(
      `${stack.rekorUrl.replace(/\/+$/, '')}/api/v1/log/entries?logIndex=${result.logEntry?.logIndex}`,
    );
  });

  it('without its log entry it fails where the instance has a log; on GitHub’s instance the TSA timestamp suffices', () => {
    const withoutLog = structuredClone(bundle);
    withoutLog.verificationMaterial.tlogEntries = [];
    expect(verifyBundle(withoutLog, { trust: trust('custom'), subject, origin }).reasons).toEqual([
      'transparency log: expected 1 tlog entries, got 0',
    ]);
    expect(verifyBundle(withoutLog, { trust: trust('github'), subject, origin }).reasons).toEqual([]);
  });

  it('with neither a log entry nor a timestamp nothing vouches for the signing time', () => {
    const bare = structuredClone(bundle);
    bare.verificationMaterial.tlogEntries = [];
    delete bare.verificationMaterial.timestampVerificationData;
    expect(verifyBundle(bare, { trust: trust('github'), subject, origin }).reasons).toEqual([
      'timestamp: expected 1 timestamps, got 0',
    ]);
  });
});
