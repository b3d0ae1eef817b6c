import { describe, expect, it } from '@jest/globals';
import { InfrastructureError } from '@scs/action-kit';
import {
  countBySeverity,
  highestCvssV3,
  normalizeFixState,
  normalizeSeverity,
  parseTrivyReport,
  type Finding,
  type SeverityCounts,
} from '@scs/findings';
import { fixtureReport, fixtureText } from './helpers.js';

function counts(c: Partial<SeverityCounts>): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0, ...c };
}

function kinds(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
}

// Expected numbers were computed independently from the JSON with jq, e.g.
// jq '[.Results[]? | (.Vulnerabilities // [])[], ((.Misconfigurations // [])[] | select(.Status=="FAIL")),
//      (.Secrets // [])[], (.Licenses // [])[] | .Severity] | group_by(.) | map({(.[0]): length}) | add'
const EXPECTED: [string, SeverityCounts, Record<string, number>][] = [
  ['alpine-39.json.golden', counts({ critical: 2, medium: 4 }), { vulnerability: 6 }],
  ['ubuntu-1804.json.golden', counts({ medium: 4, low: 1 }), { vulnerability: 5 }],
  ['trivy-action__with-trivy-yaml-cfg__report.json', counts({ critical: 1 }), { vulnerability: 1 }],
  ['npm.json.golden', counts({ medium: 1 }), { vulnerability: 1 }],
  ['pom.json.golden', counts({ critical: 1, high: 1 }), { vulnerability: 2 }],
  ['test-repo.json.golden', counts({ high: 1, medium: 1 }), { vulnerability: 2 }],
  ['dockerfile.json.golden', counts({ high: 1 }), { misconfiguration: 1 }],
  ['helm.json.golden', counts({ high: 3, medium: 4, low: 11 }), { misconfiguration: 18 }],
  ['trivy-action__config-scan__report.json', counts({ high: 5, medium: 1, low: 2 }), { misconfiguration: 8 }],
  ['secrets.json.golden', counts({ critical: 1, high: 1 }), { secret: 2 }],
  ['license-cyclonedx.json.golden', counts({ medium: 1, low: 2 }), { license: 3 }],
];

