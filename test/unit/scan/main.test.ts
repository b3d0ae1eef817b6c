/**
 * The scan orchestration with the engine faked (engine.ts is the seam): one
 * target, `platform: all` over an image index (one scan per platform by
 * digest, per-platform files, SARIF runs with distinct categories, one gate
 * over all platforms), a single-platform image with `platform: all`, and a
 * failing engine. The engines themselves run for real in the integration and
 * interop tests.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InfrastructureError, PolicyFailure, type RunContext } from '@scs/action-kit';
import { parseTrivyReport } from '@scs/findings';
import type { ResolvedImage } from '@scs/oci';
import type { InstalledTool } from '@scs/tool-installer';
import type { PrepareEngine } from '../../../actions/scan/src/engine.js';
import { getInputs, type ScanInputs, type ScanTarget } from '../../../actions/scan/src/inputs.js';
import { run, type ScanDeps } from '../../../actions/scan/src/main.js';
import { REPO_ROOT, inputEnvironment } from '../../support/action-harness.js';
import { TestLogger } from '../../support/test-logger.js';

const VULNERABLE = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'alpine-39.json.golden'), 'utf8');
const CLEAN = JSON.stringify({ ...JSON.parse(VULNERABLE), Results: [] });
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const INDEX = digest('f');
const AMD64 = digest('a');
const ARM64 = digest('b');

let workspace: string;
const saved = { ...process.env };

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-main-'));
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(workspace, '_temp');
  fs.mkdirSync(process.env.RUNNER_TEMP);
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

function inputs(values: Record<string, string>): ScanInputs {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(
    process.env,
    inputEnvironment('scan', {
      summary: 'false',
      annotations: 'false',
      'check-run': 'false',
      'pr-comment': 'false',
      ...values,
    }),
  );
  return getInputs();
}

interface Harness {
  deps: ScanDeps;
  outputs: Record<string, string>;
  scans: ScanTarget[];
  prepared: number;
  logger: TestLogger;
}

/** An engine that writes the recorded report `reportFor(target)` and parses it as Trivy's. */
function harness(reportFor: (target: ScanTarget) => string, resolved?: ResolvedImage): Harness {
  const logger = new TestLogger();
  const outputs: Record<string, string> = {};
  const h: Harness = { deps: undefined as unknown as ScanDeps, outputs, scans: [], prepared: 0, logger };
  const tool: InstalledTool = { binary: '/bin/true', version: '0.0.0-test', source: 'path' } as InstalledTool;
  const engine: PrepareEngine = async () => {
    h.prepared += 1;
    return {
      name: 'Trivy',
      tool,
      configuration: { used: [], unused: [] },
      async scan(target, reportFile) {
        h.scans.push(target);
        const text = reportFor(target);
        fs.writeFileSync(reportFile, text);
        return parseTrivyReport(text, { source: reportFile });
      },
    };
  };
  const context = { workspace, runnerTemp: process.env.RUNNER_TEMP!, actor: 'octocat' } as RunContext;
  h.deps = {
    context,
    logger,
    installTrivy: () => Promise.reject(new Error('not used')),
    installGrype: () => Promise.reject(new Error('not used')),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    env: {},
    now: () => new Date('2026-12-07T12:00:00Z'),
    engines: { trivy: engine, grype: engine },
    resolveImage: async () => {
      if (!resolved) throw new Error('resolveImage must not be called');
      return resolved;
    },
  };
  return h;
}

const index: ResolvedImage = {
  digest: INDEX,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  size: 500,
  isIndex: true,
  platforms: [
    {
      digest: AMD64,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: 400,
      platform: { os: 'linux', architecture: 'amd64' },
    },
    {
      digest: ARM64,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: 400,
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    },
  ],
};

