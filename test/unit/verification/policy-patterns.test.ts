import { describe, expect, it } from '@jest/globals';
import {
  anchoredRegExp,
  foreignOwnerIdentity,
  globToRegExp,
  identityReasons,
  matchesAnyRepository,
  parseDuration,
  predicateTypeMatches,
  resolvePredicateType,
  vulnSummary,
  type CertificateIdentity,
} from '@scs/verification';

const identity: CertificateIdentity = {
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2026-01-01T00:10:00.000Z',
  subjectAlternativeName: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main',
  issuer: 'https://token.actions.githubusercontent.com',
  buildSignerUri: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main',
  sourceRepositoryUri: 'https://github.com/octo-org/app',
  sourceRepositoryIdentifier: '1001',
  sourceRepositoryOwnerIdentifier: '2002',
  sourceRepositoryRef: 'refs/heads/main',
  runnerEnvironment: 'github-hosted',
};

describe('identity patterns', () => {
  it('anchors identity regular expressions', () => {
    expect(anchoredRegExp('https://github.com/octo-org/.*').test(`evil${identity.subjectAlternativeName}`)).toBe(false);
    expect(
      identityReasons(identity, { signerRefs: [], requireAttestations: [], certificateIdentityRegexp: 'octo-org/app' }),
    ).toEqual([`certificate identity "${identity.subjectAlternativeName}" does not match ^(?:octo-org/app)$`]);
    expect(
      identityReasons(identity, {
        signerRefs: [],
        requireAttestations: [],
        certificateIdentityRegexp: 'https://github\\.com/octo-org/app/.*',
      }),
    ).toEqual([]);
  });

  it.each([
    ['.*', true],
    ['https://github.com/.*', true],
    ['https://github\\.com/[^/]+/[^/]+/\\.github/workflows/release\\.yml@refs/heads/main', true],
    ['https://github.com/.+/release.yml@.*', true],
    ['https://github\\.com/octo-org/.*', false],
    ['https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/tags/.*', false],
    // Any owner of a repository named app (issue 13 item 17).
    ['https://github.com/.*/app/.*', true],
    ['https://github\\.com/[^/]+/app/\\.github/workflows/release\\.yml@refs/heads/main', true],
    ['https://github\\.com/[a-z]+/app/.*', true],
    // The owner's name as a prefix: acme-evil, acmex.
    ['https://github.com/octo-org.*', true],
    ['https://github\\.com/octo-org[a-z-]*/app/.*', true],
    ['https://github\\.com/octo-or./app/.*', true],
    ['https://github\\.com/octo-org-?/app/.*', false],
    ['https://github\\.com/(octo|octo-labs)/.*', false],
    ['https://github\\.com/octo-org/app[0-9]*/\\.github/workflows/release\\.yml@.*', false],
    ['https://github\\.com/octo-org/.*/\\.github/workflows/release\\.yml@refs/tags/v.*', false],
    // The chosen owner's name at the end of an identity anyone can make.
    ['https://github\\.com/octo-org/app/.*|.*octo-org', true],
    ['.*octo-org/app.*', true],
  ])('%s admits other owners: %s', (pattern, broad) => {
    expect(matchesAnyRepository(anchoredRegExp(pattern))).toBe(broad);
    expect(foreignOwnerIdentity(anchoredRegExp(pattern), pattern) !== undefined).toBe(broad);
  });

  it('names the identity of another owner that the pattern admits', () => {
    expect(foreignOwnerIdentity(anchoredRegExp('https://github\\.com/acme.*'), 'https://github\\.com/acme.*')).toMatch(
      /^https:\/\/github\.com\/acme[^/]+\//,
    );
    expect(
      foreignOwnerIdentity(
        anchoredRegExp('https://ghe\\.example\\.com/.*'),
        'https://ghe\\.example\\.com/.*',
        'https://ghe.example.com',
      ),
    ).toMatch(/^https:\/\/ghe\.example\.com\//);
  });

  it('ref globs: * within a segment, ** across', () => {
    expect(globToRegExp('refs/tags/v*').test('refs/tags/v1.2.3')).toBe(true);
    expect(globToRegExp('refs/tags/*').test('refs/tags/release/1')).toBe(false);
    expect(globToRegExp('refs/heads/**').test('refs/heads/release/1')).toBe(true);
    expect(globToRegExp('refs/heads/main').test('refs/heads/main2')).toBe(false);
  });

  it('compares repositories case-insensitively and ids exactly', () => {
    expect(
      identityReasons(identity, {
        signerRefs: [],
        requireAttestations: [],
        sourceRepository: 'Octo-Org/App',
        sourceRepositoryId: '1001',
      }),
    ).toEqual([]);
    expect(identityReasons(identity, { signerRefs: [], requireAttestations: [], sourceRepositoryId: '01001' })).toEqual(
      ['source repository id "1001" is not "01001"'],
    );
  });

  it('a missing extension is a reason, not a pass', () => {
    const bare: CertificateIdentity = {
      notBefore: '',
      notAfter: '',
      subjectAlternativeName: 'someone@example.com',
      issuer: 'https://accounts.google.com',
    };
    expect(
      identityReasons(bare, {
        signerRefs: [],
        requireAttestations: [],
        signerWorkflow: 'o/r/.github/workflows/x.yml',
        runnerEnvironment: 'github-hosted',
        ownerId: '1',
      }),
    ).toEqual([
      'signer workflow: the certificate has no build signer URI (1.3.6.1.4.1.57264.1.9); required "o/r/.github/workflows/x.yml"',
      'owner id (absent) is not "1"',
      'runner environment (absent) is not "github-hosted"',
    ]);
  });
});

describe('predicate types and durations', () => {
  it('resolves short names and URIs', () => {
    expect(resolvePredicateType('SLSAProvenance1')).toEqual({
      name: 'slsaprovenance1',
      uri: 'https://slsa.dev/provenance/v1',
    });
    expect(resolvePredicateType('https://example.com/p/v1')).toEqual({
      name: 'https://example.com/p/v1',
      uri: 'https://example.com/p/v1',
    });
    expect(resolvePredicateType('sbom')).toBeUndefined();
  });

  it('spdxjson matches any versioned SPDX document type', () => {
    expect(predicateTypeMatches('https://spdx.dev/Document', 'https://spdx.dev/Document/v2.3')).toBe(true);
    expect(predicateTypeMatches('https://spdx.dev/Document', 'https://spdx.dev/Document')).toBe(true);
    expect(predicateTypeMatches('https://spdx.dev/Document', 'https://spdx.dev/Documents')).toBe(false);
    expect(predicateTypeMatches('https://slsa.dev/provenance/v1', 'https://slsa.dev/provenance/v0.2')).toBe(false);
  });

  it('parses durations', () => {
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    expect(parseDuration('0d')).toBeUndefined();
    expect(parseDuration('30 days')).toBeUndefined();
  });

  it('reads Trivy and Grype results of a cosign vuln predicate', () => {
    const shape = {
      invocation: {},
      metadata: { scanStartedOn: '2026-01-01T00:00:00Z', scanFinishedOn: '2026-01-01T00:00:00Z' },
    };
    const trivy = vulnSummary({
      ...shape,
      scanner: {
        uri: 'pkg:github/aquasecurity/trivy@v0.58.0',
        result: {
          SchemaVersion: 2,
          Results: [
            {
              Target: 't',
              Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'p', InstalledVersion: '1', Severity: 'HIGH' }],
            },
          ],
        },
      },
    });
    expect(typeof trivy === 'object' && trivy.counts.high).toBe(1);
    const grype = vulnSummary({
      ...shape,
      scanner: {
        result: {
          descriptor: { name: 'grype' },
          matches: [
            {
              vulnerability: { id: 'CVE-2', severity: 'Critical' },
              artifact: { name: 'p', version: '1', type: 'npm' },
            },
          ],
        },
      },
    });
    expect(typeof grype === 'object' && grype.counts.critical).toBe(1);
    expect(vulnSummary({ ...shape, scanner: { result: { something: 1 } } })).toMatch(
      /^scanner\.result is not one Trivy or Grype JSON report: it has neither/,
    );
    expect(vulnSummary({ ...shape, scanner: {} })).toBe(
      "the vuln predicate is not in cosign's shape: scanner.result is missing",
    );
  });
});
