/**
 * Issue 19: a commit SHA in signer-ref is matched on the Build Signer Digest
 * (never on the ref text a caller wrote), and allowed-vuln-dbs sets aside a
 * vuln attestation made with any other DB before the newest one is chosen.
 */
import { describe, expect, it } from '@jest/globals';
import {
  evaluateSubject,
  identityReasons,
  vulnDbReason,
  type BundleVerification,
  type CertificateIdentity,
  type VerificationPolicy,
} from '@scs/verification';

const RELEASE_SHA = 'c'.repeat(40);
const OTHER_SHA = 'd'.repeat(40);
const WORKFLOW = 'octo-org/release-workflows/.github/workflows/sign.yml';
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const DB_DIGEST = `sha256:${'1'.repeat(64)}`;

function identity(ref: string, digest: string | undefined): CertificateIdentity {
  const signer = `https://github.com/${WORKFLOW}@${ref}`;
  return {
    notBefore: '',
    notAfter: '',
    subjectAlternativeName: signer,
    issuer: 'https://token.actions.githubusercontent.com',
    buildSignerUri: signer,
    ...(digest ? { buildSignerDigest: digest } : {}),
    sourceRepositoryOwnerIdentifier: '2002',
  };
}

const policy = (overrides: Partial<VerificationPolicy> = {}): VerificationPolicy => ({
  signerRefs: [],
  requireAttestations: [],
  signerWorkflow: WORKFLOW,
  ownerId: '2002',
  ...overrides,
});

describe('signer-ref: a commit SHA is matched on the Build Signer Digest', () => {
  it('accepts the release commit whatever ref the caller wrote (SHA or tag pointing at it)', () => {
    expect(identityReasons(identity(RELEASE_SHA, RELEASE_SHA), policy({ signerRefs: [RELEASE_SHA] }))).toEqual([]);
    expect(identityReasons(identity('refs/tags/v1.2.0', RELEASE_SHA), policy({ signerRefs: [RELEASE_SHA] }))).toEqual(
      [],
    );
  });

  it('refuses a ref text equal to the SHA when the digest is another commit, or absent', () => {
    expect(identityReasons(identity(RELEASE_SHA, OTHER_SHA), policy({ signerRefs: [RELEASE_SHA] }))).toEqual([
      `signer workflow ref "${RELEASE_SHA}" is not one of ${RELEASE_SHA} (build signer digest "${OTHER_SHA}")`,
    ]);
    expect(identityReasons(identity(RELEASE_SHA, undefined), policy({ signerRefs: [RELEASE_SHA] }))).toEqual([
      `signer workflow ref "${RELEASE_SHA}" is not one of ${RELEASE_SHA} (build signer digest (absent))`,
    ]);
  });

  it('a tag pattern does not accept a branch or a pull-request merge ref', () => {
    for (const ref of ['refs/heads/main', 'refs/pull/7/merge']) {
      expect(identityReasons(identity(ref, RELEASE_SHA), policy({ signerRefs: ['refs/tags/v1.*'] }))).toHaveLength(1);
    }
    expect(
      identityReasons(identity('refs/tags/v10.0.0', RELEASE_SHA), policy({ signerRefs: ['refs/tags/v1.*'] })),
    ).toHaveLength(1);
    expect(
      identityReasons(identity('refs/tags/v1.4.0', RELEASE_SHA), policy({ signerRefs: ['refs/tags/v1.*'] })),
    ).toEqual([]);
  });
});

function vulnPredicate(dbUri: string, critical: number): Record<string, unknown> {
  return {
    invocation: { parameters: null, uri: '', event_id: '', 'builder.id': '' },
    scanner: {
      uri: 'pkg:github/aquasecurity/trivy@v0.58.0',
      version: '0.58.0',
      db: { uri: dbUri, version: '2026-11-26T00:00:00Z' },
      result: {
        SchemaVersion: 2,
        Results: [
          {
            Target: 'app',
            Class: 'os-pkgs',
            Type: 'alpine',
            Vulnerabilities: Array.from({ length: critical }, (_, i) => ({
              VulnerabilityID: `CVE-2099-${i}`,
              PkgName: 'openssl',
              InstalledVersion: '1',
              Severity: 'CRITICAL',
            })),
          },
        ],
      },
    },
    metadata: { scanStartedOn: '2026-11-26T00:00:00Z', scanFinishedOn: '2026-11-26T00:00:00Z' },
  };
}

function vulnBundle(dbUri: string, critical: number, signedAt: string): BundleVerification {
  return {
    origin: { source: 'referrers', location: `reg/app ${signedAt}` },
    type: 'dsse',
    predicateType: VULN,
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [],
      predicateType: VULN,
      predicate: { ...vulnPredicate(dbUri, critical), metadata: { scanStartedOn: signedAt, scanFinishedOn: signedAt } },
    },
    identity: identity(RELEASE_SHA, RELEASE_SHA),
    timestamps: [signedAt],
    signedAt,
    verified: true,
    reasons: [],
  };
}

