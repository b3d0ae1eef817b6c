/**
 * Trivy's checks bundle through the DB pipeline: the same download, digest,
 * age, cache and fallback rules as the DB, unpacked as a tree into
 * `<cacheDir>/policy/content` with Trivy's `metadata.json` beside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { RegistryClient } from '@scs/oci';
import {
  MARKER_FILE,
  TRIVY_CHECKS_LAYER_MEDIA_TYPE,
  VulnDbError,
  prepareTrivyChecks,
  vulnDbRegistryClient,
  type PrepareRegistryArtifactOptions,
} from '@scs/vuln-db';
import {
  FolderCache,
  RegistryStub,
  makeTar,
  recordingLogger,
  recordingSleep,
  tempDir,
  type RecordingLogger,
  type TarEntry,
} from './helpers.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const HOUR = 3_600_000;
const CREATED = 'org.opencontainers.image.created';

const bundleLayer = (entries: TarEntry[] = []): Buffer =>
  zlib.gzipSync(
    makeTar([
      { name: './', type: '5' },
      { name: './.manifest', data: '{"revision":"test","roots":[""]}\n' },
      { name: './policies/', type: '5' },
      { name: './policies/planted.rego', data: 'package builtin.dockerfile.SCS001\n' },
      ...entries,
    ]),
  );

describe('prepareTrivyChecks', () => {
  let registry: RegistryStub;
  let cacheDir: string;
  let logger: RecordingLogger;
  let client: RegistryClient;

  beforeAll(async () => {
    registry = await new RegistryStub().start();
  });
  afterAll(() => registry.stop());
  beforeEach(() => {
    cacheDir = tempDir('trivy-checks-');
    logger = recordingLogger();
    client = vulnDbRegistryClient({ sleep: recordingSleep().sleep, log: logger.debug });
    registry.requests.length = 0;
    registry.faults.length = 0;
    registry.corrupt.clear();
    registry.truncated.clear();
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  const publish = (layer = bundleLayer(), created: string | null = new Date(NOW.getTime() - 2 * HOUR).toISOString()) =>
    registry.addArtifact(
      'aquasec/trivy-checks',
      '1',
      [{ mediaType: TRIVY_CHECKS_LAYER_MEDIA_TYPE, data: layer }],
      'application/vnd.oci.empty.v1+json',
      created === null ? undefined : { [CREATED]: created },
    );
  const options = (extra: Partial<PrepareRegistryArtifactOptions> = {}): PrepareRegistryArtifactOptions => ({
    repositories: [`${registry.host}/aquasec/trivy-checks:1`],
    cacheDir,
    maxAgeHours: 24,
    stale: 'fail',
    logger,
    client,
    now: () => NOW,
    ...extra,
  });
  const policyDir = () => path.join(cacheDir, 'policy');

  it("unpacks the bundle into policy/content (Trivy's layout) with metadata.json, then reuses it in the job", async () => {
    const artifact = publish();
    const result = await prepareTrivyChecks(options({ jobId: 'run-1' }));
    expect(result).toMatchObject({
      kind: 'trivy-checks',
      manifestDigest: artifact.digest,
      source: 'download',
      stale: false,
      requests: 3,
      dbDir: policyDir(),
    });
    expect(fs.readFileSync(path.join(policyDir(), 'content', '.manifest'), 'utf8')).toContain('"roots"');
    expect(fs.existsSync(path.join(policyDir(), 'content', 'policies', 'planted.rego'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(policyDir(), 'metadata.json'), 'utf8'))).toEqual({
      Digest: artifact.layerDigests[0],
      DownloadedAt: NOW.toISOString(),
    });
    const marker = JSON.parse(fs.readFileSync(path.join(policyDir(), MARKER_FILE), 'utf8'));
    expect(marker.files).toEqual(['content/.manifest', 'content/policies/planted.rego', 'metadata.json']);
    const again = await prepareTrivyChecks(options({ jobId: 'run-1' }));
    expect(again).toMatchObject({ source: 'job', requests: 0, manifestDigest: artifact.digest });
  });

  it('refuses a blob that does not match its digest, and one cut short, installing nothing', async () => {
    const artifact = publish();
    registry.corrupt.add(artifact.layerDigests[0]!);
    const corrupt = await prepareTrivyChecks(options()).catch((e: unknown) => e);
    expect(corrupt).toBeInstanceOf(VulnDbError);
    expect((corrupt as Error).message).toMatch(
      /Misconfiguration checks unavailable: .*does not match its digest.*refused/,
    );
    registry.corrupt.clear();
    registry.truncated.add(artifact.layerDigests[0]!);
    const truncated = await prepareTrivyChecks(options()).catch((e: unknown) => e);
    expect((truncated as Error).message).toMatch(/does not match its digest/);
    expect(fs.existsSync(policyDir())).toBe(false);
  });

  it('refuses a stale bundle (or warns with stale: warn), and one whose age cannot be known', async () => {
    publish(bundleLayer(), new Date(NOW.getTime() - 50 * HOUR).toISOString());
    const stale = await prepareTrivyChecks(options()).catch((e: unknown) => e);
    expect((stale as VulnDbError).message).toMatch(/built 2\.1 days ago .*refused/);
    expect((stale as VulnDbError).attempts).toHaveLength(1);
    expect(fs.existsSync(policyDir())).toBe(false);
    const warned = await prepareTrivyChecks(options({ stale: 'warn' }));
    expect(warned).toMatchObject({ stale: true, source: 'download' });
    fs.rmSync(policyDir(), { recursive: true });
    publish(bundleLayer(), null);
    await expect(prepareTrivyChecks(options())).rejects.toThrow(/no org\.opencontainers\.image\.created annotation/);
  });

  it('refuses a layer that is no OPA bundle, and entries that would leave the folder', async () => {
    publish(zlib.gzipSync(makeTar([{ name: 'policies/x.rego', data: 'package x\n' }])));
    await expect(prepareTrivyChecks(options())).rejects.toThrow(/has no \.manifest \(not an OPA bundle\)/);
    publish(bundleLayer([{ name: '../../escape.rego', data: 'package x\n' }]));
    await expect(prepareTrivyChecks(options())).rejects.toThrow(/escapes the target directory; refused/);
    publish(bundleLayer([{ name: 'policies/link.rego', type: '2', linkname: '/etc/passwd' }]));
    await expect(prepareTrivyChecks(options())).rejects.toThrow(/is a symbolic link; refused/);
    expect(fs.existsSync(policyDir())).toBe(false);
  });

  it('keeps the artifact in the Actions cache by digest and refuses a tampered entry', async () => {
    const artifact = publish();
    const cache = new FolderCache(tempDir('checks-cache-'));
    await prepareTrivyChecks(options({ cache }));
    const key = `scs-trivy-checks-${artifact.digest}`;
    expect(cache.saved).toEqual([key]);
    fs.rmSync(policyDir(), { recursive: true });
    const restored = await prepareTrivyChecks(options({ cache, client: vulnDbRegistryClient({}) }));
    expect(restored).toMatchObject({ source: 'actions-cache', requests: 1 });
    fs.appendFileSync(path.join(cache.storedPath(key), 'layer.tar.gz'), 'planted');
    fs.rmSync(policyDir(), { recursive: true });
    const again = await prepareTrivyChecks(options({ cache, client: vulnDbRegistryClient({}) }));
    expect(again.source).toBe('download');
    expect(logger.warnings.at(-1)).toMatch(/The cached Trivy misconfiguration checks bundle .* is unusable/);
  });

  it('names the input in reference errors', async () => {
    await expect(prepareTrivyChecks(options({ repositories: ['https://ghcr.io/x:1'] }))).rejects.toThrow(
      /checks-bundle-repository/,
    );
  });
});
