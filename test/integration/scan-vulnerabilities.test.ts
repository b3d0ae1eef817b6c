/**
 * A real vulnerability scan, offline: the action fetches the Trivy DB fixture
 * (built by the integration setup with bbolt, pushed to the local registry as
 * an OCI artifact) through `db-repository`, verifies it, and runs the real
 * Trivy on the prepared cache against an image in the same registry. A
 * counting proxy in front of the registry shows that a second scan in the
 * same job asks nothing of it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../support/action-harness.js';
import { CountingProxy } from '../support/counting-proxy.js';
import { requireInfra, requireTrivy, testImage } from '../support/test-tools.js';

const trivy = requireTrivy();
const infra = trivy ? requireInfra() : undefined;
const describeWithInfra = trivy && infra?.trivyDb ? describe : describe.skip;

describeWithInfra('scan for vulnerabilities with the real Trivy and a DB from the local registry', () => {
  const proxy = new CountingProxy(infra?.registry ?? '127.0.0.1:1');
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-vuln-temp-'));
  beforeAll(() => proxy.start());
  afterAll(() => proxy.stop());

  const scanImage = (extra: Record<string, string> = {}) => {
    const image = testImage(infra!, 'alpine-app');
    const dbRepository = infra!.trivyDb!.repository.replace(infra!.registry, proxy.address);
    return runAction('scan', {
      runnerTemp,
      inputs: {
        image: image.refByDigest,
        scanners: 'vuln',
        'trivy-path': trivy!,
        'db-repository': dbRepository,
        'db-cache': 'false',
        ...extra,
      },
      // Trivy must never look elsewhere: its own downloads go to a closed port.
      env: { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' },
    });
  };

  it('fetches and verifies the DB, then reports the real finding and fails the gate', async () => {
    // db-cache: true loads the lazily bundled Actions cache code; without a cache service here it is a miss.
    const run = await scanImage({ 'db-cache': 'true' });
    expect(run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '').toMatch(/^Severity gate failed/);
    expect(run.outputs).toMatchObject({
      high: '1',
      total: '1',
      gate: 'fail',
      'gate-count': '1',
      'db-digest': infra!.trivyDb!.digest,
    });
    const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8'));
    const vulnerability = report.Results.flatMap((r: { Vulnerabilities?: unknown[] }) => r.Vulnerabilities ?? [])[0];
    expect(vulnerability).toMatchObject({
      VulnerabilityID: 'CVE-2099-0001',
      PkgName: 'openssl',
      InstalledVersion: '3.1.2-r0',
      FixedVersion: '3.1.3-r0',
    });
    expect(run.summary).toContain('CVE-2099-0001');
    expect(proxy.paths.some((p) => p.includes('/blobs/'))).toBe(true);
  });

  it('a second scan in the same job makes no DB request at all', async () => {
    proxy.paths.length = 0;
    const run = await scanImage({ formats: 'json,sarif,cyclonedx,cosign-vuln' });
    expect(run.outputs.total).toBe('1');
    expect(proxy.paths).toEqual([]);
    const predicate = JSON.parse(fs.readFileSync(run.outputs['cosign-vuln-file']!, 'utf8'));
    expect(predicate.scanner.result.Results).toBeDefined();
    // The DB (repository@manifest digest, build time) and the gate are recorded for verify's allowed-vuln-dbs.
    const dbRepository = infra!.trivyDb!.repository.replace(infra!.registry, proxy.address);
    expect(predicate.scanner.db.uri).toBe(`${dbRepository}@${infra!.trivyDb!.digest}`);
    expect(Number.isNaN(Date.parse(predicate.scanner.db.version))).toBe(false);
    expect(predicate.invocation.parameters).toMatchObject({
      scanner: 'trivy',
      'fail-on': 'high',
      'only-fixed': true,
      gate: 'fail',
    });
    const bom = JSON.parse(fs.readFileSync(run.outputs['cyclonedx-file']!, 'utf8'));
    expect(bom.vulnerabilities[0].id).toBe('CVE-2099-0001');
  });

  it('treats an unreachable DB as an infrastructure failure, never a pass', async () => {
    const run = await runAction('scan', {
      inputs: {
        image: testImage(infra!, 'alpine-app').refByDigest,
        scanners: 'vuln',
        'trivy-path': trivy!,
        'db-repository': '127.0.0.1:9/aquasecurity/trivy-db:2',
        'db-cache': 'false',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('error');
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.message).toMatch(
      /^Infrastructure failure \(not a finding\):.*database/is,
    );
  });
});