describe('parseTrivyReport on real Trivy output', () => {
  it.each(EXPECTED)('%s: counts per severity and kind', (name, expected, expectedKinds) => {
    const report = fixtureReport(name);
    expect(countBySeverity(report.findings)).toEqual(expected);
    expect(kinds(report.findings)).toEqual(expectedKinds);
  });

  it('reads an image report: artifact, tool, OS package vulnerability without a file location', () => {
    const report = fixtureReport('alpine-39.json.golden');
    expect(report.tool).toEqual({
      name: 'Trivy',
      version: 'dev',
      informationUri: 'https://github.com/aquasecurity/trivy',
    });
    expect(report.artifactName).toBe('testdata/fixtures/images/alpine-39.tar.gz');
    expect(report.artifactType).toBe('image');
    expect(report.artifactDigest).toBeUndefined();
    expect(report.targets).toEqual(['testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)']);
    const musl = report.findings.find((f) => f.id === 'CVE-2019-14697' && f.packageName === 'musl');
    expect(musl).toEqual({
      kind: 'vulnerability',
      id: 'CVE-2019-14697',
      aliases: [],
      severity: 'critical',
      title: expect.any(String),
      description: expect.any(String),
      target: 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)',
      targetType: 'alpine',
      packageName: 'musl',
      packageVersion: '1.1.20-r4',
      purl: 'pkg:apk/alpine/musl@1.1.20-r4?arch=x86_64&distro=3.9.4',
      fixedVersion: '1.1.20-r5',
      fixState: 'fixed',
      primaryUrl: 'https://avd.aquasec.com/nvd/cve-2019-14697',
      references: expect.arrayContaining([expect.stringMatching(/^https?:\/\//)]),
      cvssScore: 9.8,
    });
    expect(musl?.location).toBeUndefined();
  });

  it('takes the highest CVSS v3 score across sources', () => {
    const report = fixtureReport('pom.json.golden');
    const jackson = report.findings.find((f) => f.id === 'CVE-2020-9548');
    expect(jackson?.cvssScore).toBe(9.8); // nvd 9.8, redhat 8.1
    expect(highestCvssV3({ nvd: { V3Score: 5.3 }, redhat: { V3Score: 7.1 }, ghsa: { V2Score: 9 } })).toBe(7.1);
    expect(highestCvssV3({ nvd: { V2Score: 5 } })).toBeUndefined();
    expect(highestCvssV3(undefined)).toBeUndefined();
  });

  it('takes the image digest from Metadata.RepoDigests', () => {
    const report = fixtureReport('trivy-action__with-trivy-yaml-cfg__report.json');
    expect(report.artifactName).toBe('alpine:3.10');
    expect(report.tool.version).toBe('0.72.0');
    expect(report.artifactDigest).toBe(
      'alpine@sha256:451eee8bedcb2f029756dc3e9d73bab0e7943c1ac55cff3a4861c52a0fdd3e98',
    );
  });

  it('maps a lockfile target to a file location in repository scans', () => {
    const report = fixtureReport('npm.json.golden');
    expect(report.artifactType).toBe('repository');
    const [jquery] = report.findings;
    // Line range of the package entry, from Packages[].Locations.
    expect(jquery?.location).toEqual({ path: 'package-lock.json', startLine: 11, endLine: 15 });
    expect(jquery?.packageName).toBe('jquery');
    expect(jquery?.fixedVersion).toBe('3.4.0');
    expect(jquery?.purl).toBe('pkg:npm/jquery@3.3.9');
  });

  it('maps Trivy statuses: affected without a fix is not-fixed', () => {
    const report = fixtureReport('ubuntu-1804.json.golden');
    const bash = report.findings.find((f) => f.packageName === 'bash');
    expect(bash?.fixState).toBe('not-fixed');
    expect(bash?.fixedVersion).toBeUndefined();
    expect(report.findings.filter((f) => f.fixState === 'fixed')).toHaveLength(4);
  });

  it('reads misconfigurations with lines, message and resolution; only FAIL counts', () => {
    const report = fixtureReport('trivy-action__config-scan__report.json');
    expect(report.targets).toEqual(['.', 'main.tf']);
    const check = report.findings.find((f) => f.id === 'AWS-0086');
    expect(check).toMatchObject({
      kind: 'misconfiguration',
      severity: 'high',
      title: 'S3 Access block should block public ACL',
      message: 'No public access block so not blocking public acls',
      resolution: 'Enable blocking any PUT calls with a public ACL specified',
      location: { path: 'main.tf', startLine: 8, endLine: 10 },
      fixState: 'not-applicable',
      targetType: 'terraform',
    });
    const dockerfile = fixtureReport('dockerfile.json.golden').findings[0];
    expect(dockerfile).toMatchObject({ id: 'DS-0002', location: { path: 'Dockerfile' } });
    expect(dockerfile?.location?.startLine).toBeUndefined();
  });

  it('points helm findings at the chart archive, without lines from inside it', () => {
    const report = fixtureReport('helm.json.golden');
    for (const f of report.findings) expect(f.location).toEqual({ path: 'testchart.tar.gz' });
  });

  it('reads secrets with lines and the redacted match', () => {
    const report = fixtureReport('secrets.json.golden');
    expect(report.findings.map((f) => [f.id, f.severity, f.location, f.message])).toEqual([
      [
        'aws-access-key-id',
        'critical',
        { path: 'deploy.sh', startLine: 3, endLine: 3 },
        'export AWS_ACCESS_KEY_ID=********************',
      ],
      ['mysecret', 'high', { path: 'deploy.sh', startLine: 7, endLine: 7 }, 'echo ********'],
    ]);
  });

  it('reads licenses from an SBOM scan, without file locations', () => {
    const report = fixtureReport('license-cyclonedx.json.golden');
    expect(report.artifactType).toBe('sbom');
    expect(report.findings.map((f) => [f.id, f.severity, f.packageName, f.location])).toEqual([
      ['EPL-1.0', 'medium', 'org.eclipse.sisu:org.eclipse.sisu.plexus', undefined],
      ['BSD-3-Clause', 'low', 'org.ow2.asm:asm', undefined],
      ['MIT License', 'low', 'org.slf4j:slf4j-api', undefined],
    ]);
  });

  it('keeps targets without findings', () => {
    expect(fixtureReport('test-repo.json.golden').targets).toEqual(['Cargo.lock', 'Pipfile.lock']);
  });
});

describe('parseTrivyReport robustness', () => {
  const minimal = (results: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ SchemaVersion: 2, ArtifactName: '.', ArtifactType: 'filesystem', Results: results, ...extra });

  it('accepts missing and null arrays', () => {
    expect(parseTrivyReport(JSON.stringify({ SchemaVersion: 2 })).findings).toEqual([]);
    expect(parseTrivyReport(minimal(null)).findings).toEqual([]);
    expect(
      parseTrivyReport(minimal([{ Target: 'go.mod', Class: 'lang-pkgs', Vulnerabilities: null }])).targets,
    ).toEqual(['go.mod']);
  });

  it('maps UNKNOWN and an absent Severity to unknown', () => {
    const r = parseTrivyReport(
      minimal([
        {
          Target: 'go.sum',
          Class: 'lang-pkgs',
          Vulnerabilities: [
            { VulnerabilityID: 'X-1', PkgName: 'p', Severity: 'UNKNOWN' },
            { VulnerabilityID: 'X-2', PkgName: 'p' },
          ],
        },
      ]),
    );
    expect(r.findings.map((f) => f.severity)).toEqual(['unknown', 'unknown']);
    expect(normalizeSeverity('High')).toBe('high');
    expect(normalizeSeverity(3)).toBe('unknown');
  });

  it('dedupes exact duplicates (same id, package, version, target) but keeps other packages', () => {
    const vuln = { VulnerabilityID: 'CVE-1', PkgName: 'a', InstalledVersion: '1', Severity: 'HIGH' };
    const r = parseTrivyReport(
      minimal([
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Vulnerabilities: [vuln, vuln, { ...vuln, PkgName: 'b' }, { ...vuln, InstalledVersion: '2' }],
        },
        { Target: 'package-lock.json', Class: 'lang-pkgs', Vulnerabilities: [vuln] },
        { Target: 'web/package-lock.json', Class: 'lang-pkgs', Vulnerabilities: [vuln] },
      ]),
    );
    expect(r.findings.map((f) => `${f.packageName}@${f.packageVersion} ${f.target}`)).toEqual([
      'a@1 package-lock.json',
      'b@1 package-lock.json',
      'a@2 package-lock.json',
      'a@1 web/package-lock.json',
    ]);
  });

  it('takes the line of a lang package from Packages[].Locations', () => {
    const r = parseTrivyReport(
      minimal([
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Packages: [{ ID: 'a@1', Name: 'a', Locations: [{ StartLine: 42, EndLine: 50 }] }],
          Vulnerabilities: [
            { VulnerabilityID: 'CVE-1', PkgID: 'a@1', PkgName: 'a', InstalledVersion: '1', Severity: 'LOW' },
          ],
        },
      ]),
    );
    expect(r.findings[0]?.location).toEqual({ path: 'package-lock.json', startLine: 42, endLine: 50 });
  });

  it('gives no file locations for image contents, and none that leave the tree', () => {
    const image = parseTrivyReport(
      minimal(
        [
          {
            Target: 'app/package-lock.json',
            Class: 'lang-pkgs',
            Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'a', Severity: 'LOW' }],
          },
        ],
        {
          ArtifactType: 'container_image',
        },
      ),
    );
    expect(image.findings[0]?.location).toBeUndefined();
    const escaping = parseTrivyReport(
      minimal([
        { Target: '../etc/passwd', Class: 'secret', Secrets: [{ RuleID: 'r', Severity: 'HIGH', StartLine: 1 }] },
        { Target: '/abs/file', Class: 'secret', Secrets: [{ RuleID: 'r', Severity: 'HIGH', StartLine: 1 }] },
        {
          Target: 'Node.js',
          Class: 'lang-pkgs',
          Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'a', Severity: 'LOW' }],
        },
      ]),
    );
    expect(escaping.findings.map((f) => f.location)).toEqual([undefined, undefined, undefined]);
  });

  it('maps fix states, including reports without Status', () => {
    expect(normalizeFixState('fixed', '1.2')).toBe('fixed');
    expect(normalizeFixState('will_not_fix', undefined)).toBe('wont-fix');
    expect(normalizeFixState('end_of_life', undefined)).toBe('wont-fix');
    expect(normalizeFixState('fix_deferred', undefined)).toBe('not-fixed');
    expect(normalizeFixState(undefined, '1.2')).toBe('fixed');
    expect(normalizeFixState(undefined, undefined)).toBe('unknown');
    expect(normalizeFixState('something-new', undefined)).toBe('unknown');
  });

  it('keeps ids as aliases (VendorIDs, AVDID) without repeating the id', () => {
    const r = parseTrivyReport(
      minimal([
        {
          Target: 'go.mod',
          Class: 'lang-pkgs',
          Vulnerabilities: [
            { VulnerabilityID: 'CVE-1', VendorIDs: ['GHSA-x', 'CVE-1'], PkgName: 'a', Severity: 'LOW' },
          ],
        },
        {
          Target: 'Dockerfile',
          Class: 'config',
          Misconfigurations: [
            { ID: 'DS002', AVDID: 'AVD-DS-0002', Status: 'FAIL', Severity: 'HIGH' },
            { ID: 'DS001', Status: 'PASS', Severity: 'HIGH' },
          ],
        },
      ]),
    );
    expect(r.findings.map((f) => [f.id, f.aliases])).toEqual([
      ['CVE-1', ['GHSA-x']],
      ['DS002', ['AVD-DS-0002']],
    ]);
  });
});

