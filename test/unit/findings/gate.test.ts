import { describe, expect, it } from '@jest/globals';
import {
  atOrAbove,
  evaluateGate,
  filterBySeverity,
  filterFindings,
  gateMessage,
  parseSeverity,
  severitiesAtOrAbove,
  type GatePolicy,
} from '@scs/findings';
import { finding, fixtureReport } from './helpers.js';

type Row = [fixture: string, failOn: GatePolicy['failOn'], onlyFixed: boolean, tripped: number];

// Counts derived from the fixtures' severities and FixedVersion fields (jq), see trivy-parser.test.ts.
const TABLE: Row[] = [
  // ubuntu-1804: 4 medium (all fixed), 1 low (affected, no fix)
  ['ubuntu-1804.json.golden', 'critical', false, 0],
  ['ubuntu-1804.json.golden', 'high', false, 0],
  ['ubuntu-1804.json.golden', 'medium', false, 4],
  ['ubuntu-1804.json.golden', 'medium', true, 4],
  ['ubuntu-1804.json.golden', 'low', false, 5],
  ['ubuntu-1804.json.golden', 'low', true, 4],
  ['ubuntu-1804.json.golden', 'unknown', false, 5],
  ['ubuntu-1804.json.golden', 'unknown', true, 4],
  ['ubuntu-1804.json.golden', 'none', false, 0],
  // alpine-39: 2 critical, 4 medium, all fixed
  ['alpine-39.json.golden', 'critical', false, 2],
  ['alpine-39.json.golden', 'critical', true, 2],
  ['alpine-39.json.golden', 'high', true, 2],
  ['alpine-39.json.golden', 'medium', true, 6],
  ['alpine-39.json.golden', 'low', false, 6],
  ['alpine-39.json.golden', 'none', true, 0],
  // secrets: 1 critical, 1 high; only-fixed does not apply to secrets
  ['secrets.json.golden', 'critical', true, 1],
  ['secrets.json.golden', 'high', true, 2],
  ['secrets.json.golden', 'high', false, 2],
  // terraform misconfigurations: 5 high, 1 medium, 2 low; only-fixed does not apply
  ['trivy-action__config-scan__report.json', 'high', true, 5],
  ['trivy-action__config-scan__report.json', 'medium', true, 6],
  ['trivy-action__config-scan__report.json', 'low', false, 8],
  // licenses: 1 medium, 2 low
  ['license-cyclonedx.json.golden', 'medium', true, 1],
  ['license-cyclonedx.json.golden', 'low', true, 3],
];

describe('how unknown gates (issue 13, item 7)', () => {
  it('an unrated finding trips fail-on: low (any finding) and unknown, nothing stricter', () => {
    const unrated = [finding({ severity: 'unknown', fixState: 'fixed' })];
    expect(evaluateGate(unrated, { failOn: 'low', onlyFixed: false }).outcome).toBe('fail');
    expect(evaluateGate(unrated, { failOn: 'unknown', onlyFixed: false }).outcome).toBe('fail');
    expect(evaluateGate(unrated, { failOn: 'medium', onlyFixed: false }).outcome).toBe('pass');
    expect(evaluateGate(unrated, { failOn: 'none', onlyFixed: false }).outcome).toBe('pass');
  });
});

describe('evaluateGate', () => {
  it.each(TABLE)('%s fail-on=%s only-fixed=%s → %d tripped', (fixture, failOn, onlyFixed, expected) => {
    const result = evaluateGate(fixtureReport(fixture).findings, { failOn, onlyFixed });
    expect(result.tripped).toHaveLength(expected);
    expect(result.outcome).toBe(expected > 0 ? 'fail' : 'pass');
  });

  it('counts a vulnerability with a fixed version but no status as fixable', () => {
    const f = finding({ fixState: 'unknown', fixedVersion: '2.0' });
    expect(evaluateGate([f], { failOn: 'high', onlyFixed: true }).outcome).toBe('fail');
    const g = finding({ fixState: 'wont-fix', fixedVersion: undefined });
    expect(evaluateGate([g], { failOn: 'high', onlyFixed: true }).outcome).toBe('pass');
    expect(evaluateGate([g], { failOn: 'high', onlyFixed: false }).outcome).toBe('fail');
  });

  it('lists tripped findings most severe first', () => {
    const result = evaluateGate(fixtureReport('alpine-39.json.golden').findings, {
      failOn: 'medium',
      onlyFixed: false,
    });
    expect(result.tripped.map((f) => f.severity)).toEqual([
      'critical',
      'critical',
      'medium',
      'medium',
      'medium',
      'medium',
    ]);
  });
});

