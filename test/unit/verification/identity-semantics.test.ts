/**
 * Identity and policy semantics of the gate (issue 13 items 16, 19, 23):
 * workflow paths and refs compared exactly (owner/repo case-insensitively),
 * builder-id bound to the certificate's Build Signer URI, and what "signed by
 * an approved identity" means. The bundles here are verification results
 * (what verifyBundle returns for a bundle that verified); the same rules are
 * exercised end to end on real signed bundles in test/integration/verify-e2e.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import {
  COSIGN_SIGN_V1,
  COSIGN_VULN_V1,
  SLSA_PROVENANCE_V1,
  builderBindingReason,
  evaluateSubject,
  identityReasons,
  sameWorkflowPath,
  type BundleVerification,
  type CertificateIdentity,
  type VerificationPolicy,
} from '@scs/verification';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const SIGNER = 'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0';

function identity(overrides: Partial<CertificateIdentity> = {}): CertificateIdentity {
  return {
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2026-01-01T00:10:00.000Z',
    subjectAlternativeName: SIGNER,
    issuer: 'https://token.actions.githubusercontent.com',
    buildSignerUri: SIGNER,
    buildSignerDigest: 'b'.repeat(40),
    sourceRepositoryUri: 'https://github.com/octo-org/app',
    sourceRepositoryIdentifier: '1001',
    sourceRepositoryOwnerIdentifier: '2002',
    sourceRepositoryRef: 'refs/heads/main',
    runnerEnvironment: 'github-hosted',
    ...overrides,
  };
}

function bundle(
  predicateType: string | undefined,
  predicate: unknown = {},
  who: Partial<CertificateIdentity> = {},
  type: BundleVerification['type'] = 'dsse',
): BundleVerification {
  const result: BundleVerification = {
    origin: {
      source: 'referrers',
      location: `sha256:${(predicateType ?? type).length.toString(16).padStart(64, '0')}`,
    },
    type,
    identity: identity(who),
    timestamps: ['2026-01-01T00:01:00.000Z'],
    signedAt: '2026-01-01T00:01:00.000Z',
    verified: true,
    reasons: [],
  };
  if (predicateType) {
    result.predicateType = predicateType;
    result.statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app', digest: { sha256: 'a'.repeat(64) } }],
      predicateType,
      predicate,
    };
  }
  return result;
}

const POLICY: VerificationPolicy = {
  signerWorkflow: 'octo-org/release-workflows/.github/workflows/sign.yml',
  signerRefs: [],
  ownerId: '2002',
  requireAttestations: [],
};

const critical = {
  scanner: {
    uri: 'pkg:github/aquasecurity/trivy@v0.58.0',
    version: '0.58.0',
    result: {
      SchemaVersion: 2,
      Results: [
        {
          Target: 't',
          Class: 'os-pkgs',
          Type: 'alpine',
          Vulnerabilities: [
            { VulnerabilityID: 'CVE-2099-0001', PkgName: 'p', InstalledVersion: '1', Severity: 'CRITICAL' },
          ],
        },
      ],
    },
  },
  metadata: { scanStartedOn: '2026-01-01T00:00:00Z', scanFinishedOn: '2026-01-01T00:00:30Z' },
  invocation: { parameters: null, uri: '', event_id: '', 'builder.id': '' },
};

describe('item 16: workflow paths and refs are case-sensitive, owner/repo are not', () => {
  it('a Release.yml signer does not satisfy signer-workflow …/release.yml', () => {
    const upper = identity({
      buildSignerUri: 'https://github.com/octo-org/release-workflows/.github/workflows/Sign.yml@refs/tags/v1.2.0',
    });
    expect(identityReasons(upper, POLICY)).toEqual([
      'signer workflow "octo-org/release-workflows/.github/workflows/Sign.yml" is not "octo-org/release-workflows/.github/workflows/sign.yml"',
    ]);
    const folder = identity({
      buildSignerUri: 'https://github.com/octo-org/release-workflows/.GitHub/workflows/sign.yml@refs/tags/v1.2.0',
    });
    expect(identityReasons(folder, POLICY)).toHaveLength(1);
  });

  it('owner and repository differ only in case: the same repository', () => {
    const renamed = identity({
      buildSignerUri: 'https://github.com/Octo-Org/Release-Workflows/.github/workflows/sign.yml@refs/tags/v1.2.0',
    });
    expect(identityReasons(renamed, POLICY)).toEqual([]);
    expect(sameWorkflowPath('Octo-Org/App/.github/workflows/x.yml', 'octo-org/app/.github/workflows/x.yml')).toBe(true);
    expect(sameWorkflowPath('octo-org/app/.github/workflows/X.yml', 'octo-org/app/.github/workflows/x.yml')).toBe(
      false,
    );
    expect(sameWorkflowPath(undefined, 'octo-org/app/.github/workflows/x.yml')).toBe(false);
  });

  it('a ref differing in case is another ref', () => {
    expect(identityReasons(identity(), { ...POLICY, signerRefs: ['refs/tags/V1.2.0'] })).toHaveLength(1);
    expect(identityReasons(identity(), { ...POLICY, signerRefs: ['refs/tags/v1.2.0'] })).toEqual([]);
    expect(identityReasons(identity(), { ...POLICY, sourceRef: 'refs/heads/Main' })).toHaveLength(1);
  });
});

describe("item 19: builder-id is bound to the certificate's Build Signer URI", () => {
  const provenance = (builderId: string) => ({
    buildDefinition: {},
    runDetails: { builder: { id: builderId }, metadata: {} },
  });

  it("passes when the provenance's builder id is the workflow that signed it", () => {
    const verdict = evaluateSubject(
      { kind: 'image', digest: DIGEST },
      [bundle(SLSA_PROVENANCE_V1, provenance(SIGNER))],
      { ...POLICY, builderId: SIGNER },
    );
    expect(verdict.reasons).toEqual([]);
    expect(verdict.passed).toBe(true);
  });

  it("refuses a provenance that claims the org's builder id but was signed by another workflow", () => {
    const other = 'https://github.com/octo-org/release-workflows/.github/workflows/other.yml@refs/tags/v1.2.0';
    const verdict = evaluateSubject(
      { kind: 'image', digest: DIGEST },
      [bundle(SLSA_PROVENANCE_V1, provenance(SIGNER), { subjectAlternativeName: other, buildSignerUri: other })],
      // A broad identity (any workflow of the org) with the builder id pinned.
      { signerRefs: [], requireAttestations: [], ownerId: '2002', builderId: SIGNER },
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.outcomes[0]!.policyReasons).toEqual([
      `SLSA builder id "${SIGNER}" is not the workflow that signed it (build signer "${other}")`,
    ]);
  });

  it('compares host and owner/repo case-insensitively, path and ref exactly', () => {
    const who = identity();
    expect(
      builderBindingReason(
        'https://GitHub.com/Octo-Org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0',
        who,
      ),
    ).toBe('');
    expect(
      builderBindingReason(
        'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.1',
        who,
      ),
    ).toMatch(/is not the workflow that signed it/);
    expect(
      builderBindingReason(
        'https://github.com/octo-org/release-workflows/.github/workflows/Sign.yml@refs/tags/v1.2.0',
        who,
      ),
    ).toMatch(/is not the workflow that signed it/);
    expect(
      builderBindingReason(
        'https://evil.example/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0',
        who,
      ),
    ).toMatch(/is not the workflow/);
    expect(builderBindingReason(SIGNER, identity({ buildSignerUri: undefined }))).toMatch(/no build signer URI/);
  });

  it("GitHub's earlier runner builder ids are bound to the certificate's runner environment", () => {
    expect(builderBindingReason('https://github.com/actions/runner/github-hosted', identity())).toBe('');
    expect(
      builderBindingReason(
        'https://github.com/actions/runner/github-hosted',
        identity({ runnerEnvironment: 'self-hosted' }),
      ),
    ).toMatch(/is not the runner that signed it \(runner environment "self-hosted"/);
    expect(builderBindingReason('https://github.com/actions/runner/self-hosted', identity())).toMatch(
      /is not the runner that signed it/,
    );
    expect(builderBindingReason('https://evil.example/actions/runner/github-hosted', identity())).toMatch(
      /is not the runner that signed it/,
    );
    expect(
      builderBindingReason(
        'https://github.com/actions/runner/github-hosted',
        identity({ runnerEnvironment: undefined }),
      ),
    ).toMatch(/runner environment \(absent\)/);
  });
});

describe('item 23: what "signed by an approved identity" means', () => {
  it('a vuln attestation listing a Critical from an approved identity is not a signature', () => {
    const verdict = evaluateSubject({ kind: 'image', digest: DIGEST }, [bundle(COSIGN_VULN_V1, critical)], POLICY);
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons).toEqual([
      "no signature, slsaprovenance1 from an approved identity (signed-evidence: signature, slsaprovenance1); the approved identity's evidence is only: vuln",
    ]);
    expect(verdict.checks[0]).toMatchObject({ name: 'signed by an approved identity', passed: false });
    expect(verdict.signerIdentity).toBeUndefined();
  });

  it('an SBOM attestation alone is not a signature either', () => {
    const verdict = evaluateSubject(
      { kind: 'image', digest: DIGEST },
      [bundle('https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' })],
      POLICY,
    );
    expect(verdict.passed).toBe(false);
  });

  it.each([
    ['the cosign signature statement', bundle(COSIGN_SIGN_V1), /satisfied by referrers dsse signature/],
    [
      'SLSA provenance',
      bundle(SLSA_PROVENANCE_V1, { runDetails: { builder: { id: SIGNER } } }),
      /satisfied by referrers dsse slsaprovenance1/,
    ],
    ['a message signature', bundle(undefined, {}, {}, 'message-signature'), /satisfied by referrers message-signature/],
  ])('%s satisfies it, and the check names it', (_name, evidence, detail) => {
    const verdict = evaluateSubject(
      { kind: 'image', digest: DIGEST },
      [bundle(COSIGN_VULN_V1, critical), evidence],
      POLICY,
    );
    expect(verdict.reasons).toEqual([]);
    expect(verdict.checks[0]!.detail).toMatch(detail);
    expect(verdict.checks[0]!.detail).not.toMatch(/vuln/);
  });

  it('a signature by another identity does not count, even next to an approved vuln attestation', () => {
    const other = 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main';
    const verdict = evaluateSubject(
      { kind: 'image', digest: DIGEST },
      [
        bundle(COSIGN_VULN_V1, critical),
        bundle(
          COSIGN_SIGN_V1,
          {},
          { subjectAlternativeName: other, buildSignerUri: other, sourceRepositoryOwnerIdentifier: '666' },
        ),
      ],
      POLICY,
    );
    expect(verdict.passed).toBe(false);
  });

  it('signed-evidence widens it explicitly: a predicate type, or any', () => {
    const sbom = bundle('https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' });
    expect(
      evaluateSubject({ kind: 'image', digest: DIGEST }, [sbom], {
        ...POLICY,
        signedEvidence: ['https://cyclonedx.org/bom'],
      }).passed,
    ).toBe(true);
    const any = evaluateSubject({ kind: 'image', digest: DIGEST }, [bundle(COSIGN_VULN_V1, critical)], {
      ...POLICY,
      signedEvidence: ['any'],
    });
    expect(any.passed).toBe(true);
    expect(any.checks[0]!.detail).toMatch(/satisfied by referrers dsse vuln .*signed-evidence: any/);
    // Narrowed to signatures only: provenance alone no longer suffices.
    const narrow = evaluateSubject({ kind: 'image', digest: DIGEST }, [bundle(SLSA_PROVENANCE_V1, {})], {
      ...POLICY,
      signedEvidence: ['signature'],
    });
    expect(narrow.passed).toBe(false);
  });
});
