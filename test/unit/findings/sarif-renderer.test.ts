import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import {
  SARIF_FINGERPRINT_KEY,
  renderSarif,
  securitySeverity,
  writeSarifFile,
  type Finding,
  type SarifLog,
  type Severity,
} from '@scs/findings';
import { validateSarif } from '../../support/sarif-schema.js';
import { FIXTURES, finding, fixtureReport, report } from './helpers.js';

/** Schema check against the official SARIF 2.1.0 schema (see test/support/sarif-schema.ts). */
function validate(doc: unknown): { valid: boolean; errors: string } {
  const errors = validateSarif(doc);
  return { valid: errors.length === 0, errors: errors.join('; ') };
}

const FIXTURE_FILES = [
  ['alpine-39.json.golden', 6],
  ['ubuntu-1804.json.golden', 5],
  ['trivy-action__with-trivy-yaml-cfg__report.json', 1],
  ['npm.json.golden', 1],
  ['pom.json.golden', 2],
  ['test-repo.json.golden', 2],
  ['dockerfile.json.golden', 1],
  ['helm.json.golden', 18],
  ['trivy-action__config-scan__report.json', 8],
  ['secrets.json.golden', 2],
  ['license-cyclonedx.json.golden', 3],
] as const;

function run(log: SarifLog) {
  const [only] = log.runs;
  if (!only) throw new Error('no run');
  return only;
}

describe('the schema validator itself', () => {
  it("accepts Trivy's own SARIF and rejects a broken document", () => {
    const trivy = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'trivy__alpine-310.sarif.golden'), 'utf8'));
    expect(validate(trivy)).toEqual({ valid: true, errors: '' });
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] }).valid).toBe(false); // run without tool
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 't' } }, results: [{ message: { text: 'x' }, level: 'critical' }] }],
      }).valid,
    ).toBe(false);
  });
});

