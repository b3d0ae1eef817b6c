import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import {
  evaluateSubject,
  loadTrustedRootFile,
  verifyBundle,
  type VerificationPolicy,
  type VerificationSubject,
} from '@scs/verification';
import { REPO_ROOT } from '../../support/action-harness.js';

const DIR = path.join(REPO_ROOT, 'test/fixtures/verification');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const trust = loadTrustedRootFile(path.join(DIR, 'gh-cli__trusted_root.json'));

const A_TXT = fs.readFileSync(path.join(DIR, 'conformance__a.txt'));
const A_DIGEST = `sha256:${createHash('sha256').update(A_TXT).digest('hex')}`;
const fileSubject: VerificationSubject = { kind: 'file', path: 'a.txt', digest: A_DIGEST, content: A_TXT };
const WHEEL_DIGEST = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
const wheel: VerificationSubject = {
  kind: 'image',
  digest: WHEEL_DIGEST,
  name: 'github_provenance_demo-0.0.0-py3-none-any.whl',
};
const origin = { source: 'files' as const, location: 'fixture' };

const BEACON_SAN =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';

function policy(overrides: Partial<VerificationPolicy> = {}): VerificationPolicy {
  return {
    signerRefs: [],
    requireAttestations: [],
    certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
    ...overrides,
  };
}

