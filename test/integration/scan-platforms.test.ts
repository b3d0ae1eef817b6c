/**
 * Multi-platform images with the real Trivy and the Trivy DB fixture, offline:
 * an image index in the local registry whose linux/arm64 image has the
 * vulnerable openssl and whose linux/amd64 image the fixed one
 * (test/support/platform-image.ts). `platform: os/arch` goes to
 * Trivy's own --platform; `platform: all` scans each platform manifest by
 * digest, with one gate over both.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../support/action-harness.js';
import { pushPlatformVulnImage, type PlatformVulnImage } from '../support/platform-image.js';
import { validateSarif } from '../support/sarif-schema.js';
import { requireInfra, requireTrivy, testImage } from '../support/test-tools.js';

const trivy = requireTrivy();
const infra = trivy ? requireInfra() : undefined;
const describeWithInfra = trivy && infra?.trivyDb ? describe : describe.skip;

describeWithInfra('scan: multi-platform images with the real Trivy', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-platforms-'));
  let pushed: PlatformVulnImage;
  let digests: Record<string, string>;

  beforeAll(async () => {
    pushed = await pushPlatformVulnImage(infra!.registry, work);
    digests = pushed.platforms;
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  const scan = (inputs: Record<string, string>) =>
    runAction('scan', {
      inputs: {
        scanners: 'vuln',
        'trivy-path': trivy!,
        'db-repository': infra!.trivyDb!.repository,
        'db-cache': 'false',
        ...inputs,
      },
      // Trivy must never look elsewhere: its own downloads go to a closed port.
      env: { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' },
    });

  it('the fixture holds the planted difference (one index, two platforms)', () => {
    expect(Object.keys(digests)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(pushed.digest).not.toBe(digests['linux/amd64']);
  });

  it.each([
    ['linux/amd64', '0', 'pass'],
    ['linux/arm64/v8', '1', 'fail'],
  ])('platform: %s is the platform Trivy scans (its --platform)', async (platform, total, gate) => {
    const run = await scan({ image: pushed.ref, platform });
    expect(run.outputs).toMatchObject({ total, gate });
    expect(run.outputs['platform-reports']).toBeUndefined();
    const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8'));
    expect(report.Metadata.ImageConfig.architecture).toBe(platform.split('/')[1]);
  });

  it('platform: all scans every platform by digest: per-platform reports and SARIF runs, one gate over both', async () => {
    const run = await scan({ image: pushed.ref, platform: 'all', formats: 'sarif, cosign-vuln' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      total: '1',
      high: '1',
      gate: 'fail',
      'gate-count': '1',
      'image-digest': pushed.digest,
    });
    const reports = JSON.parse(run.outputs['platform-reports']!) as Array<Record<string, string | number>>;
    expect(reports.map((r) => [r.platform, r.digest, r.total, r['gate-count']])).toEqual([
      ['linux/amd64', digests['linux/amd64'], 0, 0],
      ['linux/arm64/v8', digests['linux/arm64/v8'], 1, 1],
    ]);
    for (const report of reports) {
      const json = JSON.parse(fs.readFileSync(String(report['json-file']), 'utf8'));
      // Each report is Trivy's own, of that platform's manifest.
      expect(json.ArtifactName).toBe(`${infra!.registry}/platforms/app@${report.digest}`);
      expect(json.Metadata.ImageConfig.architecture).toBe(String(report.platform).split('/')[1]);
      const predicate = JSON.parse(fs.readFileSync(String(report['cosign-vuln-file']), 'utf8'));
      expect(predicate.invocation.parameters.platform).toBe(report.platform);
    }
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'supply-chain-scan/image/linux-amd64/',
      'supply-chain-scan/image/linux-arm64-v8/',
    ]);
    expect(sarif.runs[1].results[0].ruleId).toBe('CVE-2099-0001');
    expect(run.summary).toContain('2 platform(s)');
    expect(run.summary).toContain('Supply-chain scan (Trivy) · linux/arm64/v8');
    expect(run.summary).toContain(digests['linux/arm64/v8']);
  });

  it('platform: all on a single-platform image scans that image', async () => {
    const image = testImage(infra!, 'alpine-app');
    const run = await scan({ image: image.ref, platform: 'all', scanners: 'vuln' });
    expect(run.outputs).toMatchObject({ total: '1', gate: 'fail', 'image-digest': image.digest });
    expect(run.outputs['platform-reports']).toBeUndefined();
  });
});
