import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import {
  COSIGN_VULN_V1,
  MAX_PREDICATE_BYTES,
  cosignVulnProblems,
  customPredicateFromFile,
  parseJsonObject,
  readJsonObjectFile,
  sbomPredicateFrom,
  sbomPredicateFromFile,
  vulnPredicateFrom,
  vulnPredicateFromFile,
} from '@scs/attestation';
import { parseTrivyReport, renderCosignVulnPredicate } from '@scs/findings';
import { REPO_ROOT } from '../../support/action-harness.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed predicates, read field by field
type JsonObject = Record<string, any>;
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-predicate-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('SBOM predicates', () => {
  it('attests a CycloneDX document as https://cyclonedx.org/bom, the whole document as the predicate', async () => {
    const file = fixture('syft', 'cyclonedxjson__identify-1.6.json');
    const sbom = await sbomPredicateFromFile(file);
    expect(sbom).toMatchObject({ format: 'cyclonedx', version: '1.6', predicateType: 'https://cyclonedx.org/bom' });
    expect(sbom.predicate).toEqual(readJson(file));
  });

  it('versions the SPDX type from spdxVersion', async () => {
    const sbom = await sbomPredicateFromFile(fixture('syft', 'spdxjson__identify-2.3.json'));
    expect(sbom).toMatchObject({ format: 'spdx', version: '2.3', predicateType: 'https://spdx.dev/Document/v2.3' });
    expect(sbomPredicateFrom({ spdxVersion: 'SPDX-2.2', SPDXID: 'SPDXRef-DOCUMENT' }).predicateType).toBe(
      'https://spdx.dev/Document/v2.2',
    );
  });

  it.each([
    [readJson(fixture('syft', 'syftjson__alpine.syft.json')), /Syft JSON document/],
    [
      readJson(fixture('trivy', 'alpine-39.json.golden')),
      /a Trivy report: expected a CycloneDX JSON or SPDX JSON SBOM/,
    ],
    [{ bomFormat: 'SomethingElse' }, /only CycloneDX JSON and SPDX JSON/],
    [{ bomFormat: 'CycloneDX', specVersion: '2.0' }, /specVersion '2.0'; expected 1.x/],
    [{ spdxVersion: 'SPDX-2.3 ', SPDXID: 'x' }, /expected SPDX-<major>.<minor>/],
    [{ spdxVersion: 'SPDX-2.3' }, /no SPDXID/],
    [{ hello: 'world' }, /is not an SBOM/],
  ])('refuses other documents clearly (%#)', (doc, reason) => {
    expect(() => sbomPredicateFrom(doc)).toThrow(ConfigurationError);
    expect(() => sbomPredicateFrom(doc)).toThrow(reason);
  });

  it('refuses XML, tag-value, arrays and files over 16 MiB', async () => {
    await expect(sbomPredicateFromFile(tempFile('bom.xml', '<?xml version="1.0"?><bom/>'))).rejects.toThrow(
      /not valid JSON \(it looks like XML\)/,
    );
    await expect(
      sbomPredicateFromFile(tempFile('bom.spdx', 'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n')),
    ).rejects.toThrow(/tag-value/);
    await expect(sbomPredicateFromFile(tempFile('bom.json', '[]'))).rejects.toThrow(
      /must be a JSON object, got an array/,
    );
    const big = tempFile('big.json', Buffer.alloc(MAX_PREDICATE_BYTES + 1, 0x20));
    await expect(sbomPredicateFromFile(big)).rejects.toThrow(
      /is 16,777,217 bytes; a predicate may be at most 16 MiB \(16,777,216 bytes\)/,
    );
  });
});

