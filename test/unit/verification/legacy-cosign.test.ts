/**
 * cosign's legacy keyless `.sig` signatures, verified in-process: layers
 * signed against the loopback Sigstore stack, and a real one (podinfo, signed
 * by GitHub Actions in Dec 2023) reconstructed from `cosign verify` output.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  checkSimpleSigningPayload,
  evaluateSubject,
  legacySignatureBundle,
  loadTrustedRootFile,
  trustFromRoot,
  verifyLegacySignature,
  type LegacySignatureLayer,
  type LoadedTrust,
  type VerificationPolicy,
  type VerificationSubject,
} from '@scs/verification';
import { REPO_ROOT } from '../../support/action-harness.js';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';
import { reusableWorkflowClaims, slsaPredicate, statement, SLSA_PROVENANCE_V1 } from '../../support/evidence.js';
import {
  ANNOTATION,
  editRekorBundle,
  signLegacy,
  signLegacyAttestation,
  simpleSigningPayload,
  type LegacyLayer,
} from '../../support/legacy-cosign.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;
const OTHER = `sha256:${'e'.repeat(64)}`;
const subject: VerificationSubject = { kind: 'image', digest: DIGEST, name: 'registry.example/app' };
const SAN = 'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0';

let stack: SigstoreStack;
let trust: LoadedTrust;
let good: LegacyLayer;

const layer = (l: LegacyLayer, location = 'registry.example/app:sha256-dddd.sig'): LegacySignatureLayer => ({
  ...l,
  kind: 'sig',
  location,
  tag: 'sha256-dddd.sig',
});

function policy(overrides: Partial<VerificationPolicy> = {}): VerificationPolicy {
  return {
    signerRefs: [],
    requireAttestations: [],
    certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
    ...overrides,
  };
}

beforeAll(async () => {
  stack = await startSigstoreStack();
  trust = trustFromRoot(TrustedRoot.fromJSON(stack.trustedRoot), 'custom', 'stack');
  good = await signLegacy(stack, simpleSigningPayload('registry.example/app', DIGEST), reusableWorkflowClaims());
});
afterAll(async () => {
  await stack?.close();
});

describe('keyless .sig layers signed against the stack', () => {
  it('verifies, with the certificate identity and the log entry, and passes the identity policy', () => {
    const result = verifyLegacySignature(layer(good), { trust, subject });
    expect(result.reasons).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.origin).toEqual({ source: 'legacy', location: 'registry.example/app:sha256-dddd.sig' });
    expect(result.identity?.subjectAlternativeName).toBe(SAN);
    expect(result.logEntry?.kind).toBe('hashedrekord/0.0.1');
    expect(result.signedAt).toMatch(/^\d{4}-/);
    const verdict = evaluateSubject(
      subject,
      [result],
      policy({ signerWorkflow: 'octo-org/release-workflows/.github/workflows/sign.yml', sourceRepositoryId: '1001' }),
    );
    expect(verdict.reasons).toEqual([]);
    expect(verdict.passed).toBe(true);
    expect(verdict.signerIdentity).toBe(SAN);
  });

  it('fails the identity policy for another signer', () => {
    const result = verifyLegacySignature(layer(good), { trust, subject });
    const verdict = evaluateSubject(
      subject,
      [result],
      policy({ signerWorkflow: 'octo-org/other/.github/workflows/sign.yml' }),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons).toEqual(['none of the 1 verified bundle(s) satisfies the identity policy']);
  });

  it('refuses a tampered payload (the signature and the logged hash no longer match)', () => {
    const tampered = {
      ...good,
      payload: Buffer.from(good.payload.toString('utf8').replace('registry.example/app', 'registry.example/evil')),
    };
    const result = verifyLegacySignature(layer(tampered), { trust, subject });
    expect(result.verified).toBe(false);
    // The logged entry names sha256 of the signed payload: the first check to fail (the signature would fail too).
    expect(result.reasons).toEqual(['transparency log entry: digest mismatch']);
  });

  it('refuses a genuine signature for another digest', async () => {
    const other = await signLegacy(
      stack,
      simpleSigningPayload('registry.example/app', OTHER),
      reusableWorkflowClaims(),
    );
    const result = verifyLegacySignature(layer(other), { trust, subject });
    expect(result.verified).toBe(false);
    expect(result.reasons).toEqual([`payload: the signature is for image "${OTHER}", not ${DIGEST}`]);
  });

  it('refuses a payload that is not a cosign image signature', async () => {
    const payload = Buffer.from(
      JSON.stringify({
        critical: {
          identity: { 'docker-reference': 'x' },
          image: { 'docker-manifest-digest': DIGEST },
          type: 'something else',
        },
        optional: null,
      }),
    );
    const signed = await signLegacy(stack, payload, reusableWorkflowClaims());
    const result = verifyLegacySignature(layer(signed), { trust, subject });
    expect(result.reasons).toEqual([
      'payload: critical.type is "something else", not "cosign container image signature"',
    ]);
  });

  it('refuses a layer without the SignedEntryTimestamp, and one whose SET is not the log’s', () => {
    const missing = editRekorBundle(good, (v) => delete v.SignedEntryTimestamp);
    expect(verifyLegacySignature(layer(missing), { trust, subject }).reasons).toEqual([
      "transparency log: the dev.sigstore.cosign/bundle annotation has no SignedEntryTimestamp (Rekor's inclusion promise)",
    ]);
    const forged = editRekorBundle(good, (v) => {
      const set = Buffer.from(v.SignedEntryTimestamp!, 'base64');
      set[set.length - 3] = set[set.length - 3]! ^ 0x01;
      v.SignedEntryTimestamp = set.toString('base64');
    });
    const result = verifyLegacySignature(layer(forged), { trust, subject });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toContain('transparency log inclusion promise');
    const moved = editRekorBundle(good, (v) => (v.Payload.integratedTime = Number(v.Payload.integratedTime) + 1));
    expect(verifyLegacySignature(layer(moved), { trust, subject }).reasons.join('\n')).toContain(
      'transparency log inclusion promise',
    );
  });

  it('without any Rekor annotation nothing vouches for the signing time', () => {
    const annotations = { ...good.annotations };
    delete annotations[ANNOTATION.bundle];
    const result = verifyLegacySignature(layer({ payload: good.payload, annotations }), { trust, subject });
    expect(result.verified).toBe(false);
    expect(result.reasons).toEqual(['timestamp: expected 1 timestamps, got 0']);
  });

  it('counts cosign’s RFC 3161 timestamp annotation; on GitHub’s instance it suffices without a log entry', async () => {
    const stamped = await signLegacy(
      stack,
      simpleSigningPayload('registry.example/app', DIGEST),
      reusableWorkflowClaims(),
      { timestamp: true },
    );
    expect(stamped.annotations[ANNOTATION.rfc3161Timestamp]).toBeDefined();
    const both = verifyLegacySignature(layer(stamped), { trust, subject });
    expect(both.reasons).toEqual([]);
    expect(both.timestamps).toHaveLength(2);
    const annotations = { ...stamped.annotations };
    delete annotations[ANNOTATION.bundle];
    const github = trustFromRoot(TrustedRoot.fromJSON(stack.trustedRoot), 'github', 'stack');
    expect(
      verifyLegacySignature(layer({ payload: stamped.payload, annotations }), { trust: github, subject }).reasons,
    ).toEqual([]);
    expect(verifyLegacySignature(layer({ payload: stamped.payload, annotations }), { trust, subject }).reasons).toEqual(
      ['transparency log: expected 1 tlog entries, got 0'],
    );
    const other = await signLegacy(
      stack,
      simpleSigningPayload('registry.example/app', DIGEST),
      reusableWorkflowClaims(),
    );
    const swapped = {
      ...annotations,
      [ANNOTATION.signature]: other.annotations[ANNOTATION.signature]!,
      [ANNOTATION.certificate]: other.annotations[ANNOTATION.certificate]!,
    };
    expect(
      verifyLegacySignature(layer({ payload: stamped.payload, annotations: swapped }), { trust: github, subject })
        .verified,
    ).toBe(false);
  });

  it('reports a key-signed layer and broken annotations as such', () => {
    const keyed = { ...good.annotations };
    delete keyed[ANNOTATION.certificate];
    expect(legacySignatureBundle({ kind: 'sig', payload: good.payload, annotations: keyed })).toEqual({
      error: expect.stringContaining('signed with a key'),
    });
    expect(
      legacySignatureBundle({
        kind: 'sig',
        payload: good.payload,
        annotations: { ...good.annotations, [ANNOTATION.signature]: '%%%' },
      }),
    ).toEqual({
      error: 'the dev.cosignproject.cosign/signature annotation is not base64',
    });
    expect(
      legacySignatureBundle({
        kind: 'sig',
        payload: good.payload,
        annotations: { ...good.annotations, [ANNOTATION.bundle]: '{' },
      }),
    ).toEqual({
      error: expect.stringContaining('annotation is not JSON'),
    });
    const wrongCert = verifyLegacySignature(
      layer({
        payload: good.payload,
        annotations: { ...good.annotations, [ANNOTATION.certificate]: good.annotations[ANNOTATION.chain]! },
      }),
      { trust, subject },
    );
    expect(wrongCert.verified).toBe(false);
  });
});

describe('keyless .att layers (DSSE envelopes logged as intoto entries)', () => {
  const att = (l: LegacyLayer): LegacySignatureLayer => ({
    ...l,
    kind: 'att',
    location: 'registry.example/app:sha256-dddd.att',
    tag: 'sha256-dddd.att',
  });

  it('verifies an attestation about the digest, with its predicate type, and counts for require-attestations', async () => {
    const signedAtt = await signLegacyAttestation(
      stack,
      statement('registry.example/app', DIGEST, SLSA_PROVENANCE_V1, slsaPredicate()),
      reusableWorkflowClaims(),
    );
    const result = verifyLegacySignature(att(signedAtt), { trust, subject });
    expect(result.reasons).toEqual([]);
    expect(result.type).toBe('dsse');
    expect(result.predicateType).toBe(SLSA_PROVENANCE_V1);
    expect(result.logEntry?.kind).toBe('intoto/0.0.2');
    const verdict = evaluateSubject(
      subject,
      [result],
      policy({ requireAttestations: [{ name: 'slsaprovenance1', uri: SLSA_PROVENANCE_V1 }] }),
    );
    expect(verdict.reasons).toEqual([]);

    const envelope = JSON.parse(signedAtt.payload.toString('utf8')) as { payload: string };
    const forged = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      predicate: { runDetails: { builder: { id: string } } };
    };
    forged.predicate.runDetails.builder.id = 'https://evil.example/builder';
    envelope.payload = Buffer.from(JSON.stringify(forged)).toString('base64');
    const tampered = verifyLegacySignature(att({ ...signedAtt, payload: Buffer.from(JSON.stringify(envelope)) }), {
      trust,
      subject,
    });
    expect(tampered.verified).toBe(false);
    expect(tampered.reasons).toEqual(['transparency log entry: DSSE payload hash mismatch']);
  });

  it('refuses an attestation about another digest, and a layer that is not an envelope', async () => {
    const other = await signLegacyAttestation(
      stack,
      statement('registry.example/app', OTHER, SLSA_PROVENANCE_V1, slsaPredicate()),
      reusableWorkflowClaims(),
    );
    expect(verifyLegacySignature(att(other), { trust, subject }).reasons).toEqual([
      `subject: the statement is about sha256:${'e'.repeat(12)}…, not ${DIGEST}`,
    ]);
    expect(
      verifyLegacySignature(att({ ...other, payload: Buffer.from('{"payload":1}') }), { trust, subject }).reasons,
    ).toEqual(['the .att layer is not a DSSE envelope (payloadType, payload)']);
  });
});

describe('the simple-signing payload', () => {
  it('accepts the spec’s spelling of the digest key and refuses ambiguity', () => {
    const spec = Buffer.from(
      JSON.stringify({
        critical: { image: { 'Docker-manifest-digest': DIGEST }, type: 'cosign container image signature' },
      }),
    );
    expect(checkSimpleSigningPayload(spec, DIGEST)).toEqual([]);
    const both = Buffer.from(
      JSON.stringify({
        critical: {
          image: { 'Docker-manifest-digest': DIGEST, 'docker-manifest-digest': OTHER },
          type: 'cosign container image signature',
        },
      }),
    );
    expect(checkSimpleSigningPayload(both, DIGEST)[0]).toContain('refused as ambiguous');
    expect(checkSimpleSigningPayload(Buffer.from('[]'), DIGEST)).toEqual([
      'payload: the simple-signing payload has no "critical" section',
    ]);
    expect(
      checkSimpleSigningPayload(Buffer.from('{"critical":{"type":"cosign container image signature"}}'), DIGEST),
    ).toEqual(['payload: critical.image.docker-manifest-digest is missing']);
  });
});

describe('a real legacy signature (podinfo 6.5.4, GitHub Actions keyless, cosign v2, Dec 2023)', () => {
  // `cosign verify` prints the payload it verified with `optional` filled in from the certificate and the
  // Rekor bundle; what was signed is the payload cosign sign wrote: the same `critical`, `"optional":null`.
  // Its sha256 is the hash logged in the hashedrekord entry, and the entry also holds the signature and the certificate.
  const dir = path.join(REPO_ROOT, 'test/fixtures/verification');
  const output = JSON.parse(fs.readFileSync(path.join(dir, 'cosign-verify-output.keyless-github.json'), 'utf8')) as {
    critical: { image: { 'docker-manifest-digest': string } };
    optional: { Bundle: { SignedEntryTimestamp: string; Payload: { body: string } } };
  }[];
  const first = output[0]!;
  const payload = Buffer.from(JSON.stringify({ critical: first.critical, optional: null }));
  const body = JSON.parse(Buffer.from(first.optional.Bundle.Payload.body, 'base64').toString('utf8')) as {
    spec: { data: { hash: { value: string } }; signature: { content: string; publicKey: { content: string } } };
  };
  const realLayer: LegacySignatureLayer = {
    kind: 'sig',
    location: 'ghcr.io/stefanprodan/modules/podinfo:sha256-1dba385f….sig',
    tag: 'sha256-1dba385f9d56f9a79e5b87344bbec1502bd11f056df51834e18d3e054de39365.sig',
    payload,
    annotations: {
      [ANNOTATION.signature]: body.spec.signature.content,
      [ANNOTATION.certificate]: Buffer.from(body.spec.signature.publicKey.content, 'base64').toString('utf8'),
      [ANNOTATION.bundle]: JSON.stringify(first.optional.Bundle),
    },
  };
  const podinfo: VerificationSubject = {
    kind: 'image',
    digest: first.critical.image['docker-manifest-digest'],
    name: 'ghcr.io/stefanprodan/modules/podinfo',
  };
  const publicGood = loadTrustedRootFile(path.join(dir, 'gh-cli__trusted_root.json'));

  it('the reconstructed payload is the one logged', () => {
    expect(createHash('sha256').update(payload).digest('hex')).toBe(body.spec.data.hash.value);
  });

  it('verifies offline against the public-good trusted root, signed by the podinfo release workflow', () => {
    const result = verifyLegacySignature(realLayer, { trust: publicGood, subject: podinfo });
    expect(result.reasons).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.identity?.subjectAlternativeName).toBe(
      'https://github.com/stefanprodan/podinfo/.github/workflows/release.yml@refs/tags/6.5.4',
    );
    expect(result.identity?.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(result.logEntry?.logIndex).toBe('57409478');
  });

  it('does not verify for another digest, or with a payload that differs by one byte', () => {
    expect(
      verifyLegacySignature(realLayer, { trust: publicGood, subject: { ...podinfo, digest: OTHER } }).reasons,
    ).toEqual([`payload: the signature is for image "${podinfo.digest}", not ${OTHER}`]);
    const spaced = { ...realLayer, payload: Buffer.from(`${payload.toString('utf8')} `) };
    expect(verifyLegacySignature(spaced, { trust: publicGood, subject: podinfo }).verified).toBe(false);
  });
});