describe('Sigstore conformance bundles (offline, public-good trusted root)', () => {
  it.each([
    'conformance__happy-path-v0.1.sigstore.json',
    'conformance__happy-path-v0.3.sigstore.json',
    'conformance__happy-path-v0.3-new-mediaType.sigstore.json',
  ])('%s verifies as a message signature over a.txt', (name) => {
    const result = verifyBundle(read(name), { trust, subject: fileSubject, origin });
    expect(result.reasons).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.type).toBe('message-signature');
    expect(result.identity?.subjectAlternativeName).toBe(BEACON_SAN);
    expect(result.identity?.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(result.logEntry?.url).toMatch(/^https:\/\/search\.sigstore\.dev\/\?logIndex=\d+$/);
    expect(result.signedAt).toMatch(/^20\d\d-/);
  });

  it('happy-path-intoto-in-dsse-v3 verifies as a DSSE statement about a.txt', () => {
    const result = verifyBundle(read('conformance__happy-path-intoto-in-dsse-v3.sigstore.json'), {
      trust,
      subject: { kind: 'image', digest: A_DIGEST },
      origin,
    });
    expect(result.reasons).toEqual([]);
    expect(result.type).toBe('dsse');
    expect(result.predicateType).toBe('https://slsa.dev/provenance/v1');
  });

  it('bundle-invalid-base64-signature_fail is rejected with the log reason', () => {
    const result = verifyBundle(read('conformance__bundle-invalid-base64-signature_fail.sigstore.json'), {
      trust,
      subject: fileSubject,
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/transparency log.*inclusion promise could not be verified/);
  });

  it('dsse-mismatch-sig_fail is rejected with the tlog signature mismatch', () => {
    const result = verifyBundle(read('conformance__dsse-mismatch-sig_fail.sigstore.json'), {
      trust,
      subject: { kind: 'image', digest: A_DIGEST },
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/tlog entry signature mismatch/);
  });

  it('a message signature over another file fails on the subject, before any cryptography', () => {
    const other = Buffer.from('not a.txt');
    const result = verifyBundle(read('conformance__happy-path-v0.3.sigstore.json'), {
      trust,
      subject: {
        kind: 'file',
        path: 'b.txt',
        digest: `sha256:${createHash('sha256').update(other).digest('hex')}`,
        content: other,
      },
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons.some((r) => r.startsWith('subject: the bundle signs sha256:a0cfc71271d6'))).toBe(true);
    // The cheap subject check fails first: no signature, log or chain check is spent on it (issue 13 item 12).
    expect(result.cryptoSkipped).toBe(true);
    expect(result.reasons).toHaveLength(1);
  });

  it('a DSSE statement about another digest fails on the subject', () => {
    const result = verifyBundle(read('conformance__happy-path-intoto-in-dsse-v3.sigstore.json'), {
      trust,
      subject: { kind: 'image', digest: `sha256:${'b'.repeat(64)}` },
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons).toEqual([
      `subject: the statement is about sha256:a0cfc71271d6…, not sha256:${'b'.repeat(64)}`,
    ]);
  });

  it('a message signature never vouches for an image digest', () => {
    const result = verifyBundle(read('conformance__happy-path-v0.3.sigstore.json'), {
      trust,
      subject: { kind: 'image', digest: A_DIGEST },
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons[0]).toMatch(/message signature cannot vouch for an image digest/);
  });

  it('a tampered DSSE payload is rejected', () => {
    const bundle = JSON.parse(read('conformance__happy-path-intoto-in-dsse-v3.sigstore.json'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    statement.predicate.buildDefinition.externalParameters.workflow.ref = 'refs/heads/evil';
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const result = verifyBundle(bundle, { trust, subject: { kind: 'image', digest: A_DIGEST }, origin });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/signature|transparency log/);
  });

  it('garbage is reported, not thrown', () => {
    expect(verifyBundle('{', { trust, subject: fileSubject, origin }).reasons[0]).toMatch(/^not JSON/);
    expect(verifyBundle({ mediaType: 'x' }, { trust, subject: fileSubject, origin }).reasons[0]).toMatch(
      /^not a valid Sigstore bundle/,
    );
  });

  it('bundles from another instance (a different CA) do not verify against this root', () => {
    const root = JSON.parse(read('gh-cli__trusted_root.json'));
    root.certificateAuthorities = root.certificateAuthorities.slice(0, 1); // keep only the oldest CA: the leaves' intermediate is gone
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verify-root-')), 'root.json');
    fs.writeFileSync(file, JSON.stringify(root));
    const narrowed = loadTrustedRootFile(file);
    const result = verifyBundle(read('conformance__happy-path-v0.3.sigstore.json'), {
      trust: narrowed,
      subject: fileSubject,
      origin,
    });
    expect(result.verified).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/certificate/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('the real GitHub reusable-workflow attestation', () => {
  const bundle = () =>
    verifyBundle(read('gh-cli__reusable-workflow-attestation.sigstore.json'), { trust, subject: wheel, origin });

  it('verifies and carries the identity from the certificate extensions', () => {
    const result = bundle();
    expect(result.reasons).toEqual([]);
    expect(result.identity).toMatchObject({
      buildSignerUri:
        'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
      buildSignerDigest: '09b495c3f12c7881b3cc17209a327792065c1a1d',
      runnerEnvironment: 'github-hosted',
      sourceRepositoryUri: 'https://github.com/malancas/attest-demo',
      sourceRepositoryIdentifier: '804070735',
      sourceRepositoryOwnerIdentifier: '16248153',
      sourceRepositoryRef: 'refs/heads/main',
      buildConfigUri: 'https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main',
      buildTrigger: 'workflow_dispatch',
    });
  });

  it('passes with the right signer-workflow, repository, ids, ref and runner', () => {
    const verdict = evaluateSubject(
      wheel,
      [bundle()],
      policy({
        signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
        signerRefs: ['09b495c3f12c7881b3cc17209a327792065c1a1d'],
        sourceRepository: 'malancas/attest-demo',
        sourceRepositoryId: '804070735',
        ownerId: '16248153',
        sourceRef: 'refs/heads/main',
        runnerEnvironment: 'github-hosted',
        requireAttestations: [{ name: 'slsaprovenance1', uri: 'https://slsa.dev/provenance/v1' }],
      }),
    );
    expect(verdict.reasons).toEqual([]);
    expect(verdict.passed).toBe(true);
    expect(verdict.signerIdentity).toMatch(/artifact-attestations-workflows/);
  });

  it('fails with another signer workflow, and says why', () => {
    const verdict = evaluateSubject(
      wheel,
      [bundle()],
      policy({ signerWorkflow: 'malancas/attest-demo/.github/workflows/shared.yml' }),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.outcomes[0]!.policyReasons).toEqual([
      'signer workflow "github/artifact-attestations-workflows/.github/workflows/attest.yml" is not "malancas/attest-demo/.github/workflows/shared.yml"',
    ]);
    expect(verdict.reasons).toEqual(['none of the 1 verified bundle(s) satisfies the identity policy']);
  });

  it('records every failing identity check, not only the first', () => {
    const verdict = evaluateSubject(
      wheel,
      [bundle()],
      policy({
        signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
        signerRefs: ['refs/tags/*'],
        sourceRepositoryId: '1',
        ownerId: '2',
        sourceRef: 'refs/tags/v*',
        runnerEnvironment: 'self-hosted',
        certificateOidcIssuer: 'https://example.com',
      }),
    );
    expect(verdict.outcomes[0]!.policyReasons).toHaveLength(6);
  });

  it('a signer-ref tag pattern does not accept a SHA-pinned signer', () => {
    const verdict = evaluateSubject(
      wheel,
      [bundle()],
      policy({
        signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
        signerRefs: ['refs/tags/v*'],
      }),
    );
    expect(verdict.outcomes[0]!.policyReasons[0]).toMatch(
      /signer workflow ref "09b495c3f12c7881b3cc17209a327792065c1a1d" is not one of refs\/tags\/v\*/,
    );
  });

  it('missing attestation types are reasons of their own', () => {
    const verdict = evaluateSubject(
      wheel,
      [bundle()],
      policy({
        requireAttestations: [
          { name: 'cyclonedx', uri: 'https://cyclonedx.org/bom' },
          { name: 'vuln', uri: 'https://cosign.sigstore.dev/attestation/vuln/v1' },
        ],
      }),
    );
    expect(verdict.reasons).toEqual([
      'required attestation cyclonedx (https://cyclonedx.org/bom) is missing',
      'required attestation vuln (https://cosign.sigstore.dev/attestation/vuln/v1) is missing',
    ]);
  });

  it('max-age measures from the verified log time', () => {
    const verdict = evaluateSubject(
      wheel,
      [bundle()],
      policy({ maxAge: { text: '30d', ms: 30 * 86_400_000 } }),
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(verdict.outcomes[0]!.policyReasons[0]).toMatch(
      /^signed 2024-05-24T19:1\d:\d\d\.000Z, older than max-age 30d$/,
    );
    const fresh = evaluateSubject(
      wheel,
      [bundle()],
      policy({ maxAge: { text: '30d', ms: 30 * 86_400_000 } }),
      new Date('2024-06-01T00:00:00Z'),
    );
    expect(fresh.passed).toBe(true);
  });

  it('builder-id is read from the verified provenance', () => {
    const result = bundle();
    const builder = (result.statement?.predicate as { runDetails: { builder: { id: string } } }).runDetails.builder.id;
    expect(evaluateSubject(wheel, [result], policy({ builderId: builder })).passed).toBe(true);
    const wrong = evaluateSubject(wheel, [result], policy({ builderId: 'https://example.com/builder' }));
    expect(wrong.passed).toBe(false);
    expect(wrong.outcomes[0]!.policyReasons[0]).toMatch(/^SLSA builder id .* is not "https:\/\/example.com\/builder"$/);
  });

  it('no evidence at all is a reason', () => {
    const verdict = evaluateSubject(wheel, [], policy());
    expect(verdict.reasons).toEqual(['no evidence found (no signature or attestation bundle for this subject)']);
  });
});
