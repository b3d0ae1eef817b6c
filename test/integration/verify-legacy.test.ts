/**
 * The built verify action (dist/verify) on cosign's legacy keyless `.sig`
 * signatures: signed against the loopback Sigstore stack and laid out in the
 * local registry as cosign does (`sha256-<hex>.sig` manifest, one
 * simple-signing layer per signature with its annotations), verified
 * in-process against the stack's trusted root with the identity policy.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RegistryClient } from '@scs/oci';
import { EvidenceBudget } from '@scs/verification';
import { registryEvidence } from '../../actions/verify/src/registry-evidence.js';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { requireInfra } from '../support/test-tools.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import {
  SLSA_PROVENANCE_V1,
  pushLegacyTag,
  pushTestImage,
  reusableWorkflowClaims,
  slsaPredicate,
  statement,
  type TestImage,
} from '../support/evidence.js';
import {
  editRekorBundle,
  pushLegacySignatures,
  signLegacy,
  signLegacyAttestation,
  simpleSigningPayload,
  type LegacyLayer,
} from '../support/legacy-cosign.js';

const infra = requireInfra();
const describeWithInfra = infra ? describe : describe.skip;

const SAN = 'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0';
const POLICY = {
  'signer-workflow': 'octo-org/release-workflows/.github/workflows/sign.yml',
  'signer-ref': 'refs/tags/v*',
  'source-repository': 'octo-org/app',
  'source-repository-id': '1001',
  'runner-environment': 'github-hosted',
};

interface Entry {
  source: string;
  location: string;
  type: string;
  identity: string | null;
  verified: boolean;
  passed: boolean;
  reasons: string[];
  logEntry: { logIndex: string } | null;
}

let stack: SigstoreStack;
const images: Record<string, { image: TestImage; tag: string }> = {};

async function verify(image: TestImage, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify', {
    inputs: {
      image: image.name,
      sources: 'legacy',
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      ...POLICY,
      ...inputs,
    },
  });
}
const repo = (image: TestImage): string => `${infra!.registry}/${image.ref.repository}`;
const results = (run: ActionRun): Entry[] => JSON.parse(run.outputs.results ?? '[]') as Entry[];
const failure = (run: ActionRun): string =>
  run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');

async function signed(image: TestImage, digest = image.digest): Promise<LegacyLayer> {
  return signLegacy(stack, simpleSigningPayload(image.ref.repository, digest), reusableWorkflowClaims());
}

describeWithInfra('verify (dist): legacy cosign .sig signatures', () => {
  beforeAll(async () => {
    stack = await startSigstoreStack();

    const good = await pushTestImage(infra!.registry, 'verify-legacy/good');
    images.good = { image: good, tag: await pushLegacySignatures(good, [await signed(good)]) };

    const bad = await pushTestImage(infra!.registry, 'verify-legacy/bad');
    const honest = await signed(bad);
    const tampered: LegacyLayer = { ...honest, payload: simpleSigningPayload('verify-legacy/evil', bad.digest) };
    const otherDigest = await signed(bad, `sha256:${'e'.repeat(64)}`);
    const noSet = editRekorBundle(await signed(bad), (v) => delete v.SignedEntryTimestamp);
    const forgedSet = editRekorBundle(await signed(bad), (v) => {
      const set = Buffer.from(v.SignedEntryTimestamp!, 'base64');
      set[set.length - 2] = set[set.length - 2]! ^ 0x40;
      v.SignedEntryTimestamp = set.toString('base64');
    });
    images.bad = { image: bad, tag: await pushLegacySignatures(bad, [tampered, otherDigest, noSet, forgedSet]) };

    const mixed = await pushTestImage(infra!.registry, 'verify-legacy/mixed');
    images.mixed = {
      image: mixed,
      tag: await pushLegacySignatures(mixed, [await signed(mixed, `sha256:${'f'.repeat(64)}`), await signed(mixed)]),
    };

    const attested = await pushTestImage(infra!.registry, 'verify-legacy/attested');
    await pushLegacySignatures(attested, [await signed(attested)]);
    const provenance = await signLegacyAttestation(
      stack,
      statement(attested.ref.repository, attested.digest, SLSA_PROVENANCE_V1, slsaPredicate()),
      reusableWorkflowClaims(),
    );
    images.attested = { image: attested, tag: await pushLegacySignatures(attested, [provenance], { kind: 'att' }) };
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('passes a keyless .sig signature by the approved workflow, reported as a legacy-signature from its tag', async () => {
    const { image, tag } = images.good!;
    const run = await verify(image);
    expect(failure(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verified).toBe('true');
    expect(run.outputs['signer-identity']).toBe(SAN);
    const entries = results(run);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      source: 'legacy',
      location: `${repo(image)}:${tag}`,
      type: 'legacy-signature',
      identity: SAN,
      verified: true,
      passed: true,
      reasons: [],
    });
    expect(entries[0]!.logEntry?.logIndex).toMatch(/^\d+$/);
    expect(run.summary).toContain(tag);
  });

  it('fails the same signature for another signer workflow', async () => {
    const run = await verify(images.good!.image, { 'signer-workflow': 'octo-org/other/.github/workflows/sign.yml' });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.verified).toBe('false');
    expect(failure(run)).toContain('none of the 1 verified bundle(s) satisfies the identity policy');
    expect(results(run)[0]).toMatchObject({ verified: true, passed: false });
  });

  it('refuses a tampered payload, a signature for another digest, a missing and a forged SET, each with its reason', async () => {
    const { image, tag } = images.bad!;
    const run = await verify(image);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.verified).toBe('false');
    expect(failure(run)).toContain('none of the 4 bundle(s) verified');
    const entries = results(run);
    expect(entries.map((e) => e.location)).toEqual([1, 2, 3, 4].map((n) => `${repo(image)}:${tag} (layer ${n} of 4)`));
    expect(entries.every((e) => e.type === 'legacy-signature' && !e.verified && !e.passed)).toBe(true);
    const [tampered, otherDigest, noSet, forgedSet] = entries.map((e) => e.reasons.join('\n'));
    expect(tampered).toBe('transparency log entry: digest mismatch');
    expect(otherDigest).toBe(`payload: the signature is for image "sha256:${'e'.repeat(64)}", not ${image.digest}`);
    expect(noSet).toBe(
      "transparency log: the dev.sigstore.cosign/bundle annotation has no SignedEntryTimestamp (Rekor's inclusion promise)",
    );
    expect(forgedSet).toContain('transparency log inclusion promise');
  });

  it('passes when one of several signatures verifies, and lists the others as failed', async () => {
    const { image, tag } = images.mixed!;
    const run = await verify(image);
    expect(failure(run)).toBe('');
    expect(run.outputs.verified).toBe('true');
    const entries = results(run);
    expect(entries.map((e) => [e.location, e.passed])).toEqual([
      [`${repo(image)}:${tag} (layer 1 of 2)`, false],
      [`${repo(image)}:${tag} (layer 2 of 2)`, true],
    ]);
  });

  it('legacy layers count against the step’s evidence budget: past it they are not fetched and the evidence is incomplete (issue 13 item 14)', async () => {
    const { image } = images.mixed!;
    const evidence = registryEvidence(new RegistryClient(), image.ref);
    const whole = await evidence.legacyEvidence(image.digest, { budget: new EvidenceBudget() });
    expect(whole.signatures).toHaveLength(2);
    expect(whole.incomplete).toBeUndefined();
    const first = whole.signatures[0]!.payload.length;
    const small = new EvidenceBudget(first + 1);
    const cut = await evidence.legacyEvidence(image.digest, { budget: small });
    expect(cut.signatures).toHaveLength(1);
    expect(cut.incomplete).toEqual([`${repo(image)}:${image.digest.replace(':', '-')}.sig: ${small.describe()}`]);
    expect(small.exhausted).toBe(true);
  });

  it('verifies a keyless .att attestation (DSSE, intoto entry) and counts it for require-attestations', async () => {
    const { image, tag } = images.attested!;
    const run = await verify(image, { 'require-attestations': 'slsaprovenance1' });
    expect(failure(run)).toBe('');
    expect(run.outputs.verified).toBe('true');
    const entries = results(run);
    expect(entries.map((e) => [e.type, e.location, e.passed])).toEqual([
      ['legacy-signature', `${repo(image)}:${image.digest.replace(':', '-')}.sig`, true],
      ['legacy-attestation', `${repo(image)}:${tag}`, true],
    ]);
    // Without the .att, the required provenance is missing.
    const missing = await verify(images.good!.image, { 'require-attestations': 'slsaprovenance1' });
    expect(failure(missing)).toContain(
      'required attestation slsaprovenance1 (https://slsa.dev/provenance/v1) is missing',
    );
  });

  it('reports a key-signed .sig tag as present but not verified', async () => {
    const image = await pushTestImage(infra!.registry, 'verify-legacy/keyed');
    const sig = await pushLegacyTag(image, 'sig');
    const run = await verify(image);
    expect(run.exitCode).not.toBe(0);
    expect(failure(run)).toContain(
      `no verifiable evidence: only legacy cosign evidence (${sig}) exists; its signatures carry no Fulcio certificate`,
    );
    expect(results(run)).toEqual([]);
  });
});