describe('vuln predicates', () => {
  const context = { serverUrl: 'https://github.com', repository: 'octo-org/app', runId: '42', runAttempt: '3' };
  const workflowRef = 'octo-org/app/.github/workflows/release.yml@refs/tags/v1';

  it('renders a Trivy report with @scs/findings, the report as scanner.result and its CreatedAt as the scan time', async () => {
    const file = fixture('trivy', 'alpine-39.json.golden');
    const vuln = await vulnPredicateFromFile(file, { context, workflowRef });
    expect(vuln.predicateType).toBe(COSIGN_VULN_V1);
    expect(vuln.source).toBe('trivy');
    const predicate = vuln.predicate as JsonObject;
    expect(predicate.scanner.result).toEqual(readJson(file));
    expect(predicate.scanner.uri).toBe('pkg:github/aquasecurity/trivy@dev');
    expect(predicate.metadata).toEqual({
      scanStartedOn: '2021-08-25T12:20:30Z',
      scanFinishedOn: '2021-08-25T12:20:30Z',
    });
    expect(predicate.invocation).toEqual({
      parameters: null,
      uri: 'https://github.com/octo-org/app/actions/runs/42/attempts/3',
      event_id: '42',
      'builder.id': `https://github.com/${workflowRef}`,
    });
    expect(cosignVulnProblems(vuln.predicate)).toEqual([]);
  });

  it('renders a Grype report; without a report time it uses now', async () => {
    const vuln = await vulnPredicateFromFile(fixture('grype', 'TestJsonImgsPresenter.golden.json'), {
      now: () => new Date('2026-11-26T10:00:00.123Z'),
    });
    expect(vuln.source).toBe('grype');
    expect((vuln.predicate as JsonObject).scanner.uri).toMatch(/^pkg:github\/anchore\/grype/);
    expect((vuln.predicate as JsonObject).metadata.scanStartedOn).toBe('2026-11-26T10:00:00Z');
  });

  it('takes the scan action’s cosign-vuln output as it is', async () => {
    const raw = fs.readFileSync(fixture('trivy', 'alpine-39.json.golden'), 'utf8');
    const { predicate } = renderCosignVulnPredicate(parseTrivyReport(raw), {
      rawReport: raw,
      scanStartedOn: new Date('2026-01-01T00:00:00Z'),
      scanFinishedOn: new Date('2026-01-01T00:01:00Z'),
    });
    const doc = JSON.parse(JSON.stringify(predicate));
    const vuln = await vulnPredicateFrom(doc);
    expect(vuln.source).toBe('cosign-vuln');
    expect(vuln.predicate).toBe(doc);
    // ...also inside an in-toto statement
    expect(
      (
        await vulnPredicateFrom({
          _type: 'https://in-toto.io/Statement/v1',
          predicateType: COSIGN_VULN_V1,
          subject: [],
          predicate: doc,
        })
      ).predicate,
    ).toBe(doc);
  });

  it.each([
    [{ bomFormat: 'CycloneDX', specVersion: '1.5' }, /not a scan report \(this is an SBOM: use predicate: sbom\)/],
    [{ version: '2.1.0', runs: [] }, /SARIF is not accepted/],
    [{ SchemaVersion: 1, Results: [] }, /cannot be read as a Trivy report: .*SchemaVersion 1/],
    [
      { scanner: { result: {} }, metadata: { scanStartedOn: 'yesterday' } },
      /looks like a cosign vuln predicate but invocation is not an object; metadata.scanStartedOn is not an RFC 3339 time/,
    ],
    [
      { _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', predicate: {} },
      /in-toto statement with predicate type 'https:\/\/slsa.dev\/provenance\/v1'/,
    ],
  ])('refuses what is not a scan report (%#)', async (doc, reason) => {
    await expect(vulnPredicateFrom(doc as Record<string, unknown>)).rejects.toThrow(ConfigurationError);
    await expect(vulnPredicateFrom(doc as Record<string, unknown>)).rejects.toThrow(reason);
  });
});

describe('custom predicates', () => {
  it('reads a JSON object of at most 16 MiB with an absolute predicate type', async () => {
    const file = tempFile('p.json', '\uFEFF{"hello":"world","n":[1,2]}');
    expect(await customPredicateFromFile('https://example.com/review/v1', file)).toEqual({
      predicateType: 'https://example.com/review/v1',
      predicate: { hello: 'world', n: [1, 2] },
    });
    await expect(customPredicateFromFile('review-v1', file)).rejects.toThrow(
      /^Input `predicate-type`: the predicate type must be an absolute URI/,
    );
    await expect(customPredicateFromFile('https://x/y', tempFile('n.json', 'null'))).rejects.toThrow(
      /^Input `predicate-path` must be a JSON object, got null/,
    );
    await expect(customPredicateFromFile('https://x/y', path.join(os.tmpdir(), 'does-not-exist.json'))).rejects.toThrow(
      /cannot be read \(ENOENT\)/,
    );
    const exact = tempFile('exact.json', `{"a":"${'x'.repeat(MAX_PREDICATE_BYTES - 8)}"}`);
    expect((await readJsonObjectFile(exact, 'x')).bytes).toBe(MAX_PREDICATE_BYTES);
    const over = tempFile('over.json', `{"a":"${'x'.repeat(MAX_PREDICATE_BYTES - 7)}"}`);
    await expect(customPredicateFromFile('https://x/y', over)).rejects.toThrow(
      /^Input `predicate-path` is 16,777,217 bytes; a predicate may be at most 16 MiB/,
    );
  });

  it('refuses text that is not UTF-8', () => {
    expect(() => parseJsonObject(Buffer.from([0x7b, 0xff, 0x7d]), 'Input `predicate-path`')).toThrow(/not UTF-8/);
  });
});
