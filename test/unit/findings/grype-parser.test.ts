import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { emitAnnotations, InfrastructureError } from '@scs/action-kit';
import {
  countBySeverity,
  evaluateGate,
  findingsToAnnotations,
  grypeReportFromJson,
  highestGrypeCvssV3,
  normalizeGrypeFixState,
  normalizeGrypeSeverity,
  parseGrypeReport,
  parseTrivyReport,
  type Finding,
  type ScanReport,
  type SeverityCounts,
} from '@scs/findings';
import { FIXTURES } from './helpers.js';

function grypeText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'grype', name), 'utf8');
}

function grypeFixture(name: string): ScanReport {
  return parseGrypeReport(grypeText(name), { source: name });
}

function counts(c: Partial<SeverityCounts>): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0, ...c };
}

function tally<T extends string>(values: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

// Computed independently from the JSON with jq:
//   jq -c '[.matches[]? | .vulnerability.severity] | group_by(.) | map({(.[0]): length}) | add'
//   jq -c '[.matches[]? | .vulnerability.fix.state] | group_by(.) | map({(.[0]): length}) | add'
// (an empty state with no versions is "unknown"; with versions it would be "fixed").
const EXPECTED: [string, SeverityCounts, Record<string, number>][] = [
  ['keycloak-test.json', counts({ low: 6 }), { 'wont-fix': 6 }],
  ['chainguard-ruby-test.json', counts({ high: 3 }), { fixed: 2, unknown: 1 }],
  ['TestJsonImgsPresenter.golden.json', counts({ critical: 1, low: 1 }), { fixed: 1, unknown: 1 }],
  ['TestJsonDirsPresenter.golden.json', counts({ critical: 1, low: 1 }), { fixed: 1, unknown: 1 }],
  ['TestEmptyJsonPresenter.golden.json', counts({}), {}],
];

describe('parseGrypeReport on real Grype output', () => {
  it.each(EXPECTED)('%s: counts per severity and fix state', (name, expected, fixStates) => {
    const report = grypeFixture(name);
    expect(countBySeverity(report.findings)).toEqual(expected);
    expect(tally(report.findings.map((f) => f.fixState))).toEqual(fixStates);
    for (const f of report.findings) expect(f.kind).toBe('vulnerability');
  });

  it('reads an image scan (grype 0.66.0, RHEL 9): tool, artifact, digest, distro target, wont-fix', () => {
    const report = grypeFixture('keycloak-test.json');
    expect(report.tool).toEqual({
      name: 'Grype',
      version: '0.66.0',
      informationUri: 'https://github.com/anchore/grype',
    });
    expect(report.artifactType).toBe('image');
    expect(report.artifactName).toBe(
      'docker.io/keycloak/keycloak:21.0.2@sha256:347a0d748d05a050dc64b92de2246d2240db6eb38afbc17c3c08d0acb0db1b50',
    );
    // The repo digest of the scanned repository (docker.io/ is implied), as Trivy reports it.
    expect(report.artifactDigest).toBe(
      'keycloak/keycloak@sha256:347a0d748d05a050dc64b92de2246d2240db6eb38afbc17c3c08d0acb0db1b50',
    );
    expect(report.targets).toEqual(['redhat 9.1']);
    expect(report.findings.map((f) => f.packageName)).toEqual([
      'nspr',
      'nss',
      'nss-softokn',
      'nss-softokn-freebl',
      'nss-sysinit',
      'nss-util',
    ]);
    const nss = report.findings.find((f) => f.packageName === 'nss');
    expect(nss).toEqual({
      kind: 'vulnerability',
      id: 'CVE-2020-12413',
      aliases: [],
      severity: 'low',
      title: 'A flaw was found in Mozilla nss.',
      description: expect.stringMatching(/^A flaw was found in Mozilla nss\. A raccoon attack exploits/),
      target: 'redhat 9.1',
      targetType: 'redhat',
      packageName: 'nss',
      packageVersion: '3.79.0-17.el9_1',
      purl: 'pkg:rpm/rhel/nss@3.79.0-17.el9_1?arch=x86_64&upstream=nss-3.79.0-17.el9_1.src.rpm&distro=rhel-9.1',
      fixState: 'wont-fix',
      primaryUrl: 'https://access.redhat.com/security/cve/CVE-2020-12413',
      references: expect.arrayContaining(['https://access.redhat.com/security/cve/CVE-2020-12413']),
      cvssScore: 5.9,
    });
    // OS packages never point at a file; an image scan has no repository files at all.
    for (const f of report.findings) expect(f.location).toBeUndefined();
    // The gate's only-fixed treats wont-fix as no fix.
    expect(evaluateGate(report.findings, { failOn: 'low', onlyFixed: true }).outcome).toBe('pass');
    expect(evaluateGate(report.findings, { failOn: 'low', onlyFixed: false }).tripped).toHaveLength(6);
  });

  it('reads a Wolfi image (grype 0.61.1): CVE ↔ GHSA aliases, fixed versions, language package targets', () => {
    const report = grypeFixture('chainguard-ruby-test.json');
    expect(report.tool.version).toBe('0.61.1');
    expect(report.artifactName).toBe('cgr.dev/chainguard/ruby:latest-3.0');
    expect(report.artifactDigest).toBe(
      'cgr.dev/chainguard/ruby@sha256:3c9afb4f188827ea1062ec3b8acea32893236a0d7df31e0498df93486cff0978',
    );
    expect(report.targets).toEqual([
      'wolfi 20221118',
      'usr/lib/ruby/gems/3.0.0/specifications/default/uri-0.10.1.gemspec',
    ]);

    const rows = report.findings.map((f) => [
      f.id,
      f.aliases,
      f.packageName,
      f.target,
      f.targetType,
      f.fixState,
      f.fixedVersion,
      f.cvssScore,
    ]);
    expect(rows).toEqual([
      // The distro record lists itself among related (NVD) records: not an alias. Its CVSS comes from the NVD record.
      ['CVE-2023-28755', [], 'ruby-3.0', 'wolfi 20221118', 'wolfi', 'fixed', '3.0.6-r0', 7.5],
      [
        'CVE-2023-28755',
        [],
        'uri',
        'usr/lib/ruby/gems/3.0.0/specifications/default/uri-0.10.1.gemspec',
        'gem',
        'unknown',
        undefined,
        7.5,
      ],
      [
        'GHSA-hv5j-3h9f-99c2',
        ['CVE-2023-28755'],
        'uri',
        'usr/lib/ruby/gems/3.0.0/specifications/default/uri-0.10.1.gemspec',
        'gem',
        'fixed',
        '0.10.2',
        7.5,
      ],
    ]);
    const [distro, cpe, ghsa] = report.findings;
    expect(ghsa?.primaryUrl).toBe('https://github.com/advisories/GHSA-hv5j-3h9f-99c2');
    expect(ghsa?.purl).toBe('pkg:gem/uri@0.10.1');
    expect(ghsa?.title).toBe('Ruby URI component ReDoS issue');
    // The Wolfi record has no description: the related NVD record's is used.
    expect(distro?.title).toBe(
      'A ReDoS issue was discovered in the URI component through 0.12.0 in Ruby through 3.2.1.',
    );
    // Its own URL first, then the related records' (9 distinct).
    expect(distro?.references[0]).toBe('http://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2023-28755');
    expect(distro?.references).toHaveLength(9);
    expect(distro?.primaryUrl).toBe('http://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2023-28755');
    expect(cpe?.references).toHaveLength(8);
    for (const f of report.findings) expect(f.location).toBeUndefined();
  });

  it('reads the current format (epss, risk, knownExploited, suggestedVersion): several fixed versions, empty state', () => {
    const report = grypeFixture('TestJsonImgsPresenter.golden.json');
    // "[not provided]" is not a version.
    expect(report.tool.version).toBeUndefined();
    expect(report.artifactName).toBe('user-input');
    // No repo digests: the manifest digest under the scanned name.
    expect(report.artifactDigest).toBe(
      'user-input@sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5',
    );
    expect(report.targets).toEqual(['centos 8.0']);
    const [first, second] = report.findings;
    expect(first).toMatchObject({
      id: 'CVE-1999-0001',
      severity: 'low',
      fixState: 'fixed',
      fixedVersion: '1.2.1, 2.1.3, 3.4.0',
      cvssScore: 8.2,
      title: 'CVE-1999-0001',
    });
    expect(first?.purl).toBeUndefined();
    expect(first?.primaryUrl).toBeUndefined();
    expect(second).toMatchObject({
      id: 'CVE-1999-0002',
      severity: 'critical',
      fixState: 'unknown',
      purl: 'pkg:deb/package-2@2.2.2',
      cvssScore: 8.5,
    });
    expect(second?.fixedVersion).toBeUndefined();
  });

  it('reads a directory scan: OS packages group under the distro and get no file location', () => {
    const report = grypeFixture('TestJsonDirsPresenter.golden.json');
    expect(report.artifactType).toBe('filesystem');
    expect(report.artifactName).toBe('/some/path');
    expect(report.artifactDigest).toBeUndefined();
    expect(report.findings.map((f) => [f.target, f.location])).toEqual([
      ['centos 8.0', undefined],
      ['centos 8.0', undefined],
    ]);
  });

  it('reads an empty report (no matches, unknown source)', () => {
    const report = grypeFixture('TestEmptyJsonPresenter.golden.json');
    expect(report).toEqual({
      tool: { name: 'Grype', informationUri: 'https://github.com/anchore/grype' },
      artifactName: '',
      artifactType: 'unknown',
      findings: [],
      targets: ['centos 8.0'],
    });
  });
});

/** A Grype document around the given matches (the real shape, trimmed). */
function grypeDoc(matches: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    matches,
    source: { type: 'directory', target: '/home/runner/work/app/app' },
    distro: { name: '', version: '', idLike: null },
    descriptor: { name: 'grype', version: '0.120.1', timestamp: '2026-07-01T00:00:00Z' },
    ...extra,
  };
}