describe('renderSarif on real reports', () => {
  it.each(FIXTURE_FILES)('%s validates against SARIF 2.1.0 with %d results', (name, count) => {
    const result = renderSarif(fixtureReport(name), { category: 'trivy-test', srcRoot: '/home/runner/work/repo/repo' });
    expect(validate(result.sarif)).toEqual({ valid: true, errors: '' });
    expect(validate(JSON.parse(result.json)).valid).toBe(true);
    const r = run(result.sarif);
    expect(r.results).toHaveLength(count);
    expect(result.omitted.total).toBe(0);
    expect(r.properties.omittedResults).toBeUndefined();
    // Every result points at a rule that exists, with the fields GitHub reads.
    for (const res of r.results) {
      const rule = r.tool.driver.rules[res.ruleIndex];
      expect(rule?.id).toBe(res.ruleId);
      expect(res.locations).toHaveLength(1);
      expect(res.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(res.partialFingerprints[SARIF_FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}:\d+$/);
      expect(['error', 'warning', 'note']).toContain(res.level);
    }
    for (const rule of r.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.help.markdown?.length).toBeGreaterThan(0);
      expect(rule.properties.tags).toContain('security');
      expect(rule.properties.tags.length).toBeLessThanOrEqual(20);
      expect(rule.properties['security-severity']).toMatch(/^\d{1,2}\.\d$/);
    }
    // Rules are deduplicated by id.
    const ids = r.tool.driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes the run header GitHub needs', () => {
    const result = renderSarif(fixtureReport('trivy-action__with-trivy-yaml-cfg__report.json'), {
      category: 'scan/image',
      srcRoot: '/home/runner/work/my repo/my repo',
    });
    expect(result.sarif.version).toBe('2.1.0');
    expect(result.sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const r = run(result.sarif);
    expect(r.automationDetails).toEqual({ id: 'scan/image/' });
    expect(r.tool.driver).toMatchObject({
      name: 'Trivy',
      version: '0.72.0',
      informationUri: 'https://github.com/aquasecurity/trivy',
    });
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/my%20repo/my%20repo/' } });
    expect(r.properties).toMatchObject({
      artifactName: 'alpine:3.10',
      artifactType: 'image',
      artifactDigest: 'alpine@sha256:451eee8bedcb2f029756dc3e9d73bab0e7943c1ac55cff3a4861c52a0fdd3e98',
    });
  });

  it('names the image for OS package findings, as Trivy does', () => {
    const r = run(
      renderSarif(fixtureReport('trivy-action__with-trivy-yaml-cfg__report.json'), { category: 'c' }).sarif,
    );
    const [res] = r.results;
    expect(res?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'alpine:3.10' },
      region: { startLine: 1 },
    });
    expect(res?.locations[0]?.message?.text).toBe('alpine:3.10: apk-tools@2.10.6-r0');
    expect(res?.level).toBe('error');
    expect(res?.message.text).toContain('Fixed Version: 2.10.7-r0');
  });

  it('makes file locations repository-relative with uriBaseId %SRCROOT% and regions', () => {
    const r = run(
      renderSarif(fixtureReport('trivy-action__config-scan__report.json'), { category: 'c', pathPrefix: './infra/' })
        .sarif,
    );
    const res = r.results.find((x) => x.ruleId === 'AWS-0090');
    expect(res?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%' },
      region: { startLine: 16, endLine: 16 },
    });
    const npm = run(renderSarif(fixtureReport('npm.json.golden'), { category: 'c' }).sarif).results[0];
    expect(npm?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'package-lock.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, endLine: 15 },
    });
    const docker = run(renderSarif(fixtureReport('dockerfile.json.golden'), { category: 'c' }).sarif).results[0];
    expect(docker?.locations[0]?.physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('maps levels and security-severity; CVSS only when it agrees with the severity band', () => {
    const r = run(renderSarif(fixtureReport('ubuntu-1804.json.golden'), { category: 'c' }).sarif);
    const rule = (id: string) => r.tool.driver.rules.find((x) => x.id === id);
    // CVE-2019-5094: MEDIUM with CVSS 6.7 → the score.
    expect(rule('CVE-2019-5094')?.properties['security-severity']).toBe('6.7');
    expect(rule('CVE-2019-5094')?.defaultConfiguration.level).toBe('warning');
    // CVE-2019-18276: LOW in Ubuntu's rating, CVSS 7.8 (high) → mapped low, so GitHub agrees with the gate.
    expect(rule('CVE-2019-18276')?.properties['security-severity']).toBe('2.0');
    expect(rule('CVE-2019-18276')?.defaultConfiguration.level).toBe('note');
    // Four packages share CVE-2019-5094: one rule, four results.
    expect(r.tool.driver.rules).toHaveLength(2);
    expect(r.results.filter((x) => x.ruleId === 'CVE-2019-5094')).toHaveLength(4);
  });

  it('security-severity defaults per severity', () => {
    const cases: [Severity, string][] = [
      ['critical', '9.5'],
      ['high', '8.0'],
      ['medium', '5.5'],
      ['low', '2.0'],
      ['unknown', '0.0'],
    ];
    for (const [severity, expected] of cases) {
      expect(securitySeverity(finding({ severity })).toFixed(1)).toBe(expected);
    }
    expect(securitySeverity(finding({ severity: 'critical', cvssScore: 9.8 }))).toBe(9.8);
    expect(securitySeverity(finding({ severity: 'critical', cvssScore: 8.1 }))).toBe(9.5);
  });

  it('keeps fingerprints stable across versions and unique per result', () => {
    const a = renderSarif(report([finding({ packageVersion: '1.0.0' })]), { category: 'c' });
    const b = renderSarif(report([finding({ packageVersion: '1.0.5', fixedVersion: '2.0.0' })]), { category: 'c' });
    expect(run(a.sarif).results[0]?.partialFingerprints).toEqual(run(b.sarif).results[0]?.partialFingerprints);
    const twice = renderSarif(report([finding(), finding({ packageVersion: '0.9' })]), { category: 'c' });
    const prints = run(twice.sarif).results.map((x) => x.partialFingerprints[SARIF_FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(2);
  });

  it('keeps hostile text inert and the document valid', () => {
    const hostile = finding({
      id: 'CVE-2099-9999',
      title: 'x <script>alert(1)</script> | pipe',
      description: '**bold** [link](javascript:alert(1))\u202E',
      primaryUrl: 'javascript:alert(1)',
      packageName: 'pkg with spaces',
      location: { path: 'dir with space/pack#age-lock.json', startLine: 3 },
    });
    const result = renderSarif(report([hostile]), { category: 'c' });
    expect(validate(result.sarif).valid).toBe(true);
    const r = run(result.sarif);
    const rule = r.tool.driver.rules[0];
    expect(rule?.helpUri).toBeUndefined();
    expect(rule?.help.markdown).not.toContain('<script>');
    expect(rule?.help.markdown).toContain('&lt;script&gt;');
    expect(rule?.fullDescription.text).not.toContain('\u202E');
    expect(r.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'dir%20with%20space/pack%23age-lock.json',
    );
  });

  it('rejects a category with spaces', () => {
    expect(() => renderSarif(report([]), { category: 'a b' })).toThrow(/category/);
  });
});

function manyFindings(count: number): Finding[] {
  const severities: Severity[] = ['critical', 'high', 'medium', 'low', 'unknown'];
  const out: Finding[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push(
      finding({
        id: `CVE-2099-${String(i).padStart(6, '0')}`,
        severity: severities[i % severities.length] as Severity,
        packageName: `package-${i}`,
        description: `Description ${i} `.repeat(20),
        target: `services/s${i % 50}/package-lock.json`,
      }),
    );
  }
  return out;
}

describe('renderSarif limits', () => {
  it('keeps at most 25,000 results, dropping the least severe first, and records them', () => {
    const findings = manyFindings(26_000); // 5,200 of each severity
    const result = renderSarif(report(findings), { category: 'big' });
    const r = run(result.sarif);
    expect(r.results).toHaveLength(25_000);
    expect(result.omitted).toEqual({
      total: 1_000,
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, unknown: 1_000 },
      reason: 'result-limit',
    });
    expect(r.properties.omittedResults).toMatchObject({ total: 1_000, reason: 'result-limit' });
    // Within a severity the order is by id: the last 1,000 unknown ones are dropped, every low one kept.
    expect(r.results.some((x) => x.ruleId === 'CVE-2099-025999')).toBe(false); // unknown, late id
    expect(r.results.some((x) => x.ruleId === 'CVE-2099-000004')).toBe(true); // unknown, early id
    expect(r.results.some((x) => x.ruleId === 'CVE-2099-025998')).toBe(true); // low
    expect(r.tool.driver.rules).toHaveLength(25_000);
  }, 60_000);

  it('shrinks to the gzip budget, least severe first', () => {
    const findings = manyFindings(3_000);
    const full = renderSarif(report(findings), { category: 'c' });
    const budget = Math.floor(full.gzipBytes / 3);
    const result = renderSarif(report(findings), { category: 'c', maxGzipBytes: budget });
    expect(result.gzipBytes).toBeLessThanOrEqual(budget);
    expect(gzipSync(result.json).length).toBe(result.gzipBytes);
    expect(gunzipSync(gzipSync(result.json)).toString()).toBe(result.json);
    const r = run(result.sarif);
    expect(result.omitted.total).toBe(3_000 - r.results.length);
    expect(result.omitted.total).toBeGreaterThan(1_000);
    expect(result.omitted.reason).toBe('size-limit');
    expect(result.omitted.bySeverity.critical).toBe(0);
    // Kept results are the most severe ones.
    const worstKept = r.results.at(-1)?.level;
    expect(worstKept).toBeDefined();
    expect(result.omitted.bySeverity.unknown).toBe(600);
  }, 60_000);

  it('a cut document is still valid SARIF, with the note in run.properties', () => {
    const result = renderSarif(report(manyFindings(10)), { category: 'c', maxResults: 4 });
    expect(validate(result.sarif)).toEqual({ valid: true, errors: '' });
    expect(run(result.sarif).results).toHaveLength(4);
    expect(run(result.sarif).properties.omittedResults).toMatchObject({
      total: 6,
      bySeverity: { critical: 0, high: 0, medium: 2, low: 2, unknown: 2 },
      reason: 'result-limit',
      note: expect.stringContaining("GitHub's upload limits"),
    });
  });
});

describe('writeSarifFile (streamed to a file)', () => {
  /** Writes through an fd that already holds longer content, as a retry or a reused file would. */
  async function written(
    reportArg: Parameters<typeof renderSarif>[0],
    options: Parameters<typeof renderSarif>[1],
  ): Promise<{ text: string; result: Awaited<ReturnType<typeof writeSarifFile>> }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-file-'));
    const file = path.join(dir, 'out.sarif');
    fs.writeFileSync(file, 'x'.repeat(200_000));
    const fd = fs.openSync(file, 'r+');
    try {
      const result = await writeSarifFile(fd, reportArg, options);
      return { text: fs.readFileSync(file, 'utf8'), result };
    } finally {
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  function expectSame(rendered: ReturnType<typeof renderSarif>, streamed: Awaited<ReturnType<typeof written>>): void {
    expect(streamed.text).toBe(rendered.json);
    expect(streamed.result).toEqual({
      bytes: Buffer.byteLength(rendered.json),
      gzipBytes: rendered.gzipBytes,
      results: run(rendered.sarif).results.length,
      omitted: rendered.omitted,
    });
  }

  it.each(FIXTURE_FILES)('%s: byte for byte what renderSarif serializes', async (name, _count) => {
    const options = { category: 'trivy-test', srcRoot: '/home/runner/work/repo/repo' };
    expectSame(renderSarif(fixtureReport(name), options), await written(fixtureReport(name), options));
  });

  it('the same when results are cut at the result limit', async () => {
    const r = report(manyFindings(10));
    expectSame(renderSarif(r, { category: 'c', maxResults: 4 }), await written(r, { category: 'c', maxResults: 4 }));
  });

  it('the same when the gzip budget cuts results (the file is rewritten shorter)', async () => {
    const r = report(manyFindings(3_000));
    const budget = Math.floor(renderSarif(r, { category: 'c' }).gzipBytes / 3);
    const rendered = renderSarif(r, { category: 'c', maxGzipBytes: budget });
    expect(rendered.omitted.reason).toBe('size-limit');
    expectSame(rendered, await written(r, { category: 'c', maxGzipBytes: budget }));
  }, 60_000);

  it('report text shaped like its internal marks stays text', async () => {
    const hostile = '"\u0000scs-sarif-rules\u0000" \u0000scs-sarif-results\u0000 "\\u0000scs-sarif-rules\\u0000"';
    const r = report([
      finding({ id: 'CVE-2099-0001', title: hostile, description: hostile, target: hostile }),
      finding({ id: 'CVE-2099-0002', severity: 'low', packageName: hostile }),
    ]);
    const options = { category: 'c', pathPrefix: '' };
    const streamed = await written({ ...r, artifactName: hostile }, options);
    expectSame(renderSarif({ ...r, artifactName: hostile }, options), streamed);
    expect(validate(JSON.parse(streamed.text))).toEqual({ valid: true, errors: '' });
  });
});
