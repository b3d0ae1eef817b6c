/**
 * Proves the integration test infrastructure itself: the loopback registry
 * answers, the pushed test image can be pulled by digest (manifest, config
 * and layer blobs match their digests), and the real Trivy test binary finds
 * the planted secret both in the image (pulled from the registry) and in the
 * fixture directory. Trivy never reaches past loopback: DB updates are
 * skipped, only the secret scanner runs, and any proxied request goes to a
 * closed local port.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MANIFEST_ACCEPT, MEDIA_TYPES } from '../support/oci-image.js';
import { requireInfra, requireTrivy, testImage, type TestImage } from '../support/test-tools.js';

const infra = requireInfra();
const trivy = requireTrivy();
const describeWithRegistry = infra ? describe : describe.skip;
const describeWithTrivy = infra && trivy ? describe : describe.skip;

const SECRET_FILE = 'app/config/production.env';
// jest ignores testTimeout inside a `projects` entry: set it here.
const TRIVY_TEST_TIMEOUT_MS = 120_000;

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

async function get(url: string, accept?: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(url, { headers: accept ? { Accept: accept } : {}, signal: AbortSignal.timeout(10000) });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

interface TrivyResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs Trivy with a private cache and no way out but loopback. */
function runTrivy(args: string[], cacheDir: string): Promise<TrivyResult> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: cacheDir,
    // Anything Trivy would fetch from the internet fails fast at a closed port.
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
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ exitCode: code, stdout, stderr });
      },
    );
  });
}

interface SecretReport {
  ArtifactName: string;
  Metadata?: { OS?: { Family: string; Name: string } };
  Results?: { Target: string; Class: string; Secrets?: { RuleID: string; Severity: string; StartLine: number }[] }[];
}

function secretsIn(report: SecretReport) {
  return (report.Results ?? []).flatMap((r) => (r.Secrets ?? []).map((s) => ({ target: r.Target, ...s })));
}

describeWithRegistry('test registry', () => {
  let image: TestImage;
  beforeAll(() => {
    image = testImage(infra!, 'alpine-app');
  });

  it('answers the v2 API on loopback', async () => {
    expect(infra!.registry).toMatch(/^127\.0\.0\.1:\d+$/);
    const response = await get(`http://${infra!.registry}/v2/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  it('serves the alpine-app image by digest, every blob matching its digest', async () => {
    expect(image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(image.refByDigest).toBe(`${infra!.registry}/alpine-app@${image.digest}`);
    const base = `http://${infra!.registry}/v2/${image.repository}`;

    const manifest = await get(`${base}/manifests/${image.digest}`, MANIFEST_ACCEPT);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toBe(MEDIA_TYPES.manifest);
    expect(sha256(manifest.body)).toBe(image.digest);
    const parsed = JSON.parse(manifest.body.toString()) as {
      config: { digest: string; mediaType: string };
      layers: { digest: string; mediaType: string }[];
    };
    expect(parsed.config.mediaType).toBe(MEDIA_TYPES.config);
    expect(parsed.layers).toHaveLength(1);

    const config = await get(`${base}/blobs/${parsed.config.digest}`);
    expect(sha256(config.body)).toBe(parsed.config.digest);
    const layer = await get(`${base}/blobs/${parsed.layers[0]!.digest}`);
    expect(layer.status).toBe(200);
    expect(sha256(layer.body)).toBe(parsed.layers[0]!.digest);

    const tar = gunzipSync(layer.body);
    const configJson = JSON.parse(config.body.toString()) as { rootfs: { diff_ids: string[] }; os: string };
    expect(configJson.rootfs.diff_ids).toEqual([sha256(tar)]);
    expect(configJson.os).toBe('linux');
    const names = tar.toString('latin1');
    for (const file of ['etc/os-release', 'lib/apk/db/installed', SECRET_FILE]) expect(names).toContain(file);
  });

  it('resolves the tag to the same digest', async () => {
    const response = await fetch(`http://${infra!.registry}/v2/${image.repository}/manifests/${image.tag}`, {
      method: 'HEAD',
      headers: { Accept: MANIFEST_ACCEPT },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-content-digest')).toBe(image.digest);
  });
});

describeWithTrivy('real Trivy against the test infrastructure', () => {
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trivy-cache-'));
  });
  afterAll(() => {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it(
    'finds the planted secret in the image pulled by digest from the registry',
    async () => {
      const image = testImage(infra!, 'alpine-app');
      const result = await runTrivy(
        [
          'image',
          '--insecure',
          '--image-src',
          'remote',
          '--scanners',
          'secret',
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
      expect({ exitCode: result.exitCode, stderr: result.stderr }).toEqual({ exitCode: 0, stderr: expect.any(String) });
      const report = JSON.parse(result.stdout) as SecretReport;
      expect(report.ArtifactName).toBe(image.refByDigest);
      expect(report.Metadata?.OS).toEqual({ Family: 'alpine', Name: '3.18.4' });
      expect(secretsIn(report)).toEqual([
        expect.objectContaining({
          target: `/${SECRET_FILE}`,
          RuleID: 'github-pat',
          Severity: 'CRITICAL',
          StartLine: 4,
        }),
      ]);
    },
    TRIVY_TEST_TIMEOUT_MS,
  );

  it(
    'finds the same secret with `trivy fs` in the fixture directory',
    async () => {
      const rootfs = path.join(testImage(infra!, 'alpine-app').fixture, 'rootfs');
      const result = await runTrivy(
        [
          'fs',
          '--scanners',
          'secret',
          '--skip-db-update',
          '--offline-scan',
          '--format',
          'json',
          '--quiet',
          '--timeout',
          '80s',
          rootfs,
        ],
        cacheDir,
      );
      expect(result.exitCode).toBe(0);
      const report = JSON.parse(result.stdout) as SecretReport;
      expect(secretsIn(report)).toEqual([
        expect.objectContaining({ target: SECRET_FILE, RuleID: 'github-pat', Severity: 'CRITICAL', StartLine: 4 }),
      ]);
    },
    TRIVY_TEST_TIMEOUT_MS,
  );
});