/** The image signature by the same identity (what makes the subject signed; the vuln attestations are judged beside it). */
const signature: BundleVerification = {
  origin: { source: 'referrers', location: 'reg/app signature' },
  type: 'dsse',
  predicateType: 'https://sigstore.dev/cosign/sign/v1',
  statement: {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [],
    predicateType: 'https://sigstore.dev/cosign/sign/v1',
    predicate: {},
  },
  identity: identity(RELEASE_SHA, RELEASE_SHA),
  timestamps: ['2026-11-26T00:00:00.000Z'],
  signedAt: '2026-11-26T00:00:00.000Z',
  verified: true,
  reasons: [],
};

describe('allowed-vuln-dbs', () => {
  const ALLOWED = [
    'mirror.gcr.io/aquasec/trivy-db',
    'ghcr.io/aquasecurity/trivy-db:2',
    'https://grype.anchore.io/databases/',
  ];

  it.each([
    [`mirror.gcr.io/aquasec/trivy-db:2@${DB_DIGEST}`, ''],
    [`ghcr.io/aquasecurity/trivy-db:2@${DB_DIGEST}`, ''],
    [`GHCR.io/aquasecurity/trivy-db@${DB_DIGEST}`, ''],
    [`https://grype.anchore.io/databases/v6/vulnerability-db_v6.0.2.tar.zst@${DB_DIGEST}`, ''],
    [`evil.example/trivy-db:2@${DB_DIGEST}`, /DB "evil.example\/trivy-db:2", which is not one of allowed-vuln-dbs/],
    [`ghcr.io/aquasecurity/trivy-db-evil:2@${DB_DIGEST}`, /not one of allowed-vuln-dbs/],
    [`https://grype.anchore.io.evil.example/databases/x@${DB_DIGEST}`, /not one of allowed-vuln-dbs/],
    [`https://grype.anchore.io/databases/../../evil/x@${DB_DIGEST}`, /not one of allowed-vuln-dbs/],
    ['mirror.gcr.io/aquasec/trivy-db:2', /records no vulnerability DB as <repository>@sha256:<digest>/],
    ['', /records no vulnerability DB/],
  ])('%s', (uri, expected) => {
    const reason = vulnDbReason(vulnPredicate(uri, 0), ALLOWED);
    if (expected === '') expect(reason).toBe('');
    else expect(reason).toMatch(expected);
  });

  const subject = { kind: 'image' as const, digest: `sha256:${'a'.repeat(64)}`, name: 'reg/app' };

  it('a newer clean scan made with a DB outside the list does not supersede the allowed one', () => {
    const allowed = vulnBundle(`ghcr.io/aquasecurity/trivy-db:2@${DB_DIGEST}`, 1, '2026-11-26T00:00:00.000Z');
    const rogue = vulnBundle(`evil.example/trivy-db:2@${DB_DIGEST}`, 0, '2026-11-27T00:00:00.000Z');
    const verdict = evaluateSubject(
      subject,
      [signature, allowed, rogue],
      policy({ maxSeverity: 'critical', allowedVulnDbs: ALLOWED }),
      new Date('2026-11-28T00:00:00Z'),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons.join('\n')).toContain('vuln attestation reports 1 critical');
    expect(verdict.outcomes[2]!.policyReasons[0]).toMatch(
      /DB "evil.example\/trivy-db:2", which is not one of allowed-vuln-dbs/,
    );
    // Without the list, the newest (rogue, clean) one decides: the gap the input closes.
    expect(
      evaluateSubject(
        subject,
        [signature, allowed, rogue],
        policy({ maxSeverity: 'critical' }),
        new Date('2026-11-28T00:00:00Z'),
      ).passed,
    ).toBe(true);
  });

  it('requires a vuln attestation made with an allowed DB', () => {
    const rogue = vulnBundle(`evil.example/trivy-db:2@${DB_DIGEST}`, 0, '2026-11-27T00:00:00.000Z');
    const verdict = evaluateSubject(subject, [signature, rogue], policy({ allowedVulnDbs: ALLOWED }));
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons.join('\n')).toMatch(
      /required attestation vuln \(allowed-vuln-dbs\) .* is present but failed: vuln attestation was made with the DB/,
    );
    const good = vulnBundle(`mirror.gcr.io/aquasec/trivy-db:2@${DB_DIGEST}`, 0, '2026-11-27T00:00:00.000Z');
    expect(evaluateSubject(subject, [signature, good], policy({ allowedVulnDbs: ALLOWED })).passed).toBe(true);
  });
});
