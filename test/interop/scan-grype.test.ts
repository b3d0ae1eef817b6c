/**
 * scan, scanner grype, against the REAL grype (v0.120.1, built from the pinned
 * module) and a real Grype v6 vulnerability DB written by grype's own DB
 * writer (test/tools/grype-db-fixture, same module version): the archive and
 * latest.json it produces are served on loopback, and the built dist/scan
 * fetches them through its own DB download path (`grype-db-url`), installs
 * the DB and runs grype with auto-update off.
 *
 * Planted (test/fixtures/grype-db/planted.json, made-up IDs):
 *   CVE-2099-0001        high    apk openssl < 3.1.3-r0 on Alpine 3.18 (the alpine-app image)
 *   GHSA-scs1-test-0002  high    npm debug >=4.0.0,<4.3.5               (test/fixtures/projects/npm-app)
 *   GHSA-scs1-test-0003  medium  npm ms <2.1.3                          (npm-app)
 * Each is found with its severity and fix version; the gate fails at
 * `fail-on: high` and passes at `fail-on: critical`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { pushPlatformVulnImage, type PlatformVulnImage } from '../support/platform-image.js';
import { requireGoTool, requireInfra, requireReferrersRegistry, testImage } from '../support/test-tools.js';
import { ReleaseServer } from '../unit/tool-installer/helpers.js';

const PROJECTS = path.join(REPO_ROOT, 'test', 'fixtures', 'projects');
const SPEC = path.join(REPO_ROOT, 'test', 'fixtures', 'grype-db', 'planted.json');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'interop-scan-grype-'));

const infra = requireInfra();
const grype = infra ? requireGoTool(infra, 'grype') : undefined;
const dbWriter = infra ? requireGoTool(infra, 'grype-db-fixture') : undefined;
const referrers = infra ? requireReferrersRegistry(infra) : undefined;
const describeReal = infra && grype && dbWriter && referrers ? describe : describe.skip;

interface FixtureSummary {
  dir: string;
  listing: string;
  archive: string;
  checksum: string;
  built: string;
  schemaVersion: string;
  status: string;
}

/** The parts of grype's JSON report these tests read. */
interface GrypeMatch {
  vulnerability: { id: string; severity: string; fix: { versions: string[]; state: string } };
  artifact: { name: string; version: string; type: string };
}

const server = new ReleaseServer();
let db: FixtureSummary;
let listingUrl: string;

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error' && !c.properties.title).at(-1)?.message ?? '';
}

function grypeMatches(run: ActionRun): string[] {
  if (!run.outputs['json-file'])
    throw new Error(`no grype report; the run failed with: ${lastError(run) || run.stderr.slice(-2000)}`);
  const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8')) as {
    matches: GrypeMatch[];
    descriptor: { name: string; version: string };
  };
  expect(report.descriptor).toMatchObject({ name: 'grype', version: '0.120.1' });
  return report.matches
    .map(
      (m) =>
        `${m.vulnerability.id} ${m.vulnerability.severity} ${m.artifact.type}:${m.artifact.name}@${m.artifact.version} fix=${m.vulnerability.fix.state}:${m.vulnerability.fix.versions.join('|')}`,
    )
    .sort();
}

async function scan(inputs: Record<string, string>, workspace?: string): Promise<ActionRun> {
  return runAction('scan', {
    ...(workspace ? { workspace } : {}),
    inputs: { scanner: 'grype', 'grype-path': grype!, 'grype-db-url': listingUrl, 'db-cache': 'false', ...inputs },
    env: { HOME: work },
  });
}

