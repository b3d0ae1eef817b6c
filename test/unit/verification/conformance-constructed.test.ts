/**
 * sigstore-conformance `bundle-verify` cases that are not available as files
 * here (only six conformance bundles are, see test/fixtures/verification and
 * fixture-bundles.test.ts), rebuilt against the loopback Sigstore stack: the
 * same condition, our own bytes. Named after the conformance case they mirror.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { trustFromRoot, verifyBundle, type LoadedTrust, type VerificationSubject } from '@scs/verification';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';
import {
  COSIGN_SIGN_PREDICATE,
  reusableWorkflowClaims,
  signStatement,
  statement,
  type Statement,
} from '../../support/evidence.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- bundle and trusted-root JSON edited by path */
let stack: SigstoreStack;
let bundleA: Record<string, any>;
let bundleB: Record<string, any>;
const DIGEST = `sha256:${'c'.repeat(64)}`;
const subject: VerificationSubject = { kind: 'image', digest: DIGEST, name: 'registry.example/app' };
const origin = { source: 'files' as const, location: 'constructed' };

function trustWith(edit: (root: Record<string, any>) => void = () => undefined): LoadedTrust {
  const root = structuredClone(stack.trustedRoot) as Record<string, any>;
  edit(root);
  return trustFromRoot(TrustedRoot.fromJSON(root), 'custom', 'stack');
}

async function sign(value: unknown): Promise<Record<string, any>> {
  return JSON.parse((await signStatement(stack, value as Statement, reusableWorkflowClaims())).toString('utf8'));
}

beforeAll(async () => {
  stack = await startSigstoreStack();
  bundleA = await sign(statement('registry.example/app', DIGEST, COSIGN_SIGN_PREDICATE, {}));
  bundleB = await sign(statement('registry.example/app', DIGEST, COSIGN_SIGN_PREDICATE, { other: true }));
}, 60_000);
afterAll(async () => {
  await stack?.close();
});

describe('constructed conformance cases', () => {
  it('happy path: both bundles verify', () => {
    expect(verifyBundle(bundleA, { trust: trustWith(), subject, origin }).reasons).toEqual([]);
    expect(verifyBundle(bundleB, { trust: trustWith(), subject, origin }).reasons).toEqual([]);
  });

  it('trust-root-tlog-validity-end-inclusive: an integrated time equal to the log key’s validity end verifies', () => {
    const end = new Date(Number(bundleA.verificationMaterial.tlogEntries[0].integratedTime) * 1000).toISOString();
    const result = verifyBundle(bundleA, {
      trust: trustWith((r) => (r.tlogs[0].publicKey.validFor.end = end)),
      subject,
      origin,
    });
    expect(result.reasons).toEqual([]);
  });

  it('a log key whose validity ended a second before the integrated time fails (_fail)', () => {
    const end = new Date(
      Number(bundleA.verificationMaterial.tlogEntries[0].integratedTime) * 1000 - 1000,
    ).toISOString();
    const result = verifyBundle(bundleA, {
      trust: trustWith((r) => (r.tlogs[0].publicKey.validFor.end = end)),
      subject,
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/transparency log/);
  });

  it('a certificate authority whose validity ended before the certificate was issued fails (_fail)', () => {
    const result = verifyBundle(bundleA, {
      trust: trustWith((r) => {
        r.certificateAuthorities[0].validFor.start = '2000-01-01T00:00:00Z';
        r.certificateAuthorities[0].validFor.end = '2000-01-02T00:00:00Z';
      }),
      subject,
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/certificate/);
  });

  it('cve-2022-36056-swapped-tlog-entry_fail: another bundle’s log entry does not vouch for this one', () => {
    const swapped = structuredClone(bundleA);
    swapped.verificationMaterial.tlogEntries = structuredClone(bundleB.verificationMaterial.tlogEntries);
    const result = verifyBundle(swapped, { trust: trustWith(), subject, origin });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/transparency log/);
  });

  it('dsse-statement-missing-type_fail and dsse-statement-unknown-type_fail', async () => {
    const { _type: _omitted, ...withoutType } = statement('registry.example/app', DIGEST, COSIGN_SIGN_PREDICATE, {});
    const missing = verifyBundle(await sign(withoutType), { trust: trustWith(), subject, origin });
    expect(missing.verified).toBe(false);
    expect(missing.reasons).toEqual(['subject: the DSSE payload is not an in-toto statement (_type null)']);
    const unknown = verifyBundle(await sign({ ...withoutType, _type: 'https://in-toto.io/Statement/v9' }), {
      trust: trustWith(),
      subject,
      origin,
    });
    expect(unknown.verified).toBe(false);
    expect(unknown.reasons).toEqual([
      'subject: the DSSE payload is not an in-toto statement (_type "https://in-toto.io/Statement/v9")',
    ]);
  });

  it('a bundle with neither a log entry nor a timestamp vouching for the signing time fails (_fail)', () => {
    const bare = structuredClone(bundleA);
    bare.verificationMaterial.tlogEntries = [];
    delete bare.verificationMaterial.timestampVerificationData;
    expect(verifyBundle(bare, { trust: trustWith(), subject, origin }).verified).toBe(false);
  });
});