describe('gateMessage', () => {
  it('names counts per severity and the top offenders', () => {
    const result = evaluateGate(fixtureReport('alpine-39.json.golden').findings, { failOn: 'medium', onlyFixed: true });
    const message = gateMessage(result, { top: 3 });
    const lines = message.split('\n');
    expect(lines[0]).toBe(
      'Severity gate failed: 6 findings at or above MEDIUM (vulnerabilities only when a fix is available): 2 critical, 4 medium.',
    );
    expect(lines[1]).toBe('Top 3 offenders:');
    expect(lines[2]).toBe(
      '  - CRITICAL CVE-2019-14697 musl 1.1.20-r4 → 1.1.20-r5 (testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4))',
    );
    expect(lines).toHaveLength(6);
    expect(lines[5]).toMatch(/…and 3 more/);
  });

  it('describes non-vulnerability offenders with their location', () => {
    const result = evaluateGate(fixtureReport('secrets.json.golden').findings, { failOn: 'high', onlyFixed: false });
    expect(gateMessage(result)).toContain('  - CRITICAL aws-access-key-id secret: AWS Access Key ID (deploy.sh:3)');
  });

  it('passes and disabled', () => {
    const findings = fixtureReport('ubuntu-1804.json.golden').findings;
    expect(gateMessage(evaluateGate(findings, { failOn: 'high', onlyFixed: false }))).toBe(
      'Severity gate passed: no findings at or above HIGH.',
    );
    expect(gateMessage(evaluateGate(findings, { failOn: 'none', onlyFixed: false }))).toBe(
      'Severity gate disabled (fail-on: none).',
    );
  });

  it('keeps hostile package names on one line without invisible characters', () => {
    const hostile = finding({ packageName: 'evil\n::error::pwned\u202E', title: 'x' });
    const message = gateMessage(evaluateGate([hostile], { failOn: 'low', onlyFixed: false }));
    const offender = message.split('\n').find((l) => l.startsWith('  - '));
    expect(offender).toBe('  - HIGH CVE-2099-0001 evil ::error::pwned 1.0.0 → 1.0.1 (package-lock.json)');
  });
});

describe('filters', () => {
  it('severity helpers', () => {
    expect(atOrAbove('critical', 'high')).toBe(true);
    expect(atOrAbove('low', 'medium')).toBe(false);
    expect(atOrAbove('unknown', 'unknown')).toBe(true);
    expect(parseSeverity(' HIGH ')).toBe('high');
    expect(parseSeverity('hgh')).toBeUndefined();
    expect(severitiesAtOrAbove('medium')).toEqual(['critical', 'high', 'medium']);
  });

  it('filterBySeverity takes a threshold or a list', () => {
    const findings = fixtureReport('helm.json.golden').findings; // 3 high, 4 medium, 11 low
    expect(filterBySeverity(findings, 'medium')).toHaveLength(7);
    expect(filterBySeverity(findings, ['high', 'low'])).toHaveLength(14);
    expect(filterBySeverity(findings, [])).toHaveLength(0);
  });

  it('filterFindings combines kinds, only-fixed and ignored ids (aliases too)', () => {
    const findings = [
      finding({ id: 'CVE-1', aliases: ['GHSA-aaaa'] }),
      finding({ id: 'CVE-2', fixState: 'not-fixed', fixedVersion: undefined }),
      finding({
        id: 'DS002',
        kind: 'misconfiguration',
        fixState: 'not-applicable',
        fixedVersion: undefined,
        severity: 'low',
      }),
    ];
    expect(filterFindings(findings, { onlyFixed: true }).map((f) => f.id)).toEqual(['CVE-1', 'DS002']);
    expect(filterFindings(findings, { ignoreIds: ['ghsa-AAAA'] }).map((f) => f.id)).toEqual(['CVE-2', 'DS002']);
    expect(filterFindings(findings, { kinds: ['misconfiguration'] }).map((f) => f.id)).toEqual(['DS002']);
    expect(filterFindings(findings, { minSeverity: 'high' }).map((f) => f.id)).toEqual(['CVE-1', 'CVE-2']);
  });
});