function npmMatch(
  overrides: { vulnerability?: Record<string, unknown>; artifact?: Record<string, unknown>; related?: unknown[] } = {},
): Record<string, unknown> {
  return {
    vulnerability: {
      id: 'GHSA-35jh-r3h4-6jhm',
      dataSource: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
      namespace: 'github:language:javascript',
      severity: 'High',
      urls: ['https://github.com/advisories/GHSA-35jh-r3h4-6jhm'],
      description: 'Command Injection in lodash',
      cvss: [{ version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', metrics: { baseScore: 7.2 } }],
      fix: { versions: ['4.17.21'], state: 'fixed' },
      advisories: [],
      ...overrides.vulnerability,
    },
    relatedVulnerabilities: overrides.related ?? [
      {
        id: 'CVE-2021-23337',
        dataSource: 'https://nvd.nist.gov/vuln/detail/CVE-2021-23337',
        namespace: 'nvd:cpe',
        severity: 'High',
        urls: ['https://snyk.io/vuln/SNYK-JS-LODASH-1040724'],
        description: 'Lodash versions prior to 4.17.21 are vulnerable to Command Injection via the template function.',
        cvss: [
          { version: '2.0', metrics: { baseScore: 6.5 } },
          { version: '3.1', metrics: { baseScore: 7.2 } },
        ],
      },
    ],
    matchDetails: [{ type: 'exact-direct-match', matcher: 'javascript-matcher' }],
    artifact: {
      id: 'bb3fa8a3c3cbd3ae',
      name: 'lodash',
      version: '4.17.20',
      type: 'npm',
      locations: [{ path: '/package-lock.json' }],
      language: 'javascript',
      licenses: [],
      cpes: [],
      purl: 'pkg:npm/lodash@4.17.20',
      upstreams: [],
      ...overrides.artifact,
    },
  };
}

describe('parseGrypeReport: language packages, locations, aliases', () => {
  it('points a directory scan finding at the lockfile, relative to the scanned directory', () => {
    const report = grypeReportFromJson(
      grypeDoc([npmMatch(), npmMatch({ artifact: { locations: [{ path: '/web/yarn.lock' }] } })]),
    );
    expect(report.artifactType).toBe('filesystem');
    expect(report.targets).toEqual(['package-lock.json', 'web/yarn.lock']);
    expect(report.findings.map((f) => [f.target, f.location])).toEqual([
      ['package-lock.json', { path: 'package-lock.json' }],
      ['web/yarn.lock', { path: 'web/yarn.lock' }],
    ]);
    expect(report.findings[0]).toMatchObject({
      id: 'GHSA-35jh-r3h4-6jhm',
      aliases: ['CVE-2021-23337'],
      targetType: 'npm',
      title: 'Command Injection in lodash',
      cvssScore: 7.2,
      references: ['https://github.com/advisories/GHSA-35jh-r3h4-6jhm', 'https://snyk.io/vuln/SNYK-JS-LODASH-1040724'],
    });
  });

  it('dedupes aliases and drops the id itself; picks the highest v3 score over all records', () => {
    const related = [
      { id: 'CVE-2021-23337', cvss: [{ version: '3.0', metrics: { baseScore: 9.1 } }] },
      { id: 'CVE-2021-23337' },
      { id: 'GHSA-35jh-r3h4-6jhm' },
      {
        id: 'CVE-2099-0001',
        cvss: [
          { version: '4.0', metrics: { baseScore: 10 } },
          { version: '2.0', metrics: { baseScore: 10 } },
        ],
      },
    ];
    const [f] = grypeReportFromJson(grypeDoc([npmMatch({ related })])).findings;
    expect(f?.aliases).toEqual(['CVE-2021-23337', 'CVE-2099-0001']);
    expect(f?.cvssScore).toBe(9.1);
    expect(highestGrypeCvssV3([{ version: '3.1', metrics: { baseScore: 11 } }], 'x', null)).toBeUndefined();
  });

  it('gives no location for image and SBOM scans, nor for paths leaving the tree', () => {
    const image = grypeReportFromJson(
      grypeDoc([npmMatch({ artifact: { locations: [{ path: '/app/package-lock.json' }] } })], {
        source: {
          type: 'image',
          target: {
            userInput: 'registry:ghcr.io/o/a:1',
            manifestDigest: 'sha256:' + 'b'.repeat(64),
            repoDigests: [],
            tags: [],
          },
        },
      }),
    );
    expect(image.artifactName).toBe('ghcr.io/o/a:1');
    expect(image.artifactDigest).toBe(`ghcr.io/o/a@sha256:${'b'.repeat(64)}`);
    expect(image.findings[0]).toMatchObject({ target: 'app/package-lock.json' });
    expect(image.findings[0]?.location).toBeUndefined();

    // An SBOM of a directory: Grype reports the SBOM's own source; the action says it scanned an SBOM.
    const sbom = grypeReportFromJson(grypeDoc([npmMatch()]), { artifactType: 'sbom' });
    expect(sbom.artifactType).toBe('sbom');
    expect(sbom.findings[0]?.location).toBeUndefined();

    const escaping = grypeReportFromJson(
      grypeDoc([npmMatch({ artifact: { locations: [{ path: '/../../etc/passwd' }] } })]),
    );
    expect(escaping.findings[0]?.location).toBeUndefined();
    expect(escaping.findings[0]?.target).toBe('Node.js');
  });

  it('names the ecosystem when a package has no location (SBOM components), as Trivy does', () => {
    const r = grypeReportFromJson(
      grypeDoc(
        [
          npmMatch({ artifact: { locations: [] } }),
          npmMatch({
            artifact: {
              name: 'log4j-core',
              type: 'java-archive',
              locations: [],
              purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
            },
          }),
          npmMatch({ artifact: { name: 'thing', type: 'weird-new-type', locations: [] } }),
        ],
        { source: { type: 'unknown', target: 'unknown' } },
      ),
    );
    expect(r.findings.map((f) => f.target)).toEqual(['Node.js', 'Java', 'weird-new-type']);
    expect(r.artifactName).toBe('');
  });

  it('dedupes exact duplicates (same id, package, version, target) but keeps the rest', () => {
    const r = grypeReportFromJson(
      grypeDoc([
        npmMatch(),
        npmMatch(),
        npmMatch({ artifact: { version: '4.17.19' } }),
        npmMatch({ artifact: { locations: [{ path: '/web/package-lock.json' }] } }),
      ]),
    );
    expect(r.findings.map((f) => `${f.packageName}@${f.packageVersion} ${f.target}`)).toEqual([
      'lodash@4.17.20 package-lock.json',
      'lodash@4.17.19 package-lock.json',
      'lodash@4.17.20 web/package-lock.json',
    ]);
  });
});

describe('severity and fix state mapping', () => {
  it.each([
    ['Critical', 'critical'],
    ['High', 'high'],
    ['Medium', 'medium'],
    ['Low', 'low'],
    // Negligible → low: what Trivy reports for Ubuntu "negligible" / Debian "unimportant".
    ['Negligible', 'low'],
    ['negligible', 'low'],
    ['Unknown', 'unknown'],
    ['', 'unknown'],
    ['SUPER', 'unknown'],
    [7, 'unknown'],
    [undefined, 'unknown'],
  ])('%p → %s', (input, expected) => {
    expect(normalizeGrypeSeverity(input)).toBe(expected);
  });

  it.each<[unknown, string[], Finding['fixState']]>([
    ['fixed', ['1.0.1'], 'fixed'],
    ['fixed', [], 'fixed'],
    ['not-fixed', [], 'not-fixed'],
    ['wont-fix', [], 'wont-fix'],
    ['unknown', [], 'unknown'],
    ['', ['2.0'], 'fixed'],
    ['', [], 'unknown'],
    [undefined, [], 'unknown'],
    ['something-new', ['1'], 'unknown'],
  ])('fix state %p with %p → %s', (state, versions, expected) => {
    expect(normalizeGrypeFixState(state, versions)).toBe(expected);
  });
});

describe('parseGrypeReport robustness', () => {
  it('rejects empty, truncated and non-JSON input as an infrastructure failure', () => {
    expect(() => parseGrypeReport('', { source: 'grype.json' })).toThrow(InfrastructureError);
    expect(() => parseGrypeReport('  \n', { source: 'grype.json' })).toThrow(
      "Grype's JSON report could not be parsed (grype.json): the report is empty",
    );
    const truncated = grypeText('keycloak-test.json').slice(0, 5000);
    expect(() => parseGrypeReport(truncated, { source: 'grype.json' })).toThrow(
      /could not be parsed \(grype\.json\): .*looks truncated/,
    );
    expect(() => parseGrypeReport(Buffer.from('not json'))).toThrow(/^Grype's JSON report could not be parsed: /);
  });

  it('rejects documents that are not Grype reports, saying what they look like', () => {
    const expectFailure = (data: unknown, message: RegExp) => {
      let error: unknown;
      try {
        grypeReportFromJson(data, { source: 'r.json' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InfrastructureError);
      expect((error as Error).message).toMatch(message);
    };
    expectFailure([], /expected a JSON object, got an array/);
    expectFailure(null, /expected a JSON object, got null/);
    expectFailure(
      JSON.parse(grypeText('TestCycloneDxPresenterImage.golden.json')),
      /no `matches` array \(this looks like a CycloneDX document: run Grype with `-o json`\)/,
    );
    expectFailure(JSON.parse(grypeText('TestSarifPresenter_image.golden.sarif')), /looks like SARIF/);
    expectFailure({ SchemaVersion: 2, Results: [] }, /looks like a Trivy report/);
    expectFailure({ matches: {} }, /a `matches` field that is not an array/);
  });

  it('accepts a Grype document with null matches, and optional fields of the wrong type', () => {
    expect(grypeReportFromJson({ matches: null, descriptor: { name: 'grype' } }).findings).toEqual([]);
    const r = grypeReportFromJson(
      grypeDoc([{ vulnerability: { id: 'CVE-1', fix: 'x', urls: 'nope', cvss: {} }, artifact: {} }]),
    );
    expect(r.findings).toEqual([
      {
        kind: 'vulnerability',
        id: 'CVE-1',
        aliases: [],
        severity: 'unknown',
        title: 'CVE-1',
        target: '/home/runner/work/app/app',
        references: [],
        fixState: 'unknown',
      },
    ]);
  });

  it('keeps hostile text as data: workflow commands in descriptions and names stay inert in annotations', () => {
    const hostile = grypeReportFromJson(
      grypeDoc([
        npmMatch({
          vulnerability: {
            description: '::error file=x::pwned\n::set-output name=a::b \u202Eevil',
            severity: 'Critical',
          },
          artifact: { name: 'pkg\r\n::add-mask::z', locations: [{ path: '/dir,with:delims/package-lock.json' }] },
        }),
      ]),
    );
    const [f] = hostile.findings;
    expect(f?.title).toBe('::error file=x::pwned ::set-output name=a::b \u202Eevil');
    expect(f?.description).toContain('\n::set-output');
    expect(f?.packageName).toBe('pkg\r\n::add-mask::z');
    const lines: string[] = [];
    emitAnnotations(findingsToAnnotations(hostile.findings, { pathPrefix: 'app' }), {
      overflowMessage: (n) => `${n} more`,
      write: (line) => lines.push(line),
    });
    const physical = lines.join('\n').split(/\r\n|\r|\n/);
    expect(physical).toHaveLength(1);
    expect(physical[0]).toMatch(/^::error file=app\/dir%2Cwith%3Adelims\/package-lock\.json,title=/);
    expect(physical[0]).not.toMatch(/\n|\r/);
  });
});

describe('malformed Grype reports fail closed (issue 13, item 7)', () => {
  const real = () =>
    JSON.parse(grypeText('TestJsonImgsPresenter.golden.json')) as {
      matches: Record<string, Record<string, unknown>>[];
    };

  it('reads the untouched report', () => {
    expect(
      grypeReportFromJson(real())
        .findings.map((f) => f.severity)
        .sort(),
    ).toEqual(['critical', 'low']);
  });

  it.each([
    [
      'vulnerability.id is renamed',
      (doc: ReturnType<typeof real>) => {
        for (const m of doc.matches) {
          m.vulnerability!.ID = m.vulnerability!.id;
          delete m.vulnerability!.id;
        }
      },
      'matches[0].vulnerability.id is missing, expected a non-empty string',
    ],
    [
      'vulnerability is renamed',
      (doc: ReturnType<typeof real>) => {
        for (const m of doc.matches) {
          m.vuln = m.vulnerability!;
          delete m.vulnerability;
        }
      },
      'matches[0].vulnerability is missing, expected an object',
    ],
    [
      'severities are unknown strings',
      (doc: ReturnType<typeof real>) => {
        for (const m of doc.matches) m.vulnerability!.severity = 'Severe';
      },
      'matches[0].vulnerability.severity is the string "Severe", not one of Critical, High, Medium, Low, Negligible, Unknown',
    ],
    [
      'a match is nested one level deeper',
      (doc: ReturnType<typeof real>) => {
        doc.matches = [{ match: doc.matches[0]! } as unknown as Record<string, Record<string, unknown>>];
      },
      'matches[0].vulnerability is missing, expected an object',
    ],
    [
      'a match is not an object',
      (doc: ReturnType<typeof real>) => {
        doc.matches.push('CVE-1' as unknown as Record<string, Record<string, unknown>>);
      },
      'matches[2] is the string "CVE-1", expected an object',
    ],
    [
      'the artifact is missing',
      (doc: ReturnType<typeof real>) => {
        delete (doc.matches[1] as Record<string, unknown>).artifact;
      },
      'matches[1].artifact is missing, expected an object',
    ],
  ])('refuses a report where %s, naming the path', (_label, mutate, detail) => {
    const doc = real();
    mutate(doc);
    expect(() => parseGrypeReport(JSON.stringify(doc), { source: 'grype.json' })).toThrow(InfrastructureError);
    expect(() => parseGrypeReport(JSON.stringify(doc), { source: 'grype.json' })).toThrow(
      `Grype's JSON report could not be parsed (grype.json): unexpected report shape: ${detail}. The report was not used`,
    );
  });

  it('maps Unknown and an absent severity to unknown', () => {
    const doc = real();
    doc.matches[0]!.vulnerability!.severity = 'Unknown';
    delete doc.matches[1]!.vulnerability!.severity;
    expect(grypeReportFromJson(doc).findings.map((f) => f.severity)).toEqual(['unknown', 'unknown']);
  });
});

describe('equivalence: the same vulnerability from Trivy and from Grype', () => {
  const DIGEST = 'sha256:5bbd1f8b3a0b8e8f2c2c9c8f9a2a4f6e7d1c3b5a7f9e1d3c5b7a9f1e3d5c7b9a';
  // Minimal documents in each tool's real shape, describing the same scan.
  const trivyImage = {
    SchemaVersion: 2,
    ArtifactName: 'ghcr.io/org/app:1.0',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'alpine', Name: '3.10.9' }, RepoDigests: [`ghcr.io/org/app@${DIGEST}`] },
    Results: [
      {
        Target: 'ghcr.io/org/app:1.0 (alpine 3.10.9)',
        Class: 'os-pkgs',
        Type: 'alpine',
        Vulnerabilities: [
          {
            VulnerabilityID: 'CVE-2021-36159',
            PkgID: 'apk-tools@2.10.6-r0',
            PkgName: 'apk-tools',
            PkgIdentifier: { PURL: 'pkg:apk/alpine/apk-tools@2.10.6-r0?arch=x86_64&distro=3.10.9' },
            InstalledVersion: '2.10.6-r0',
            FixedVersion: '2.10.7-r0',
            Status: 'fixed',
            Severity: 'CRITICAL',
            Title: 'libfetch: an out of boundary read while libfetch uses strtol to parse the relevant numbers',
            CVSS: { nvd: { V3Score: 9.1 } },
          },
          {
            VulnerabilityID: 'CVE-2021-3711',
            PkgName: 'libcrypto1.1',
            InstalledVersion: '1.1.1k-r0',
            Status: 'affected',
            Severity: 'CRITICAL',
            CVSS: { nvd: { V3Score: 9.8 } },
          },
        ],
      },
    ],
  };
  const grypeImage = {
    matches: [
      {
        vulnerability: {
          id: 'CVE-2021-36159',
          dataSource: 'https://security.alpinelinux.org/vuln/CVE-2021-36159',
          namespace: 'alpine:distro:alpine:3.10',
          severity: 'Critical',
          urls: [],
          cvss: [],
          fix: { versions: ['2.10.7-r0'], state: 'fixed' },
          advisories: [],
        },
        relatedVulnerabilities: [
          {
            id: 'CVE-2021-36159',
            namespace: 'nvd:cpe',
            severity: 'Critical',
            cvss: [{ version: '3.1', metrics: { baseScore: 9.1 } }],
          },
        ],
        matchDetails: [{ type: 'exact-direct-match', matcher: 'apk-matcher' }],
        artifact: {
          name: 'apk-tools',
          version: '2.10.6-r0',
          type: 'apk',
          locations: [{ path: '/lib/apk/db/installed' }],
          purl: 'pkg:apk/alpine/apk-tools@2.10.6-r0?arch=x86_64&distro=alpine-3.10.9',
        },
      },
      {
        vulnerability: {
          id: 'CVE-2021-3711',
          severity: 'Critical',
          cvss: [],
          fix: { versions: [], state: 'not-fixed' },
        },
        relatedVulnerabilities: [{ id: 'CVE-2021-3711', cvss: [{ version: '3.1', metrics: { baseScore: 9.8 } }] }],
        artifact: {
          name: 'libcrypto1.1',
          version: '1.1.1k-r0',
          type: 'apk',
          locations: [{ path: '/lib/apk/db/installed' }],
        },
      },
    ],
    source: {
      type: 'image',
      target: {
        userInput: 'ghcr.io/org/app:1.0',
        manifestDigest: DIGEST,
        repoDigests: [`ghcr.io/org/app@${DIGEST}`],
        tags: [],
      },
    },
    distro: { name: 'alpine', version: '3.10.9', idLike: [] },
    descriptor: { name: 'grype', version: '0.120.1' },
  };

  // The fields every renderer, the gate and the outputs key on.
  const essentials = (f: Finding | undefined) => ({
    kind: f?.kind,
    ids: [f?.id, ...(f?.aliases ?? [])].sort(),
    severity: f?.severity,
    packageName: f?.packageName,
    packageVersion: f?.packageVersion,
    fixedVersion: f?.fixedVersion,
    fixState: f?.fixState,
    cvssScore: f?.cvssScore,
    location: f?.location,
  });

  it('OS packages in an image: same ids, severity, package, fix, score, digest, gate verdict', () => {
    const trivy = parseTrivyReport(JSON.stringify(trivyImage));
    const grype = parseGrypeReport(JSON.stringify(grypeImage));
    expect(grype.findings.map(essentials)).toEqual(trivy.findings.map(essentials));
    expect(grype.findings[0]?.id).toBe(trivy.findings[0]?.id);
    expect(grype.findings.map((f) => f.targetType)).toEqual(trivy.findings.map((f) => f.targetType));
    expect(grype.artifactDigest).toBe(trivy.artifactDigest);
    expect(grype.artifactType).toBe(trivy.artifactType);
    for (const policy of [
      { failOn: 'critical' as const, onlyFixed: true },
      { failOn: 'critical' as const, onlyFixed: false },
      { failOn: 'none' as const, onlyFixed: false },
    ]) {
      expect(evaluateGate(grype.findings, policy).tripped.map(essentials)).toEqual(
        evaluateGate(trivy.findings, policy).tripped.map(essentials),
      );
    }
  });

  it('RHEL wont-fix and Ubuntu negligible: Trivy will_not_fix/LOW ↔ Grype wont-fix/Negligible', () => {
    const trivy = parseTrivyReport(
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: 'img',
        ArtifactType: 'container_image',
        Results: [
          {
            Target: 'img (redhat 9.1)',
            Class: 'os-pkgs',
            Type: 'redhat',
            Vulnerabilities: [
              {
                VulnerabilityID: 'CVE-2020-12413',
                PkgName: 'nss',
                InstalledVersion: '3.79.0-17.el9_1',
                Status: 'will_not_fix',
                Severity: 'LOW',
              },
            ],
          },
          {
            Target: 'img (ubuntu 22.04)',
            Class: 'os-pkgs',
            Type: 'ubuntu',
            Vulnerabilities: [
              // Trivy's JSON already says LOW for Ubuntu's "negligible" (VendorSeverity ubuntu: 1).
              {
                VulnerabilityID: 'CVE-2016-2781',
                PkgName: 'coreutils',
                InstalledVersion: '8.32-4.1ubuntu1',
                Status: 'affected',
                Severity: 'LOW',
                VendorSeverity: { ubuntu: 1 },
              },
            ],
          },
        ],
      }),
    );
    const grype = grypeReportFromJson({
      matches: [
        {
          vulnerability: { id: 'CVE-2020-12413', severity: 'Low', fix: { versions: [], state: 'wont-fix' } },
          artifact: { name: 'nss', version: '3.79.0-17.el9_1', type: 'rpm' },
        },
        {
          vulnerability: { id: 'CVE-2016-2781', severity: 'Negligible', fix: { versions: [], state: 'not-fixed' } },
          artifact: { name: 'coreutils', version: '8.32-4.1ubuntu1', type: 'deb' },
        },
      ],
      source: { type: 'image', target: { userInput: 'img' } },
      distro: { name: 'ubuntu', version: '22.04' },
      descriptor: { name: 'grype' },
    });
    expect(grype.findings.map(essentials)).toEqual(trivy.findings.map(essentials));
    expect(countBySeverity(grype.findings)).toEqual(countBySeverity(trivy.findings));
  });

  it('a lockfile in a directory scan: same target and file location; CVE and GHSA ids cover each other', () => {
    const trivy = parseTrivyReport(
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: '.',
        ArtifactType: 'filesystem',
        Results: [
          {
            Target: 'package-lock.json',
            Class: 'lang-pkgs',
            Type: 'npm',
            Vulnerabilities: [
              {
                VulnerabilityID: 'CVE-2021-23337',
                VendorIDs: ['GHSA-35jh-r3h4-6jhm'],
                PkgName: 'lodash',
                PkgIdentifier: { PURL: 'pkg:npm/lodash@4.17.20' },
                InstalledVersion: '4.17.20',
                FixedVersion: '4.17.21',
                Status: 'fixed',
                Severity: 'HIGH',
                CVSS: { ghsa: { V3Score: 7.2 }, nvd: { V3Score: 7.2 } },
              },
            ],
          },
        ],
      }),
    );
    const grype = grypeReportFromJson(grypeDoc([npmMatch()]));
    expect(essentials(grype.findings[0])).toEqual(essentials(trivy.findings[0]));
    expect(grype.findings[0]?.target).toBe(trivy.findings[0]?.target);
    expect(grype.findings[0]?.purl).toBe(trivy.findings[0]?.purl);
    expect(grype.findings[0]?.location).toEqual({ path: 'package-lock.json' });
  });
});