describeReal("scan with the real grype and a DB from grype's own writer (dist/scan)", () => {
  beforeAll(async () => {
    const out = path.join(work, 'db');
    const summary = execFileSync(dbWriter!, ['-spec', SPEC, '-out', out], { encoding: 'utf8', timeout: 120_000 });
    db = JSON.parse(summary) as FixtureSummary;
    // What grype's distribution publishes: a zstd archive and the listing pointing at it.
    expect(db).toMatchObject({
      listing: 'latest.json',
      status: 'active',
      archive: expect.stringMatching(/^vulnerability-db_v6\.\d+\.\d+_.+\.tar\.zst$/),
    });
    expect(db.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    await server.start();
    server.route('/databases/v6/latest.json', { kind: 'file', body: fs.readFileSync(path.join(out, 'latest.json')) });
    server.route(`/databases/v6/${db.archive}`, { kind: 'file', body: fs.readFileSync(path.join(out, db.archive)) });
    listingUrl = `${server.baseUrl}/databases/v6/latest.json`;
  });
  afterAll(() => server.stop());

  it('the fixture is a DB grype itself accepts: `grype db import` of the archive, then `grype db status` is valid', () => {
    const cache = fs.mkdtempSync(path.join(work, 'grype-cache-'));
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: work,
      GRYPE_DB_CACHE_DIR: cache,
      GRYPE_CHECK_FOR_APP_UPDATE: 'false',
      GRYPE_DB_AUTO_UPDATE: 'false',
    };
    execFileSync(grype!, ['db', 'import', path.join(db.dir, db.archive)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    const status = JSON.parse(
      execFileSync(grype!, ['db', 'status', '-o', 'json'], { env, encoding: 'utf8', timeout: 60_000 }),
    ) as Record<string, unknown>;
    expect(status).toMatchObject({ valid: true, schemaVersion: expect.stringMatching(/^v?6\./) });
  });

  it('a directory (npm-app): both planted npm advisories, with severity and fix; fail-on high fails the gate', async () => {
    const run = await scan({ path: 'npm-app', 'fail-on': 'high' }, workspaceFrom(PROJECTS));
    expect(grypeMatches(run)).toEqual([
      'GHSA-scs1-test-0002 High npm:debug@4.3.4 fix=fixed:4.3.5',
      'GHSA-scs1-test-0003 Medium npm:ms@2.1.2 fix=fixed:2.1.3',
    ]);
    expect(run.outputs).toMatchObject({
      critical: '0',
      high: '1',
      medium: '1',
      total: '2',
      gate: 'fail',
      'gate-count': '1',
      'db-digest': db.checksum,
    });
    expect(lastError(run)).toMatch(/^Severity gate failed/);
    expect(run.exitCode).toBe(1);
    expect(server.requests).toEqual(
      expect.arrayContaining(['/databases/v6/latest.json', `/databases/v6/${db.archive}`]),
    );
    expect(run.summary).toContain('GHSA-scs1-test-0002');
    expect(run.summary).toContain('4.3.5');
  });

  it('the same directory passes with fail-on: critical (the findings are still reported)', async () => {
    const run = await scan({ path: 'npm-app', 'fail-on': 'critical' }, workspaceFrom(PROJECTS));
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ high: '1', medium: '1', total: '2', gate: 'pass', 'gate-count': '0' });
  });

  it('an archive that carries import.json (grype-db built with hydrate: true) installs and scans the same', async () => {
    const out = path.join(work, 'db-hydrated');
    const hydrated = JSON.parse(
      execFileSync(dbWriter!, ['-spec', SPEC, '-out', out, '-hydrate'], { encoding: 'utf8', timeout: 120_000 }),
    ) as FixtureSummary;
    expect(
      execFileSync('tar', ['--zstd', '-tf', path.join(out, hydrated.archive)], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .sort(),
    ).toEqual(['import.json', 'vulnerability.db']);
    server.route('/hydrated/latest.json', { kind: 'file', body: fs.readFileSync(path.join(out, 'latest.json')) });
    server.route(`/hydrated/${hydrated.archive}`, {
      kind: 'file',
      body: fs.readFileSync(path.join(out, hydrated.archive)),
    });
    const run = await runAction('scan', {
      workspace: workspaceFrom(PROJECTS),
      inputs: {
        scanner: 'grype',
        'grype-path': grype!,
        'grype-db-url': `${server.baseUrl}/hydrated/latest.json`,
        'db-cache': 'false',
        path: 'npm-app',
        'fail-on': 'critical',
      },
      env: { HOME: work },
    });
    expect(lastError(run)).toBe('');
    expect(grypeMatches(run)).toHaveLength(2);
    expect(run.outputs).toMatchObject({ high: '1', medium: '1', gate: 'pass', 'db-digest': hydrated.checksum });
  });

  it.each(['docker-registry 2.8', 'the OCI 1.1 registry'])(
    'an image in %s (alpine-app): CVE-2099-0001 in apk openssl, high, fixed in 3.1.3-r0; fail-on high fails',
    async (label) => {
      const image =
        label === 'docker-registry 2.8' ? testImage(infra!, 'alpine-app') : referrers!.images['alpine-app']!;
      const run = await scan({ image: image.refByDigest, 'fail-on': 'high' });
      expect(grypeMatches(run)).toEqual(['CVE-2099-0001 High apk:openssl@3.1.2-r0 fix=fixed:3.1.3-r0']);
      expect(run.outputs).toMatchObject({
        high: '1',
        total: '1',
        gate: 'fail',
        'gate-count': '1',
        'db-digest': db.checksum,
      });
      expect(lastError(run)).toMatch(/^Severity gate failed/);
      expect(run.exitCode).toBe(1);
    },
  );

  it('the image passes with fail-on: critical', async () => {
    const run = await scan({ image: testImage(infra!, 'alpine-app').ref, 'fail-on': 'critical' });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ high: '1', total: '1', gate: 'pass' });
  });

  describe('a multi-platform index (openssl vulnerable on linux/arm64/v8 only)', () => {
    let image: PlatformVulnImage;
    beforeAll(async () => {
      image = await pushPlatformVulnImage(referrers!.registry, work, 'platforms/grype');
    });

    it.each([
      ['linux/amd64', []],
      ['linux/arm64/v8', ['CVE-2099-0001 High apk:openssl@3.1.2-r0 fix=fixed:3.1.3-r0']],
    ])('platform: %s is the platform grype scans (its --platform)', async (platform, matches) => {
      const run = await scan({ image: image.ref, platform });
      expect(grypeMatches(run)).toEqual(matches);
      expect(run.outputs['platform-reports']).toBeUndefined();
    });

    it('platform: all scans each platform by digest with one gate over both', async () => {
      const run = await scan({ image: image.ref, platform: 'all', formats: 'sarif' });
      expect(lastError(run)).toMatch(/^Severity gate failed/);
      expect(run.outputs).toMatchObject({ total: '1', gate: 'fail', 'gate-count': '1', 'image-digest': image.digest });
      const reports = JSON.parse(run.outputs['platform-reports']!) as Array<Record<string, string | number>>;
      expect(reports.map((r) => [r.platform, r.digest, r.total])).toEqual([
        ['linux/amd64', image.platforms['linux/amd64'], 0],
        ['linux/arm64/v8', image.platforms['linux/arm64/v8'], 1],
      ]);
      for (const report of reports) {
        const json = JSON.parse(fs.readFileSync(String(report['json-file']), 'utf8'));
        // grype's own record of what it scanned: that platform's manifest.
        expect(json.source.target.manifestDigest).toBe(report.digest);
      }
      const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
      expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
        'supply-chain-scan/image/linux-amd64/',
        'supply-chain-scan/image/linux-arm64-v8/',
      ]);
    });
  });
});
