import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, ScanReport } from '@scs/findings';
import { parseTrivyReport } from '@scs/findings';

export const FIXTURES = path.resolve(process.cwd(), 'test', 'fixtures');

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'trivy', name), 'utf8');
}

export function fixtureReport(name: string): ScanReport {
  return parseTrivyReport(fixtureText(name), { source: name });
}

/** A synthetic finding with sensible defaults. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    kind: 'vulnerability',
    id: 'CVE-2099-0001',
    aliases: [],
    severity: 'high',
    title: 'Example vulnerability',
    target: 'package-lock.json',
    packageName: 'left-pad',
    packageVersion: '1.0.0',
    fixedVersion: '1.0.1',
    fixState: 'fixed',
    references: [],
    ...overrides,
  };
}

export function report(findings: Finding[], overrides: Partial<ScanReport> = {}): ScanReport {
  return {
    tool: { name: 'Trivy', version: '0.75.0', informationUri: 'https://github.com/aquasecurity/trivy' },
    artifactName: '.',
    artifactType: 'filesystem',
    findings,
    targets: [...new Set(findings.map((f) => f.target))],
    ...overrides,
  };
}