describe('parseTrivyReport errors', () => {
  const expectParseError = (input: string, message: RegExp) => {
    let error: unknown;
    try {
      parseTrivyReport(input, { source: 'trivy.json' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toMatch(/^Trivy's JSON report could not be parsed \(trivy\.json\): /);
    expect((error as Error).message).toMatch(message);
  };

  it('rejects invalid JSON', () => {
    expectParseError('{"SchemaVersion": 2,,}', /JSON/);
    expectParseError('<html>rate limited</html>', /JSON/);
  });

  it('says when the JSON looks truncated', () => {
    const text = fixtureText('alpine-39.json.golden');
    expectParseError(text.slice(0, 500), /looks truncated/);
    expectParseError(text.slice(0, text.lastIndexOf('}')), /looks truncated/);
  });

  it('rejects an empty report', () => {
    expectParseError('  \n', /empty/);
  });

  it('rejects other schema versions and non-objects', () => {
    expectParseError(
      JSON.stringify({ SchemaVersion: 3, Results: [] }),
      /SchemaVersion 3; this action reads SchemaVersion 2/,
    );
    expectParseError(JSON.stringify({ SchemaVersion: '2' }), /SchemaVersion "2"/);
    expectParseError('[]', /expected a JSON object, got an array/);
    expectParseError(JSON.stringify({ SchemaVersion: 2, Results: {} }), /Results is not an array/);
  });

  it('recognizes an SBOM passed by mistake', () => {
    expectParseError(fixtureText('npm-cyclonedx.json.golden'), /no SchemaVersion \(this looks like an SBOM/);
  });

  it('accepts bytes', () => {
    expect(parseTrivyReport(Buffer.from(fixtureText('npm.json.golden'))).findings).toHaveLength(1);
  });
});

describe('malformed reports fail closed (issue 13, item 7)', () => {
  // A real report: alpine 3.9, 2 critical and 4 medium vulnerabilities.
  const real = () =>
    JSON.parse(fixtureText('alpine-39.json.golden')) as { Results: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
  const vulns = (doc: ReturnType<typeof real>) => doc.Results[0]!.Vulnerabilities as Record<string, unknown>[];

  function refusal(doc: unknown, split = false): string {
    const text = JSON.stringify(doc);
    let error: unknown;
    try {
      parseTrivyReport(split ? Buffer.from(text) : text, {
        source: 'trivy-report.json',
        ...(split ? { splitAboveBytes: 0 } : {}),
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InfrastructureError);
    return (error as Error).message;
  }

  it('reads the untouched report: 2 critical, 4 medium', () => {
    expect(countBySeverity(parseTrivyReport(JSON.stringify(real())).findings)).toEqual(
      counts({ critical: 2, medium: 4 }),
    );
  });

  it.each([
    [
      'Vulnerabilities is an object',
      (doc: ReturnType<typeof real>) => {
        doc.Results[0]!.Vulnerabilities = Object.fromEntries(vulns(doc).map((v, i) => [String(i), v]));
      },
      'Results[0].Vulnerabilities is an object, expected an array',
    ],
    [
      'VulnerabilityID is renamed',
      (doc: ReturnType<typeof real>) => {
        for (const v of vulns(doc)) {
          v.VulnID = v.VulnerabilityID;
          delete v.VulnerabilityID;
        }
      },
      'Results[0].Vulnerabilities[0].VulnerabilityID is missing, expected a non-empty string',
    ],
    [
      'Results are nested one level deeper',
      (doc: ReturnType<typeof real>) => {
        doc.Results = [{ Results: doc.Results }];
      },
      'Results[0].Target is missing, expected a string (every Trivy result names its target)',
    ],
    [
      'severities are unknown strings',
      (doc: ReturnType<typeof real>) => {
        for (const v of vulns(doc)) v.Severity = 'SEVERE';
      },
      'Results[0].Vulnerabilities[0].Severity is the string "SEVERE", not one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN',
    ],
    [
      'a result is not an object',
      (doc: ReturnType<typeof real>) => {
        doc.Results.push('alpine' as unknown as Record<string, unknown>);
      },
      'Results[1] is the string "alpine", expected an object',
    ],
    [
      'a vulnerability is not an object',
      (doc: ReturnType<typeof real>) => {
        vulns(doc).push(null as unknown as Record<string, unknown>);
      },
      'Results[0].Vulnerabilities[6] is null, expected an object',
    ],
    [
      'Secrets is a string',
      (doc: ReturnType<typeof real>) => {
        doc.Results[0]!.Secrets = 'none';
      },
      'Results[0].Secrets is the string "none", expected an array',
    ],
    [
      'a misconfiguration has an unknown Status',
      (doc: ReturnType<typeof real>) => {
        doc.Results[0]!.Misconfigurations = [{ ID: 'DS002', Status: 'FAILED', Severity: 'HIGH' }];
      },
      'Results[0].Misconfigurations[0].Status is the string "FAILED", not one of FAIL, PASS, EXCEPTION',
    ],
    [
      'a severity is a number',
      (doc: ReturnType<typeof real>) => {
        vulns(doc)[3]!.Severity = 4;
      },
      'Results[0].Vulnerabilities[3].Severity is a number, not one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN',
    ],
  ])('refuses a report where %s, naming the path', (_label, mutate, detail) => {
    const doc = real();
    mutate(doc);
    const message = refusal(doc);
    expect(message).toBe(
      `Trivy's JSON report could not be parsed (trivy-report.json): unexpected report shape: ${detail}. The report was not used ` +
        '(an unreadable report never counts as "no findings"); check that the Trivy version writes the SchemaVersion 2 JSON format this action reads.',
    );
    // the element-at-a-time path for big reports refuses it the same way
    expect(refusal(doc, true)).toBe(message);
  });
});
