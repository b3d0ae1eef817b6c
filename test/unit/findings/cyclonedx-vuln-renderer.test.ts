import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CYCLONEDX_SPEC_VERSION,
  parseGrypeReport,
  renderCycloneDxVulnerabilities,
  vulnerabilitySource,
} from '@scs/findings';
import { FIXTURES, finding, fixtureReport, report } from './helpers.js';

const require = createRequire(import.meta.url);

interface CdxLibrary {
  Validation: { JsonStrictValidator: new (version: string) => { validate(json: string): Promise<unknown> } };
}

/** Schema violations against the official CycloneDX 1.6 JSON schema (strict), [] when valid. */
let validator: { validate(json: string): Promise<unknown> } | undefined;
async function validate(json: string): Promise<unknown[]> {
  const { Validation } = require('@cyclonedx/cyclonedx-library') as CdxLibrary;
  validator ??= new Validation.JsonStrictValidator('1.6');
  const result = await validator.validate(json);
  if (result === null || result === undefined) return [];
  return Array.isArray(result) ? result : [result];
}

const FIXED = { timestamp: '2026-11-26T12:00:00Z', serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79' };

interface Bom {
  metadata: { component: Record<string, unknown>; tools: { components: Record<string, unknown>[] } };
  components: { 'bom-ref': string; name: string; version?: string; purl?: string }[];
  vulnerabilities: {
    id: string;
    source?: { name?: string; url?: string };
    references?: { id: string; source: object }[];
    ratings: { severity: string; score?: number; method?: string }[];
    description?: string;
    recommendation?: string;
    advisories?: { url: string }[];
    affects: { ref: string; versions?: { version: string; status: string }[] }[];
  }[];
}

describe('renderCycloneDxVulnerabilities', () => {
  it('a synthetic report: components, vulnerabilities, ratings, affects, recommendation', async () => {
    const findings = [
      finding({
        id: 'CVE-2099-0001',
        aliases: ['GHSA-jfh8-c2jp-5v3q'],
        severity: 'high',
        cvssScore: 9.8,
        purl: 'pkg:npm/left-pad@1.0.0',
        description: 'Left-pad pads wrongly.',
        title: 'left-pad: padding',
        primaryUrl: 'https://avd.aquasec.com/nvd/cve-2099-0001',
        references: ['https://example.com/advisory', 'javascript:alert(1)'],
        fixedVersion: '1.0.1, 2.0.0',
      }),
      // The same CVE in the same package in another lockfile: one component, one vulnerability.
      finding({
        id: 'CVE-2099-0001',
        target: 'web/package-lock.json',
        purl: 'pkg:npm/left-pad@1.0.0',
        fixedVersion: '1.0.1, 2.0.0',
      }),
      finding({
        id: 'ALAS-2099-001',
        severity: 'medium',
        packageName: 'curl',
        packageVersion: '7.0',
        purl: undefined,
        target: 'img (amazon 2 (Karoo))',
        fixedVersion: undefined,
        fixState: 'wont-fix',
      }),
      finding({ kind: 'secret', id: 'aws-access-key-id', packageName: undefined }),
    ];
    const result = renderCycloneDxVulnerabilities(
      report(findings, {
        artifactName: 'ghcr.io/octo/app:1',
        artifactType: 'image',
        artifactDigest: `ghcr.io/octo/app@sha256:${'ab'.repeat(32)}`,
      }),
      FIXED,
    );

    expect(await validate(result.json)).toEqual([]);
    expect(result.omitted).toBe(1);
    const bom = result.bom as unknown as Bom & Record<string, unknown>;
    expect(bom).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: CYCLONEDX_SPEC_VERSION,
      version: 1,
      serialNumber: FIXED.serialNumber,
    });
    expect(bom.metadata.component).toEqual({
      'bom-ref': 'scs:artifact',
      type: 'container',
      name: 'ghcr.io/octo/app:1',
      version: `sha256:${'ab'.repeat(32)}`,
    });
    expect(bom.metadata.tools.components[0]).toMatchObject({ type: 'application', name: 'Trivy', version: '0.75.0' });

    expect(bom.components.map((c) => c['bom-ref'])).toEqual([
      'pkg:npm/left-pad@1.0.0',
      'scs:component:img (amazon 2 (Karoo)):curl@7.0',
    ]);
    expect(bom.components[0]).toMatchObject({ name: 'left-pad', version: '1.0.0', purl: 'pkg:npm/left-pad@1.0.0' });

    const [cve, alas] = bom.vulnerabilities;
    expect(cve).toMatchObject({
      id: 'CVE-2099-0001',
      source: { name: 'NVD', url: 'https://nvd.nist.gov/vuln/detail/CVE-2099-0001' },
      references: [
        {
          id: 'GHSA-jfh8-c2jp-5v3q',
          source: { name: 'GitHub Advisory Database', url: 'https://github.com/advisories/GHSA-jfh8-c2jp-5v3q' },
        },
      ],
      ratings: [{ severity: 'high' }, { score: 9.8, severity: 'critical', method: 'CVSSv3' }],
      description: 'Left-pad pads wrongly.',
      recommendation: 'Upgrade left-pad to 1.0.1, 2.0.0.',
      affects: [
        {
          ref: 'pkg:npm/left-pad@1.0.0',
          versions: [
            { version: '1.0.0', status: 'affected' },
            { version: '1.0.1', status: 'unaffected' },
            { version: '2.0.0', status: 'unaffected' },
          ],
        },
      ],
    });
    // Only http(s) links become advisories.
    expect(cve?.advisories).toEqual([
      { url: 'https://avd.aquasec.com/nvd/cve-2099-0001' },
      { url: 'https://example.com/advisory' },
    ]);
    expect(alas).toMatchObject({
      id: 'ALAS-2099-001',
      ratings: [{ severity: 'medium' }],
      affects: [
        { ref: 'scs:component:img (amazon 2 (Karoo)):curl@7.0', versions: [{ version: '7.0', status: 'affected' }] },
      ],
    });
    expect(alas?.recommendation).toMatch(/won't fix/);
  });

  it('is reproducible with a fixed timestamp and serial number', () => {
    const r = report([finding()]);
    expect(renderCycloneDxVulnerabilities(r, FIXED).json).toBe(renderCycloneDxVulnerabilities(r, FIXED).json);
    expect(renderCycloneDxVulnerabilities(r).bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it.each(['alpine-39.json.golden', 'npm.json.golden', 'ubuntu-1804.json.golden', 'pom.json.golden'])(
    'a real Trivy report (%s) validates against the CycloneDX 1.6 schema',
    async (name) => {
      const r = fixtureReport(name);
      const result = renderCycloneDxVulnerabilities(r);
      expect(await validate(result.json)).toEqual([]);
      const bom = result.bom as unknown as Bom;
      const vulnCount = r.findings.filter((f) => f.kind === 'vulnerability').length;
      expect(vulnCount).toBeGreaterThan(0);
      // Every affects ref points at a component, and bom-refs are unique.
      const refs = new Set(bom.components.map((c) => c['bom-ref']));
      expect(refs.size).toBe(bom.components.length);
      for (const v of bom.vulnerabilities) for (const a of v.affects) expect(refs.has(a.ref)).toBe(true);
      // Every vulnerability finding is represented.
      const affected = bom.vulnerabilities.reduce((n, v) => n + v.affects.length, 0);
      expect(affected).toBeGreaterThan(0);
      expect(new Set(bom.vulnerabilities.map((v) => v.id)).size).toBe(
        new Set(r.findings.filter((f) => f.kind === 'vulnerability').map((f) => f.id)).size,
      );
    },
  );

  it.each(['keycloak-test.json', 'TestJsonImgsPresenter.golden.json'])(
    'a real Grype report (%s) validates too',
    async (name) => {
      const r = parseGrypeReport(fs.readFileSync(path.join(FIXTURES, 'grype', name), 'utf8'), { source: name });
      const result = renderCycloneDxVulnerabilities(r, FIXED);
      expect(await validate(result.json)).toEqual([]);
      expect((result.bom as unknown as Bom).vulnerabilities.length).toBeGreaterThan(0);
    },
  );

  it('an empty scan is still a valid document', async () => {
    const result = renderCycloneDxVulnerabilities(report([], { artifactName: '' }), FIXED);
    expect(await validate(result.json)).toEqual([]);
    expect(result.bom.vulnerabilities).toEqual([]);
  });

  it('the validator does reject a broken document (so the checks above can fail)', async () => {
    const result = renderCycloneDxVulnerabilities(report([finding()]), FIXED);
    const broken = JSON.parse(result.json);
    broken.vulnerabilities[0].ratings[0].severity = 'severe';
    expect(await validate(JSON.stringify(broken))).not.toEqual([]);
  });

  it.each([
    ['CVE-2021-44228', { name: 'NVD', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-44228' }],
    [
      'GHSA-jfh8-c2jp-5v3q',
      { name: 'GitHub Advisory Database', url: 'https://github.com/advisories/GHSA-jfh8-c2jp-5v3q' },
    ],
    ['RHSA-2024:0001', {}],
  ])('vulnerabilitySource(%s)', (id, expected) => {
    expect(vulnerabilitySource(id)).toEqual(expected);
  });
});
