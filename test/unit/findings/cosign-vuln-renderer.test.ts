import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  COSIGN_VULN_PREDICATE_TYPE,
  IN_TOTO_STATEMENT_TYPE,
  cosignVulnStatement,
  parseGrypeReport,
  renderCosignVulnPredicate,
  scannerPurl,
} from '@scs/findings';
import { FIXTURES, fixtureReport, fixtureText } from './helpers.js';

const CONTEXT = { serverUrl: 'https://github.com', repository: 'octo/app', runId: '123456', runAttempt: '2' };
const STARTED = new Date('2026-11-26T12:00:00.250Z');
const FINISHED = new Date('2026-11-26T12:01:30.999Z');

describe('renderCosignVulnPredicate', () => {
  it('has exactly the fields of cosign’s CosignVulnPredicate, filled from the run and the raw report', () => {
    const raw = fixtureText('alpine-39.json.golden');
    const report = fixtureReport('alpine-39.json.golden');
    const { predicate, json } = renderCosignVulnPredicate(
      { ...report, tool: { ...report.tool, version: '0.50.1' } },
      {
        rawReport: raw,
        scanStartedOn: STARTED,
        scanFinishedOn: FINISHED,
        context: CONTEXT,
        workflowRef: 'octo/app/.github/workflows/scan.yml@refs/heads/main',
        parameters: { scanner: 'trivy', 'fail-on': 'high' },
        db: { uri: 'mirror.gcr.io/aquasec/trivy-db:2', version: 'sha256:0123' },
      },
    );
    expect(COSIGN_VULN_PREDICATE_TYPE).toBe('https://cosign.sigstore.dev/attestation/vuln/v1');
    // cosign's Go struct tags: invocation{parameters,uri,event_id,builder.id}, scanner{uri,version,db{uri,version},result}, metadata{scanStartedOn,scanFinishedOn}.
    expect(Object.keys(predicate)).toEqual(['invocation', 'scanner', 'metadata']);
    expect(Object.keys(predicate.invocation).sort()).toEqual(['builder.id', 'event_id', 'parameters', 'uri']);
    expect(Object.keys(predicate.scanner).sort()).toEqual(['db', 'result', 'uri', 'version']);
    expect(Object.keys(predicate.metadata).sort()).toEqual(['scanFinishedOn', 'scanStartedOn']);

    expect(predicate.invocation).toEqual({
      parameters: { scanner: 'trivy', 'fail-on': 'high' },
      uri: 'https://github.com/octo/app/actions/runs/123456/attempts/2',
      event_id: '123456',
      'builder.id': 'https://github.com/octo/app/.github/workflows/scan.yml@refs/heads/main',
    });
    expect(predicate.scanner.uri).toBe('pkg:github/aquasecurity/trivy@v0.50.1');
    expect(predicate.scanner.version).toBe('0.50.1');
    expect(predicate.scanner.db).toEqual({ uri: 'mirror.gcr.io/aquasec/trivy-db:2', version: 'sha256:0123' });
    // The tool's report, unchanged.
    expect(predicate.scanner.result).toEqual(JSON.parse(raw));
    // RFC 3339 UTC, whole seconds (Go's time.Time decodes it).
    expect(predicate.metadata).toEqual({
      scanStartedOn: '2026-11-26T12:00:00Z',
      scanFinishedOn: '2026-11-26T12:01:30Z',
    });
    expect(JSON.parse(json)).toEqual(predicate);
  });

  it('outside a GitHub run, every string field is still present (empty), as Trivy writes them', () => {
    const report = fixtureReport('npm.json.golden');
    const { predicate } = renderCosignVulnPredicate(report, {
      rawReport: { SchemaVersion: 2 },
      scanStartedOn: STARTED,
      scanFinishedOn: FINISHED,
    });
    expect(predicate.invocation).toEqual({ parameters: null, uri: '', event_id: '', 'builder.id': '' });
    expect(predicate.scanner.db).toEqual({ uri: '', version: '' });
    expect(predicate.scanner.uri).toBe('pkg:github/aquasecurity/trivy@dev');
    expect(predicate.scanner.version).toBe('dev');
  });

  it('takes a Grype report and names Grype', () => {
    const raw = fs.readFileSync(path.join(FIXTURES, 'grype', 'TestJsonImgsPresenter.golden.json'), 'utf8');
    const report = parseGrypeReport(raw);
    const { predicate } = renderCosignVulnPredicate(report, {
      rawReport: Buffer.from(raw),
      scanStartedOn: STARTED,
      scanFinishedOn: FINISHED,
      context: CONTEXT,
    });
    expect(predicate.scanner.uri).toMatch(/^pkg:github\/anchore\/grype/);
    expect((predicate.scanner.result as { descriptor: { name: string } }).descriptor.name).toBe('grype');
  });

  it('refuses a raw report that is not JSON, and invalid dates', () => {
    const report = fixtureReport('npm.json.golden');
    expect(() =>
      renderCosignVulnPredicate(report, { rawReport: '{oops', scanStartedOn: STARTED, scanFinishedOn: FINISHED }),
    ).toThrow(/not JSON/);
    expect(() =>
      renderCosignVulnPredicate(report, { rawReport: {}, scanStartedOn: new Date('nope'), scanFinishedOn: FINISHED }),
    ).toThrow(/valid dates/);
  });

  it('wraps into an in-toto v1 statement about the image digest', () => {
    const { predicate } = renderCosignVulnPredicate(fixtureReport('npm.json.golden'), {
      rawReport: {},
      scanStartedOn: STARTED,
      scanFinishedOn: FINISHED,
    });
    const digest = 'c'.repeat(64);
    expect(cosignVulnStatement(predicate, [{ name: 'ghcr.io/octo/app', digest: { sha256: digest } }])).toEqual({
      _type: IN_TOTO_STATEMENT_TYPE,
      subject: [{ name: 'ghcr.io/octo/app', digest: { sha256: digest } }],
      predicateType: COSIGN_VULN_PREDICATE_TYPE,
      predicate,
    });
    expect(() => cosignVulnStatement(predicate, [])).toThrow(/subject/);
  });

  it.each([
    ['https://github.com/aquasecurity/trivy', '0.50.1', 'pkg:github/aquasecurity/trivy@v0.50.1'],
    ['https://github.com/anchore/grype', 'v0.74.0', 'pkg:github/anchore/grype@v0.74.0'],
    ['https://github.com/anchore/grype', undefined, 'pkg:github/anchore/grype'],
    ['https://example.com/scanner', '1.0', 'https://example.com/scanner'],
  ])('scannerPurl(%s, %s) = %s', (uri, version, expected) => {
    expect(scannerPurl(uri, version)).toBe(expected);
  });
});
