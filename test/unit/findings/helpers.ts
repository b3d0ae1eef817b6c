import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
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

const require = createRequire(path.join(process.cwd(), 'package.json'));

/**
 * Validator for the SARIF 2.1.0 schema shipped in @microsoft/jest-sarif
 * (sarif-2.1.0-rtm.5.json, JSON Schema draft-04 → ajv-draft-04).
 */
export async function sarifValidator(): Promise<(doc: unknown) => { valid: boolean; errors: string }> {
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  const { default: Ajv04 } = (await import('ajv-draft-04')) as unknown as { default: new (opts: object) => AjvLike };
  const { default: addFormats } = (await import('ajv-formats')) as unknown as { default: (ajv: AjvLike) => void };
  // The rtm.5 schema's `language` pattern has a stray `]` that is invalid in a
  // unicode (`u`) regular expression, which Ajv 8 uses; compile patterns
  // without the flag, as draft-04 validators of its time did.
  const regExp = Object.assign((pattern: string, flags: string) => new RegExp(pattern, flags.replace('u', '')), {
    code: 'new RegExp',
  });
  const ajv = new Ajv04({ allErrors: true, strict: false, code: { regExp } });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (doc) => {
    const valid = validate(doc) as boolean;
    return { valid, errors: valid ? '' : ajv.errorsText(validate.errors) };
  };
}

interface AjvLike {
  compile(schema: object): ((doc: unknown) => boolean) & { errors?: unknown };
  errorsText(errors: unknown): string;
}