describe('scan main', () => {
  it('one image: one scan of the target as given, one SARIF run, no platform-reports', async () => {
    const h = harness(() => VULNERABLE);
    const scan = inputs({
      image: '127.0.0.1:5000/app:v1',
      'fail-on': 'critical',
      'only-fixed': 'false',
      formats: 'sarif',
    });
    await expect(run(scan, h.deps)).rejects.toThrow(PolicyFailure);
    expect(h.scans).toEqual([{ kind: 'image', image: '127.0.0.1:5000/app:v1' }]);
    expect(h.outputs.gate).toBe('fail');
    expect(h.outputs['gate-count']).toBe('2');
    expect(h.outputs['json-file']).toBe(path.join(scan.outputDir, 'trivy-report.json'));
    expect(h.outputs['platform-reports']).toBeUndefined();
    const sarif = JSON.parse(fs.readFileSync(h.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'supply-chain-scan/image/',
    ]);
  });

  it('one platform: the target carries it for the tool (--platform), nothing is resolved', async () => {
    const h = harness(() => CLEAN);
    await run(inputs({ image: '127.0.0.1:5000/app:v1', platform: 'linux/arm64/v8' }), h.deps);
    expect(h.scans).toEqual([{ kind: 'image', image: '127.0.0.1:5000/app:v1', platform: 'linux/arm64/v8' }]);
    expect(h.outputs.gate).toBe('pass');
  });

  it('platform: all on an index: each platform by digest, its own files and SARIF run, one gate over all', async () => {
    const h = harness(
      (target) => (target.kind === 'image' && target.image.endsWith(ARM64) ? VULNERABLE : CLEAN),
      index,
    );
    const scan = inputs({
      image: '127.0.0.1:5000/app:v1',
      platform: 'all',
      'fail-on': 'critical',
      'only-fixed': 'false',
      formats: 'sarif, cyclonedx, cosign-vuln',
      'sarif-category': 'images/app',
    });
    await expect(run(scan, h.deps)).rejects.toThrow(/Gate failed|at or above/);
    expect(h.prepared).toBe(1);
    expect(h.scans).toEqual([
      { kind: 'image', image: `127.0.0.1:5000/app@${AMD64}` },
      { kind: 'image', image: `127.0.0.1:5000/app@${ARM64}` },
    ]);
    expect(h.outputs.gate).toBe('fail');
    expect(h.outputs['gate-count']).toBe('2');
    expect(h.outputs['image-digest']).toBe(INDEX);
    const reports = JSON.parse(h.outputs['platform-reports']!);
    expect(reports).toEqual([
      {
        platform: 'linux/amd64',
        digest: AMD64,
        'json-file': path.join(scan.outputDir, 'trivy-report.linux-amd64.json'),
        'cyclonedx-file': path.join(scan.outputDir, 'trivy-vulnerabilities.linux-amd64.cdx.json'),
        'cosign-vuln-file': path.join(scan.outputDir, 'trivy-vuln-predicate.linux-amd64.json'),
        total: 0,
        'gate-count': 0,
      },
      {
        platform: 'linux/arm64/v8',
        digest: ARM64,
        'json-file': path.join(scan.outputDir, 'trivy-report.linux-arm64-v8.json'),
        'cyclonedx-file': path.join(scan.outputDir, 'trivy-vulnerabilities.linux-arm64-v8.cdx.json'),
        'cosign-vuln-file': path.join(scan.outputDir, 'trivy-vuln-predicate.linux-arm64-v8.json'),
        total: 6,
        'gate-count': 2,
      },
    ]);
    for (const report of reports) {
      expect(fs.existsSync(report['json-file'])).toBe(true);
      const predicate = JSON.parse(fs.readFileSync(report['cosign-vuln-file'], 'utf8'));
      // Each predicate names its platform and its own verdict (for a per-platform attestation).
      expect(predicate.invocation.parameters).toMatchObject({
        platform: report.platform,
        gate: report['gate-count'] > 0 ? 'fail' : 'pass',
      });
    }
    const sarif = JSON.parse(fs.readFileSync(h.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'images/app/linux-amd64/',
      'images/app/linux-arm64-v8/',
    ]);
    expect(sarif.runs.map((r: { results: unknown[] }) => r.results.length)).toEqual([0, 6]);
    expect(sarif.runs[1].properties.artifactDigest).toBe(ARM64);
    const summary = fs.readFileSync(h.outputs['summary-file']!, 'utf8');
    expect(summary).toContain('2 platform(s)');
    expect(summary).toContain('Supply-chain scan (Trivy) · linux/amd64');
    expect(summary).toContain('Supply-chain scan (Trivy) · linux/arm64/v8');
    expect(summary).toContain(ARM64);
    expect(h.logger.groups).toEqual(
      expect.arrayContaining(['Findings (linux/amd64): 0', 'Findings (linux/arm64/v8): 6']),
    );
  });

  it('platform: all on a single-platform image scans that image by digest, as one report', async () => {
    const single: ResolvedImage = { ...index, isIndex: false, digest: AMD64, platforms: [] };
    const h = harness(() => CLEAN, single);
    const scan = inputs({ image: '127.0.0.1:5000/app:v1', platform: 'all' });
    await run(scan, h.deps);
    expect(h.scans).toEqual([{ kind: 'image', image: `127.0.0.1:5000/app@${AMD64}` }]);
    expect(h.outputs['image-digest']).toBe(AMD64);
    expect(h.outputs['json-file']).toBe(path.join(scan.outputDir, 'trivy-report.json'));
    expect(h.outputs['platform-reports']).toBeUndefined();
  });

  it('an index that cannot be resolved or is too large is an error, never a pass', async () => {
    const many: ResolvedImage = {
      ...index,
      platforms: Array.from({ length: 17 }, (_, n) => ({
        ...index.platforms[0]!,
        digest: `sha256:${String(n).padStart(64, 'c')}`,
        platform: { os: 'linux', architecture: `a${n}` },
      })),
    };
    const h = harness(() => CLEAN, many);
    await expect(run(inputs({ image: '127.0.0.1:5000/app:v1', platform: 'all' }), h.deps)).rejects.toThrow(
      InfrastructureError,
    );
    expect(h.outputs.gate).toBe('error');
    expect(h.scans).toEqual([]);
  });

  it('an engine failure on one platform leaves the gate at error', async () => {
    const h = harness((target) => {
      if (target.kind === 'image' && target.image.endsWith(ARM64)) throw new InfrastructureError('Trivy crashed');
      return CLEAN;
    }, index);
    await expect(run(inputs({ image: '127.0.0.1:5000/app:v1', platform: 'all' }), h.deps)).rejects.toThrow(
      'Trivy crashed',
    );
    expect(h.outputs.gate).toBe('error');
  });
});
