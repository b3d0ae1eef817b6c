import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import type { RegistryClient } from '@scs/oci';
import {
  MARKER_FILE,
  vulnDbRegistryClient,
  StaleDbError,
  VulnDbError,
  prepareTrivyDb,
  prepareTrivyJavaDb,
  type DbMarker,
  type PrepareTrivyDbOptions,
} from '@scs/vuln-db';
import {
  FolderCache,
  RegistryStub,
  TRIVY_DB_LAYER,
  TRIVY_JAVA_DB_LAYER,
  recordingLogger,
  recordingSleep,
  tempDir,
  trivyDbLayer,
  type RecordingLogger,
} from './helpers.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const HOUR = 3600_000;

describe('prepareTrivyDb', () => {
  let mirror: RegistryStub;
  let origin: RegistryStub;
  let cacheDir: string;
  let logger: RecordingLogger;
  let sleep: ReturnType<typeof recordingSleep>;
  let client: RegistryClient;

  beforeAll(async () => {
    mirror = await new RegistryStub().start();
    origin = await new RegistryStub().start();
  });
  afterAll(async () => {
    await mirror.stop();
    await origin.stop();
  });
  beforeEach(() => {
    cacheDir = tempDir('trivy-cache-');
    logger = recordingLogger();
    sleep = recordingSleep();
    client = vulnDbRegistryClient({ sleep: sleep.sleep, log: logger.debug });
    for (const stub of [mirror, origin]) {
      stub.requests.length = 0;
      stub.faults.length = 0;
      stub.corrupt.clear();
      stub.truncated.clear();
      stub.requireToken = false;
    }
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  const mirrorRepo = () => `${mirror.host}/aquasec/trivy-db:2`;
  const originRepo = () => `${origin.host}/aquasecurity/trivy-db:2`;
  const publish = (layer = trivyDbLayer({ updatedAt: new Date(NOW.getTime() - 2 * HOUR) })) => ({
    mirror: mirror.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]),
    origin: origin.addArtifact('aquasecurity/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]),
  });
  const options = (extra: Partial<PrepareTrivyDbOptions> = {}): PrepareTrivyDbOptions => ({
    repositories: [mirrorRepo(), originRepo()],
    cacheDir,
    maxAgeHours: 24,
    stale: 'fail',
    logger,
    client,
    now: () => NOW,
    ...extra,
  });
  const dbFiles = () =>
    fs.existsSync(path.join(cacheDir, 'db')) ? fs.readdirSync(path.join(cacheDir, 'db')).sort() : [];

  it('downloads from the first repository: HEAD, manifest, one blob; unpacks trivy.db + metadata.json', async () => {
    const { mirror: artifact } = publish();
    const result = await prepareTrivyDb(options());
    expect(result).toEqual({
      kind: 'trivy-db',
      repository: mirrorRepo(),
      manifestDigest: artifact.digest,
      source: 'download',
      updatedAt: '2026-11-26T10:00:00.000Z',
      nextUpdate: '2026-11-26T16:00:00.000Z',
      ageHours: 2,
      stale: false,
      requests: 3,
      dbDir: path.join(cacheDir, 'db'),
      fallbacks: [],
    });
    expect(dbFiles()).toEqual([MARKER_FILE, 'metadata.json', 'trivy.db']);
    expect(fs.readFileSync(path.join(cacheDir, 'db', 'trivy.db'), 'utf8')).toBe('bbolt bytes (not a real DB)');
    const marker = JSON.parse(fs.readFileSync(path.join(cacheDir, 'db', MARKER_FILE), 'utf8')) as DbMarker;
    expect(marker).toMatchObject({
      kind: 'trivy-db',
      repository: mirrorRepo(),
      manifestDigest: artifact.digest,
      preparedAt: NOW.toISOString(),
    });
    expect(mirror.requests.map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET']);
    expect(origin.requests).toEqual([]);
    // Only the DB is left in the cache dir: no staging or artifact folders.
    expect(fs.readdirSync(cacheDir).sort()).toEqual(['.scs-db-artifacts', 'db']);
    expect(fs.readdirSync(path.join(cacheDir, '.scs-db-artifacts'))).toEqual([]);
  });

  it('makes no request at all for a second scan in the same job', async () => {
    const { mirror: artifact } = publish();
    await prepareTrivyDb(options({ jobId: 'run-1-1-scan' }));
    mirror.requests.length = 0;
    const again = await prepareTrivyDb(
      options({ jobId: 'run-1-1-scan', client: vulnDbRegistryClient({ sleep: sleep.sleep }) }),
    );
    expect(again).toMatchObject({
      source: 'job',
      requests: 0,
      manifestDigest: artifact.digest,
      repository: mirrorRepo(),
      updatedAt: '2026-11-26T10:00:00.000Z',
    });
    expect(mirror.requests).toEqual([]);
    expect(origin.requests).toEqual([]);
    expect(logger.infos.at(-1)).toMatch(/prepared earlier in this job \(no request\)/);
  });

  it('does not take another job’s DB (or one from a repository no longer configured) as this job’s', async () => {
    publish();
    await prepareTrivyDb(options({ jobId: 'run-1-1-scan' }));
    mirror.requests.length = 0;
    expect((await prepareTrivyDb(options({ jobId: 'run-2-1-scan' }))).source).toBe('download');
    expect((await prepareTrivyDb(options({ jobId: 'run-2-1-scan', repositories: [originRepo()] }))).source).toBe(
      'download',
    );
  });

  it.each([
    ['429', { status: 429 }],
    ['503', { status: 503 }],
  ])('falls back to the next repository when the first answers %s after bounded retries', async (_name, fault) => {
    const { origin: artifact } = publish();
    mirror.faults.push({ path: '/manifests/', ...fault });
    const result = await prepareTrivyDb(options());
    expect(result).toMatchObject({
      repository: originRepo(),
      manifestDigest: artifact.digest,
      source: 'download',
      requests: 3 + 3,
    });
    expect(result.fallbacks).toEqual([
      { source: mirrorRepo(), reason: expect.stringMatching(new RegExp(`HTTP ${fault.status}.*after 3 tries`)) },
    ]);
    expect(mirror.count('HEAD')).toBe(3);
    expect(sleep.sleeps).toEqual([1000, 2000]);
    expect(origin.requests.map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET']);
    expect(logger.warnings[0]).toMatch(/failed: .*; trying the next repository/);
  });

  it('falls back on a 404 without retrying it', async () => {
    origin.addArtifact('aquasecurity/trivy-db', '2', [
      { mediaType: TRIVY_DB_LAYER, data: trivyDbLayer({ updatedAt: NOW }) },
    ]);
    const result = await prepareTrivyDb(options({ repositories: [`${mirror.host}/missing/trivy-db:2`, originRepo()] }));
    expect(result).toMatchObject({ repository: originRepo(), requests: 4 });
    expect(mirror.requests).toHaveLength(1);
    expect(sleep.sleeps).toEqual([]);
  });

  it('fails as an infrastructure error naming every repository and why', async () => {
    mirror.faults.push({ path: '/manifests/', status: 429, headers: { 'retry-after': '600' } });
    const error = await prepareTrivyDb(
      options({ repositories: [mirrorRepo(), `${origin.host}/nothing/here:2`] }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VulnDbError);
    expect(error).toBeInstanceOf(InfrastructureError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Vulnerability database unavailable: the Trivy vulnerability database could not be fetched from any of 2 repositories/,
    );
    expect(message).toContain(`${mirrorRepo()}: HEAD http://${mirror.host}/v2/aquasec/trivy-db/manifests/2: HTTP 429`);
    expect(message).toContain('Retry-After 600 s would exceed the 30 s retry budget');
    expect(message).toContain(
      `${origin.host}/nothing/here:2: HEAD http://${origin.host}/v2/nothing/here/manifests/2: HTTP 404`,
    );
    expect(message).toMatch(/not a scan result/);
    expect((error as VulnDbError).attempts.map((a) => a.source)).toEqual([
      mirrorRepo(),
      `${origin.host}/nothing/here:2`,
    ]);
    expect(sleep.sleeps).toEqual([]);
    expect(dbFiles()).toEqual([]);
  });

  it('uses the anonymous token flow', async () => {
    publish();
    mirror.requireToken = true;
    const result = await prepareTrivyDb(options());
    expect(result).toMatchObject({ source: 'download', requests: 5 });
    expect(
      mirror.requests.map(
        (r) => `${r.method} ${r.path.replace(/sha256:\w+/, 'DIGEST')}${r.authorization ? ' +token' : ''}`,
      ),
    ).toEqual([
      'HEAD /v2/aquasec/trivy-db/manifests/2',
      'GET /token',
      'HEAD /v2/aquasec/trivy-db/manifests/2 +token',
      'GET /v2/aquasec/trivy-db/manifests/DIGEST +token',
      'GET /v2/aquasec/trivy-db/blobs/DIGEST +token',
    ]);
  });

  it('refuses a blob that does not match its digest: nothing is extracted, the next repository is used', async () => {
    const { mirror: artifact } = publish();
    mirror.corrupt.add(artifact.layerDigests[0]!);
    const result = await prepareTrivyDb(options());
    expect(result.repository).toBe(originRepo());
    expect(result.fallbacks[0]!.reason).toMatch(/does not match its digest.*refused/);
  });

  it('with a corrupt blob everywhere, leaves no DB behind', async () => {
    const { mirror: a, origin: b } = publish();
    mirror.corrupt.add(a.layerDigests[0]!);
    origin.corrupt.add(b.layerDigests[0]!);
    await expect(prepareTrivyDb(options())).rejects.toThrow(VulnDbError);
    expect(dbFiles()).toEqual([]);
    expect(fs.readdirSync(cacheDir).filter((f) => !f.startsWith('.scs-db-artifacts'))).toEqual([]);
  });

  it.each([
    ['a path traversal entry', { name: '../../evil.sh', data: 'echo pwned' }, /escapes the target directory; refused/],
    ['an absolute path', { name: '/etc/cron.d/evil', data: 'x' }, /absolute path; refused/],
    ['a symbolic link', { name: 'link', type: '2', linkname: '/etc/passwd' }, /symbolic link; refused/],
    ['a hard link', { name: 'hard', type: '1', linkname: 'trivy.db' }, /hard link; refused/],
  ])('refuses a layer with %s and extracts nothing', async (_name, entry, pattern) => {
    const layer = trivyDbLayer({ updatedAt: NOW, extra: [entry] });
    mirror.addArtifact('evil/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    const error = await prepareTrivyDb(options({ repositories: [`${mirror.host}/evil/trivy-db:2`] })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VulnDbError);
    expect((error as Error).message).toMatch(pattern);
    expect(dbFiles()).toEqual([]);
    expect(fs.existsSync(path.join(cacheDir, '..', 'evil.sh'))).toBe(false);
    expect(fs.readdirSync(cacheDir).filter((f) => f !== '.scs-db-artifacts')).toEqual([]);
  });

  it('keeps a DB already in place when a new one is refused', async () => {
    publish();
    await prepareTrivyDb(options());
    const bad = trivyDbLayer({ updatedAt: NOW, extra: [{ name: '../x', data: 'x' }] });
    mirror.addArtifact('evil/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: bad }]);
    await expect(prepareTrivyDb(options({ repositories: [`${mirror.host}/evil/trivy-db:2`] }))).rejects.toThrow(
      VulnDbError,
    );
    expect(dbFiles()).toEqual([MARKER_FILE, 'metadata.json', 'trivy.db']);
  });

  it('refuses a stale DB with stale: fail (and does not try a mirror serving the same digest again)', async () => {
    publish(trivyDbLayer({ updatedAt: new Date(NOW.getTime() - 50 * HOUR) }));
    const error = await prepareTrivyDb(options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VulnDbError);
    const [first, second] = (error as VulnDbError).attempts;
    expect(first!.reason).toMatch(
      /built 2\.1 days ago \(2026-11-24T10:00:00.000Z.*older than the 24.0 hours `db-max-age` allows; refused/,
    );
    expect(second!.reason).toMatch(/same DB .* too old/);
    expect(origin.count('/blobs/')).toBe(0);
    expect(dbFiles()).toEqual([]);
  });

  it('uses a stale DB with a warning with stale: warn', async () => {
    publish(trivyDbLayer({ updatedAt: new Date(NOW.getTime() - 50 * HOUR) }));
    const result = await prepareTrivyDb(options({ stale: 'warn' }));
    expect(result).toMatchObject({ source: 'download', stale: true, ageHours: 50 });
    expect(logger.warnings).toEqual([
      expect.stringMatching(/built 2\.1 days ago.*scanning with it anyway \(`db-stale: warn`\)/),
    ]);
  });

  it('refuses a DB of another schema version', async () => {
    mirror.addArtifact('v1/trivy-db', '1', [
      { mediaType: TRIVY_DB_LAYER, data: trivyDbLayer({ updatedAt: NOW, version: 1 }) },
    ]);
    await expect(prepareTrivyDb(options({ repositories: [`${mirror.host}/v1/trivy-db:1`] }))).rejects.toThrow(
      /schema version 1; this action reads version 2/,
    );
  });

  it('refuses an artifact without the DB layer media type', async () => {
    mirror.addArtifact('other/artifact', '2', [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', data: trivyDbLayer() },
    ]);
    await expect(prepareTrivyDb(options({ repositories: [`${mirror.host}/other/artifact:2`] }))).rejects.toThrow(
      /expected one layer of type application\/vnd.aquasec.trivy.db.layer.v1.tar\+gzip, found 0/,
    );
  });

  describe('with the Actions cache', () => {
    let cache: FolderCache;
    let store: string;
    beforeEach(() => {
      store = tempDir('db-cache-store-');
      cache = new FolderCache(store);
    });
    afterEach(() => fs.rmSync(store, { recursive: true, force: true }));

    it('saves the artifact right after download under scs-trivy-db-<manifest digest>', async () => {
      const { mirror: artifact } = publish();
      await prepareTrivyDb(options({ cache }));
      expect(cache.saved).toEqual([`scs-trivy-db-${artifact.digest}`]);
      expect(fs.readdirSync(cache.storedPath(cache.saved[0]!)).sort()).toEqual(['layer.tar.gz', 'manifest.json']);
      expect(logger.infos).toContainEqual(
        `Saved the Trivy vulnerability database to the Actions cache as scs-trivy-db-${artifact.digest}.`,
      );
    });

    it('restores on a hit: one HEAD, no manifest or blob download', async () => {
      const { mirror: artifact } = publish();
      await prepareTrivyDb(options({ cache }));
      fs.rmSync(cacheDir, { recursive: true, force: true });
      mirror.requests.length = 0;
      const result = await prepareTrivyDb(options({ cache, client: vulnDbRegistryClient({ sleep: sleep.sleep }) }));
      expect(result).toMatchObject({ source: 'actions-cache', requests: 1, manifestDigest: artifact.digest });
      expect(mirror.requests.map((r) => r.method)).toEqual(['HEAD']);
      expect(cache.restored).toEqual([`scs-trivy-db-${artifact.digest}`]);
      expect(cache.saved).toHaveLength(1);
      expect(dbFiles()).toEqual([MARKER_FILE, 'metadata.json', 'trivy.db']);
    });

    it('refuses a tampered cache entry (layer not matching the manifest) and downloads instead', async () => {
      publish();
      await prepareTrivyDb(options({ cache }));
      fs.writeFileSync(path.join(cache.storedPath(cache.saved[0]!), 'layer.tar.gz'), trivyDbLayer({ db: 'planted' }));
      fs.rmSync(cacheDir, { recursive: true, force: true });
      mirror.requests.length = 0;
      const result = await prepareTrivyDb(options({ cache }));
      expect(result.source).toBe('download');
      expect(logger.warnings).toEqual([
        expect.stringMatching(
          /The cached Trivy vulnerability database .* is unusable \(the stored layer is sha256:\w+ .* not sha256:/,
        ),
      ]);
      expect(fs.readFileSync(path.join(cacheDir, 'db', 'trivy.db'), 'utf8')).toBe('bbolt bytes (not a real DB)');
    });

    it('treats a failing save as a warning: the DB is still used', async () => {
      publish();
      cache.failSave = true;
      const result = await prepareTrivyDb(options({ cache }));
      expect(result.source).toBe('download');
      expect(logger.warnings).toEqual([
        expect.stringMatching(
          /Saving the Trivy vulnerability database to the Actions cache failed \(Unable to reserve cache.*\); the next run downloads it again/,
        ),
      ]);
    });

    it('does not claim a save the cache service declined', async () => {
      publish();
      const declining = { restore: async () => false, save: async () => false };
      const result = await prepareTrivyDb(options({ cache: declining }));
      expect(result.source).toBe('download');
      expect(logger.warnings).toEqual([]);
      expect(logger.infos).toContainEqual(
        expect.stringMatching(
          /was not saved to the Actions cache as scs-trivy-db-sha256:\w+ \(the cache service declined/,
        ),
      );
    });

    it('treats a failing restore as a miss, with a warning', async () => {
      publish();
      cache.failRestore = true;
      const result = await prepareTrivyDb(options({ cache }));
      expect(result.source).toBe('download');
      expect(logger.warnings[0]).toMatch(
        /Restoring the Trivy vulnerability database from the Actions cache failed \(cache service unavailable/,
      );
    });

    it('does not save a stale DB refused with stale: fail', async () => {
      publish(trivyDbLayer({ updatedAt: new Date(NOW.getTime() - 50 * HOUR) }));
      await expect(prepareTrivyDb(options({ cache }))).rejects.toThrow(VulnDbError);
      expect(cache.saved).toEqual([]);
    });
  });

  it('prepares the Java DB the same way into java-db/', async () => {
    const layer = trivyDbLayer({ updatedAt: NOW, dbFile: 'trivy-java.db', version: 1 });
    const artifact = mirror.addArtifact('aquasec/trivy-java-db', '1', [
      { mediaType: TRIVY_JAVA_DB_LAYER, data: layer },
    ]);
    const result = await prepareTrivyJavaDb(options({ repositories: [`${mirror.host}/aquasec/trivy-java-db`] }));
    expect(result).toMatchObject({
      kind: 'trivy-java-db',
      manifestDigest: artifact.digest,
      source: 'download',
      dbDir: path.join(cacheDir, 'java-db'),
    });
    expect(fs.readdirSync(path.join(cacheDir, 'java-db')).sort()).toEqual([
      MARKER_FILE,
      'metadata.json',
      'trivy-java.db',
    ]);
    expect(mirror.requests[0]).toMatchObject({ method: 'HEAD', path: '/v2/aquasec/trivy-java-db/manifests/1' });
    const again = await prepareTrivyJavaDb(options({ repositories: [`${mirror.host}/aquasec/trivy-java-db`] }));
    expect(again).toMatchObject({ source: 'job', requests: 0 });
  });

  it('refuses a Java DB blob that does not match its digest or is cut short, a stale one and a wrong schema', async () => {
    const javaRepo = `${mirror.host}/aquasec/trivy-java-db:1`;
    const publishJava = (layer: Buffer) =>
      mirror.addArtifact('aquasec/trivy-java-db', '1', [{ mediaType: TRIVY_JAVA_DB_LAYER, data: layer }]);
    const fresh = publishJava(trivyDbLayer({ updatedAt: NOW, dbFile: 'trivy-java.db', version: 1 }));
    mirror.corrupt.add(fresh.layerDigests[0]!);
    await expect(prepareTrivyJavaDb(options({ repositories: [javaRepo] }))).rejects.toThrow(
      /Java vulnerability database could not be fetched.*does not match its digest/,
    );
    mirror.corrupt.clear();
    mirror.truncated.add(fresh.layerDigests[0]!);
    await expect(prepareTrivyJavaDb(options({ repositories: [javaRepo] }))).rejects.toThrow(
      /does not match its digest/,
    );
    mirror.truncated.clear();
    publishJava(trivyDbLayer({ updatedAt: new Date(NOW.getTime() - 50 * HOUR), dbFile: 'trivy-java.db', version: 1 }));
    await expect(prepareTrivyJavaDb(options({ repositories: [javaRepo] }))).rejects.toThrow(
      /built 2\.1 days ago .*refused/,
    );
    publishJava(trivyDbLayer({ updatedAt: NOW, dbFile: 'trivy-java.db', version: 2 }));
    await expect(prepareTrivyJavaDb(options({ repositories: [javaRepo] }))).rejects.toThrow(
      /schema version 2; this action reads version 1/,
    );
    expect(fs.existsSync(path.join(cacheDir, 'java-db'))).toBe(false);
  });

  it('names java-db-repository in the Java DB reference errors', async () => {
    await expect(prepareTrivyJavaDb(options({ repositories: ['https://ghcr.io/x:1'] }))).rejects.toThrow(
      /java-db-repository/,
    );
  });

  it('rejects bad configuration as a ConfigurationError', async () => {
    await expect(prepareTrivyDb(options({ repositories: [] }))).rejects.toThrow(ConfigurationError);
    await expect(prepareTrivyDb(options({ repositories: ['https://ghcr.io/x:2'] }))).rejects.toThrow(/db-repository/);
    await expect(prepareTrivyDb(options({ maxAgeHours: 0 }))).rejects.toThrow(/maxAgeHours must be a positive number/);
  });

  it('StaleDbError is an InfrastructureError', () => {
    expect(new StaleDbError('x')).toBeInstanceOf(InfrastructureError);
  });
});
