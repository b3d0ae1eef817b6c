import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import type { Finding } from '@scs/findings';
import { canonicalTarget, diffAgainstBaseline, findingKey, parseBaselineReport } from '@scs/findings';
import { FIXTURES, finding, fixtureText } from './helpers.js';

const secret = (overrides: Partial<Finding> = {}) =>
  finding({
    kind: 'secret',
    id: 'aws-access-key-id',
    severity: 'critical',
    title: 'AWS Access Key ID',
    target: 'config/settings.env',
    packageName: undefined,
    packageVersion: undefined,
    fixedVersion: undefined,
    fixState: 'not-applicable',
    message: 'AWS_ACCESS_KEY_ID=********************',
    location: { path: 'config/settings.env', startLine: 3, endLine: 3 },
    ...overrides,
  });

const osVuln = (image: string, os: string, overrides: Partial<Finding> = {}) =>
  finding({
    id: 'CVE-2099-1000',
    target: `${image} (${os})`,
    targetType: 'alpine',
    packageName: 'openssl',
    packageVersion: '3.1.2-r0',
    ...overrides,
  });

type Row = [string, Finding[], Finding[], { added: number; fixed: number; unchanged: number }];

const ROWS: Row[] = [
  [
    'identical scans',
    [finding(), finding({ id: 'CVE-2099-0002' })],
    [finding(), finding({ id: 'CVE-2099-0002' })],
    { added: 0, fixed: 0, unchanged: 2 },
  ],
  ['nothing before: all new', [finding(), secret()], [], { added: 2, fixed: 0, unchanged: 0 }],
  ['nothing now: all fixed', [], [finding(), secret()], { added: 0, fixed: 2, unchanged: 0 }],
  [
    'a finding moved lines',
    [secret({ location: { path: 'config/settings.env', startLine: 40 } })],
    [secret()],
    { added: 0, fixed: 0, unchanged: 1 },
  ],
  [
    'the package was bumped but is still affected (versions are not in the key)',
    [finding({ packageVersion: '1.0.1', fixedVersion: '1.0.2' })],
    [finding({ packageVersion: '1.0.0', fixedVersion: '1.0.1' })],
    { added: 0, fixed: 0, unchanged: 1 },
  ],
  ['a new CVE', [finding(), finding({ id: 'CVE-2099-0009' })], [finding()], { added: 1, fixed: 0, unchanged: 1 }],
  [
    'the same CVE in another package',
    [finding({ packageName: 'right-pad' })],
    [finding()],
    { added: 1, fixed: 1, unchanged: 0 },
  ],
  [
    'the same CVE in another lockfile',
    [finding({ target: 'web/package-lock.json' })],
    [finding()],
    { added: 1, fixed: 1, unchanged: 0 },
  ],
  [
    'a secret became a misconfiguration with the same id',
    [secret({ kind: 'misconfiguration' })],
    [secret()],
    { added: 1, fixed: 1, unchanged: 0 },
  ],
  [
    'the image tag and the OS point release changed (OS packages are keyed by distribution)',
    [osVuln('ghcr.io/octo/app:pr-42', 'alpine 3.19.1')],
    [osVuln('ghcr.io/octo/app:main', 'alpine 3.18.4')],
    { added: 0, fixed: 0, unchanged: 1 },
  ],
  [
    'a GHSA id now and its CVE before (keyed by the CVE)',
    [finding({ id: 'GHSA-xxxx-yyyy-zzzz', aliases: ['CVE-2099-0001'] })],
    [finding({ id: 'CVE-2099-0001', aliases: ['GHSA-xxxx-yyyy-zzzz'] })],
    { added: 0, fixed: 0, unchanged: 1 },
  ],
  [
    'target written with ./ or a leading / (Grype)',
    [finding({ target: '/package-lock.json' })],
    [finding({ target: './package-lock.json' })],
    { added: 0, fixed: 0, unchanged: 1 },
  ],
  [
    'three secrets of one rule in one file against two: one new',
    [
      secret(),
      secret({ location: { path: 'config/settings.env', startLine: 9 } }),
      secret({ location: { path: 'config/settings.env', startLine: 20 } }),
    ],
    [secret(), secret({ location: { path: 'config/settings.env', startLine: 9 } })],
    { added: 1, fixed: 0, unchanged: 2 },
  ],
  [
    'one secret of a rule left of two: one fixed',
    [secret()],
    [secret(), secret({ message: 'AWS_ACCESS_KEY_ID=***other' })],
    { added: 0, fixed: 1, unchanged: 1 },
  ],
];

