/**
 * The vulnerability DB path for real: the Trivy DB fixture (built by the
 * integration setup with Go + bbolt, pushed to the local registry as the
 * OCI artifact `trivy-db:2`) is fetched by prepareTrivyDb through a counting
 * proxy, verified and unpacked; then the real Trivy scans the alpine-app
 * image on that cache with --skip-db-update and reports the fixture's
 * advisory. A second preparation in the same job sends no request; a fresh
 * runner with the (folder-backed) Actions cache sends one HEAD. Trivy never
 * reaches past loopback: its own downloads go to a closed port.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { prepareTrivyDb, vulnDbRegistryClient, type PrepareTrivyDbOptions } from '@scs/vuln-db';
import { CountingProxy } from '../support/counting-proxy.js';
import { requireInfra, requireTrivy, requireTrivyDb, testImage } from '../support/test-tools.js';
import { FolderCache, recordingLogger } from '../unit/vuln-db/helpers.js';

const trivy = requireTrivy();
const infra = trivy ? requireInfra() : undefined;
const fixture = infra ? requireTrivyDb(infra) : undefined;
const describeWithDb = trivy && infra && fixture ? describe : describe.skip;

const TRIVY_TEST_TIMEOUT_MS = 120_000;

interface TrivyVulnerability {
  VulnerabilityID: string;
  PkgName: string;
  InstalledVersion: string;
  FixedVersion?: string;
  Severity: string;
  Title?: string;
}

interface VulnReport {
  ArtifactName: string;
  Metadata?: { OS?: { Family: string; Name: string } };
  Results?: { Target: string; Class: string; Type: string; Vulnerabilities?: TrivyVulnerability[] }[];
}

function runTrivy(args: string[], cacheDir: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: cacheDir,
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
    TRIVY_NO_PROGRESS: 'true',
  };
  return new Promise((resolve) => {
    execFile(
      trivy!,
      [...args, '--cache-dir', cacheDir],
      { env, timeout: 90_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

async function scanAlpineApp(cacheDir: string): Promise<TrivyVulnerability[]> {
  const image = testImage(infra!, 'alpine-app');
  const result = await runTrivy(
    [
      'image',
      '--insecure',
      '--image-src',
      'remote',
      '--scanners',
      'vuln',
      '--skip-db-update',
      '--skip-java-db-update',
      '--offline-scan',
      '--format',
      'json',
      '--quiet',
      '--timeout',
      '80s',
      image.refByDigest,
    ],
    cacheDir,
  );
  expect({ exitCode: result.exitCode, stderr: result.exitCode === 0 ? '' : result.stderr }).toEqual({
    exitCode: 0,
    stderr: '',
  });
  const report = JSON.parse(result.stdout) as VulnReport;
  expect(report.Metadata?.OS).toMatchObject({ Family: 'alpine', Name: '3.18.4' });
  return (report.Results ?? []).flatMap((r) => r.Vulnerabilities ?? []);
}

describeWithDb('the Trivy DB fixture, fetched by prepareTrivyDb and used by the real Trivy', () => {
  const proxy = new CountingProxy(infra?.registry ?? '127.0.0.1:1');
  const dirs: string[] = [];
  const tmp = (prefix: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  let cacheDir: string;
  const logger = recordingLogger();
  const repository = () => fixture!.repository.replace(infra!.registry, proxy.address);
  const options = (extra: Partial<PrepareTrivyDbOptions> = {}): PrepareTrivyDbOptions => ({
    repositories: [repository()],
    cacheDir,
    maxAgeHours: 24,
    stale: 'fail',
    logger,
    jobId: 'integration-1-1-scan',
    ...extra,
  });

  beforeAll(async () => {
    await proxy.start();
    cacheDir = tmp('vuln-db-trivy-cache-');
  });
  afterAll(async () => {
    await proxy.stop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is an OCI artifact shaped like ghcr.io/aquasecurity/trivy-db:2', () => {
    expect(fixture!.repository).toBe(`${infra!.registry}/trivy-db:2`);
    expect(fixture!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Date.now() - Date.parse(fixture!.updatedAt)).toBeLessThan(6 * 3600_000);
  });

  it('downloads and verifies the DB: one HEAD, the manifest by digest, one blob', async () => {
    const result = await prepareTrivyDb(options());
    expect(result).toMatchObject({
      source: 'download',
      manifestDigest: fixture!.digest,
      repository: repository(),
      requests: 3,
      stale: false,
    });
    expect(result.updatedAt).toBe(new Date(fixture!.updatedAt).toISOString());
    expect(proxy.paths).toEqual([
      'HEAD /v2/trivy-db/manifests/2',
      `GET /v2/trivy-db/manifests/${fixture!.digest}`,
      `GET /v2/trivy-db/blobs/${fixture!.layerDigest}`,
    ]);
    expect(fs.readdirSync(path.join(cacheDir, 'db')).sort()).toEqual(['.scs-db.json', 'metadata.json', 'trivy.db']);
  });

  it(
    'lets the real Trivy (--skip-db-update) report the fixture advisory for openssl in alpine-app',
    async () => {
      const vulnerabilities = await scanAlpineApp(cacheDir);
      expect(vulnerabilities).toEqual([
        expect.objectContaining({
          VulnerabilityID: 'CVE-2099-0001',
          PkgName: 'openssl',
          InstalledVersion: '3.1.2-r0',
          FixedVersion: '3.1.3-r0',
          Severity: 'HIGH',
          Title: 'openssl: made-up flaw for the scs test fixture',
        }),
      ]);
    },
    TRIVY_TEST_TIMEOUT_MS,
  );

  it('sends no request at all for the second preparation in the same job', async () => {
    proxy.paths.length = 0;
    const again = await prepareTrivyDb(options());
    expect(again).toMatchObject({ source: 'job', requests: 0, manifestDigest: fixture!.digest });
    expect(proxy.paths).toEqual([]);
  });

  it(
    'on a fresh runner, restores from the Actions cache with one HEAD and no blob, and Trivy uses it',
    async () => {
      const cache = new FolderCache(tmp('vuln-db-actions-cache-'));
      cacheDir = tmp('vuln-db-trivy-cache-2-');
      expect((await prepareTrivyDb(options({ cache }))).source).toBe('download');
      expect(cache.saved).toEqual([`scs-trivy-db-${fixture!.digest}`]);

      cacheDir = tmp('vuln-db-trivy-cache-3-');
      proxy.paths.length = 0;
      const restored = await prepareTrivyDb(options({ cache, jobId: 'integration-2-1-scan' }));
      expect(restored).toMatchObject({ source: 'actions-cache', requests: 1, manifestDigest: fixture!.digest });
      expect(proxy.paths).toEqual(['HEAD /v2/trivy-db/manifests/2']);
      expect((await scanAlpineApp(cacheDir)).map((v) => v.VulnerabilityID)).toEqual(['CVE-2099-0001']);
    },
    TRIVY_TEST_TIMEOUT_MS,
  );

  it('falls back past an unreachable mirror to the registry', async () => {
    cacheDir = tmp('vuln-db-trivy-cache-4-');
    proxy.paths.length = 0;
    const sleeps: number[] = [];
    const client = vulnDbRegistryClient({ sleep: async (ms: number) => void sleeps.push(ms) });
    const result = await prepareTrivyDb(
      options({ repositories: ['127.0.0.1:9/aquasec/trivy-db:2', repository()], client }),
    );
    expect(result).toMatchObject({
      source: 'download',
      repository: repository(),
      manifestDigest: fixture!.digest,
      requests: 3 + 3,
    });
    expect(result.fallbacks).toEqual([
      { source: '127.0.0.1:9/aquasec/trivy-db:2', reason: expect.stringMatching(/after 3 tries/) },
    ]);
    expect(sleeps).toEqual([1000, 2000]);
    expect(proxy.paths).toHaveLength(3);
  });
});
