/**
 * Keyed (managed-key) verification, with cases equivalent to
 * sigstore-conformance's `managed-key-*` bundle-verify cases — which are not
 * available offline and were NOT run: a keyed bundle signed by the policy's
 * key is accepted; another key, a tampered artifact, a tampered signature, a
 * key/certificate mismatch (a certificate bundle under a key policy, a keyed
 * bundle under a keyless policy) are refused.
 *
 * The bundles are real: signed by the sigstore engine of @scs/signing with a
 * P-256 key, logged in the loopback stack's Rekor.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { createSigningEngine, resolveKeyedInstance } from '@scs/signing';
import { parse } from 'yaml';
import {
  buildKyvernoPolicy,
  buildPolicyControllerPolicy,
  parsePublicKey,
  trustFromRoot,
  verifyBundle,
  type VerificationSubject,
} from '@scs/verification';
import { reusableWorkflowClaims, signBlob } from '../../support/evidence.js';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';

let stack: SigstoreStack;
let dir: string;
const content = Buffer.from('release artifact\n');
let keyed: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a bundle JSON edited by path
let keyless: Buffer;
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (key: typeof pair.publicKey) => key.export({ type: 'spki', format: 'pem' }).toString();
const policyKey = () => parsePublicKey('public-key', pem(pair.publicKey));
const otherKey = () => parsePublicKey('public-key', pem(other.publicKey));
const origin = { source: 'files' as const, location: 'test' };
const subject = (data: Buffer = content): VerificationSubject => ({
  kind: 'file',
  path: 'artifact.txt',
  digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
  content: data,
});

beforeAll(async () => {
  stack = await startSigstoreStack();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-managed-key-'));
  const file = path.join(dir, 'artifact.txt');
  fs.writeFileSync(file, content);
  const engine = await createSigningEngine({
    engine: 'sigstore',
    instance: resolveKeyedInstance('custom', { rekorUrl: stack.rekorUrl }, true),
    key: { kind: 'pem', pem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), password: '' },
    idToken: () => Promise.reject(new Error('no token for keyed signing')),
  });
  const outcome = await engine.signBlob(file, { bundlePath: `${file}.sigstore.json` });
  keyed = JSON.parse(outcome.bundleJson);
  keyless = await signBlob(stack, content, reusableWorkflowClaims());
});
afterAll(async () => {
  await stack?.close();
});

function trust() {
  return trustFromRoot(TrustedRoot.fromJSON(stack.trustedRoot), 'custom', 'stack');
}

describe('managed-key cases (constructed; the upstream managed-key-* suite was not run)', () => {
  it('happy path: a keyed bundle signed by the policy key, logged in Rekor, is accepted', () => {
    expect(keyed.verificationMaterial.publicKey.hint).toBe(policyKey().hint);
    const result = verifyBundle(keyed, { trust: trust(), subject: subject(), origin, publicKey: policyKey() });
    expect(result.reasons).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.logEntry?.logIndex).toMatch(/^\d+$/);
  });

  it('wrong key: refused by its hint, and by the signature when the hint is removed', () => {
    const byHint = verifyBundle(keyed, { trust: trust(), subject: subject(), origin, publicKey: otherKey() });
    expect(byHint.verified).toBe(false);
    expect(byHint.reasons.join('\n')).toContain('signed by another key');
    const noHint = structuredClone(keyed);
    noHint.verificationMaterial.publicKey.hint = '';
    const bySignature = verifyBundle(noHint, { trust: trust(), subject: subject(), origin, publicKey: otherKey() });
    expect(bySignature.verified).toBe(false);
    expect(bySignature.reasons.join('\n')).toMatch(/signature|transparency log/);
  });

  it('tampered artifact: refused', () => {
    const result = verifyBundle(keyed, {
      trust: trust(),
      subject: subject(Buffer.from('another artifact\n')),
      origin,
      publicKey: policyKey(),
    });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toContain('subject: the bundle signs');
  });

  it('tampered signature: refused', () => {
    const tampered = structuredClone(keyed);
    const signature = Buffer.from(tampered.messageSignature.signature, 'base64');
    const last = signature.length - 1;
    signature.writeUInt8(signature.readUInt8(last) ^ 0x01, last);
    tampered.messageSignature.signature = signature.toString('base64');
    const result = verifyBundle(tampered, { trust: trust(), subject: subject(), origin, publicKey: policyKey() });
    expect(result.verified).toBe(false);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('no log entry: refused where the instance has a log', () => {
    const unlogged = structuredClone(keyed);
    unlogged.verificationMaterial.tlogEntries = [];
    const result = verifyBundle(unlogged, { trust: trust(), subject: subject(), origin, publicKey: policyKey() });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toContain('tlog');
  });

  it('key/certificate mismatch: a certificate bundle under a key policy, and a keyed bundle under a keyless policy, are refused', () => {
    const certUnderKey = verifyBundle(keyless, { trust: trust(), subject: subject(), origin, publicKey: policyKey() });
    expect(certUnderKey.verified).toBe(false);
    expect(certUnderKey.reasons.join('\n')).toContain("signed with a Fulcio certificate, not the policy's key");
    const keyUnderKeyless = verifyBundle(keyed, { trust: trust(), subject: subject(), origin });
    expect(keyUnderKeyless.verified).toBe(false);
    expect(keyUnderKeyless.reasons.join('\n')).toContain('signed with a key, not a Fulcio certificate');
  });
});

describe('parsePublicKey', () => {
  it('takes one SPKI PEM; refuses KMS URIs, private keys, certificates and several blocks without echoing them', () => {
    expect(policyKey().hint).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(() => parsePublicKey('public-key', 'awskms:///alias/release')).toThrow(/KMS key URI.*cosign public-key/);
    const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => parsePublicKey('public-key', privatePem)).toThrow(/PRIVATE key; never give verify a private key/);
    let message = '';
    try {
      parsePublicKey('public-key', privatePem);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain(privatePem.split('\n')[1]!);
    expect(() => parsePublicKey('public-key', `${pem(pair.publicKey)}${pem(other.publicKey)}`)).toThrow(/2 PEM blocks/);
    expect(() => parsePublicKey('public-key', 'cosign.pub')).toThrow(/no PEM block/);
  });
});

describe('admission exports of a keyed policy', () => {
  const options = { name: 'keyed', imagePatterns: ['ghcr.io/octo-org/app*'] };
  const keyedPolicy = () => ({ publicKey: policyKey(), signerRefs: [], requireAttestations: [] });

  it('Kyverno: the key as keys.publicKeys (no keyless identity), the log required', () => {
    const built = buildKyvernoPolicy(keyedPolicy(), options);
    expect(built.errors).toEqual([]);
    const doc = parse(built.yaml) as {
      spec: { rules: { verifyImages: { attestations: { type: string; attestors: { entries: unknown[] }[] }[] }[] }[] };
    };
    const attestation = doc.spec.rules[0]!.verifyImages[0]!.attestations[0]!;
    expect(attestation.type).toBe('https://sigstore.dev/cosign/sign/v1');
    expect(attestation.attestors[0]!.entries).toEqual([
      {
        keys: {
          publicKeys: policyKey().pem,
          rekor: { url: 'https://rekor.sigstore.dev' },
        },
      },
    ]);
    expect(built.yaml).not.toContain('keyless:');
  });

  it('policy-controller: refused (a key authority reads no Sigstore bundles), not silently written keyless', () => {
    const built = buildPolicyControllerPolicy(keyedPolicy(), options);
    expect(built.yaml).toBe('');
    expect(built.errors.join('\n')).toMatch(/Input `public-key` cannot be enforced by .*only for keyless authorities/);
    // Not even with allow-unenforced: a keyless authority would admit other signers.
    expect(buildPolicyControllerPolicy(keyedPolicy(), { ...options, allowUnenforced: ['public-key'] }).yaml).toBe('');
  });
});