describe('diffAgainstBaseline', () => {
  it.each(ROWS)('%s', (_name, current, baseline, counts) => {
    const diff = diffAgainstBaseline(current, baseline);
    expect({ added: diff.added.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length }).toEqual(counts);
    // Every finding lands in exactly one list: current = added + unchanged; baseline = fixed + matched.
    expect(diff.added.length + diff.unchanged.length).toBe(current.length);
    expect(diff.fixed.length + diff.unchanged.length).toBe(baseline.length);
  });

  it('returns the current findings as unchanged and the baseline ones as fixed, most severe first', () => {
    const now = [
      finding({ id: 'CVE-1', severity: 'low' }),
      finding({ id: 'CVE-2', severity: 'critical', packageVersion: '2.0.0' }),
    ];
    const before = [
      finding({ id: 'CVE-2', severity: 'critical', packageVersion: '1.0.0' }),
      finding({ id: 'CVE-3', severity: 'high' }),
      finding({ id: 'CVE-4', severity: 'critical' }),
    ];
    const diff = diffAgainstBaseline(now, before);
    expect(diff.added.map((f) => f.id)).toEqual(['CVE-1']);
    expect(diff.unchanged).toEqual([now[1]]);
    expect(diff.fixed.map((f) => f.id)).toEqual(['CVE-4', 'CVE-3']);
  });

  it('pairs same-message duplicates first: the changed secret is the new one', () => {
    const a = secret({ message: 'KEY=***a' });
    const b = secret({ message: 'KEY=***b' });
    const c = secret({ message: 'KEY=***c' });
    // Order alone would call `b` new here; by message it is `c`.
    expect(diffAgainstBaseline([c, a, b], [a, b]).added).toEqual([c]);
    // Same count, one message changed (an edited line): nothing new, nothing fixed.
    const edited = diffAgainstBaseline([c, a], [a, b]);
    expect(edited.added).toEqual([]);
    expect(edited.fixed).toEqual([]);
    expect(edited.unchanged).toHaveLength(2);
  });

  it('a real Trivy image report against itself under another tag: nothing new', () => {
    const text = fixtureText('alpine-39.json.golden');
    const current = parseBaselineReport(text, 'current.json');
    const retagged = parseBaselineReport(
      text.split('testdata/fixtures/images/alpine-39.tar.gz').join('ghcr.io/octo/app:main'),
      'baseline.json',
    );
    expect(current.findings.length).toBeGreaterThan(0);
    const diff = diffAgainstBaseline(current.findings, retagged.findings);
    expect(diff.added).toEqual([]);
    expect(diff.fixed).toEqual([]);
    expect(diff.unchanged).toHaveLength(current.findings.length);
  });
});

describe('findingKey', () => {
  it('leaves out lines, versions, severity and titles', () => {
    const base = finding({ location: { path: 'package-lock.json', startLine: 5 } });
    const moved = finding({
      location: { path: 'package-lock.json', startLine: 500 },
      packageVersion: '9.9.9',
      fixedVersion: '10.0.0',
      severity: 'low',
      title: 'Another title',
      cvssScore: 3.1,
    });
    expect(findingKey(moved)).toBe(findingKey(base));
  });

  it.each([
    ['alpine:3.10 (alpine 3.10.9)', 'alpine', 'os:alpine'],
    ['amzn (amazon 2 (Karoo))', 'amazon', 'os:amazon'],
    ['redhat 9.1', 'redhat', 'os:redhat'],
    ['img (debian 12.5)', undefined, 'os:debian'],
    ['./web/package-lock.json', 'npm', 'web/package-lock.json'],
    ['/usr/lib/node_modules/npm/package.json', 'node-pkg', 'usr/lib/node_modules/npm/package.json'],
    ['Node.js', 'node-pkg', 'Node.js'],
  ])('canonicalTarget(%j, %j) = %j', (target, targetType, expected) => {
    expect(canonicalTarget(finding({ target, ...(targetType ? { targetType } : {}) }))).toBe(expected);
  });
});

describe('parseBaselineReport', () => {
  it('reads a Trivy JSON report', () => {
    const report = parseBaselineReport(fixtureText('npm.json.golden'), 'base/trivy-report.json');
    expect(report.tool.name).toBe('Trivy');
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('reads a Grype JSON report', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'grype', 'TestJsonImgsPresenter.golden.json'), 'utf8');
    const report = parseBaselineReport(text, 'base/grype-report.json');
    expect(report.tool.name).toBe('Grype');
    expect(report.findings).toHaveLength(2);
  });

  it.each([
    ['', /baseline report b\.json is empty/],
    ['{"SchemaVersion": ', /baseline report b\.json is not JSON/],
    ['{"bomFormat": "CycloneDX", "specVersion": "1.6"}', /neither a Trivy JSON report .* nor a Grype JSON report/],
    ['{"matches": [], "descriptor": {"name": "syft"}}', /neither a Trivy/],
    ['{"SchemaVersion": 1, "Results": []}', /baseline report b\.json cannot be used: .*SchemaVersion 1/],
  ])('refuses %j with a ConfigurationError', (text, message) => {
    let error: unknown;
    try {
      parseBaselineReport(text, 'b.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });
});
