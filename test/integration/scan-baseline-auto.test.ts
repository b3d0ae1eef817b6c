/**
 * `baseline: auto` (issue 17 item 6): the built scan bundle with the real
 * Trivy (secret scanning, offline) and a loopback stand-in of the Actions
 * cache service v2 (test/support/cache-service.ts: what @actions/cache 6
 * speaks, with GitHub's cache scopes). A push to the default branch saves
 * its report; a pull request restores it, gates on new findings only and
 * saves nothing; a missing baseline says so and gates on everything; a
 * corrupt one is an error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type ActionRun, type EventKind } from '../support/action-harness.js';
import { CacheService, type CacheScope } from '../support/cache-service.js';
import { requireTrivy } from '../support/test-tools.js';

const trivy = requireTrivy();
const describeWithTrivy = trivy ? describe : describe.skip;

const SECRET_A = 'GITHUB_TOKEN=ghp_R8mZq2LwTfX4vKc9NyJb6HsA3dPeUg7oQi1E\n';
const SECRET_B = 'token: ghp_Z9mZq2LwTfX4vKc9NyJb6HsA3dPeUg7oQi1F\n';
const MAIN: CacheScope[] = [{ Scope: 'refs/heads/main', Permission: 3 }];
const PULL: CacheScope[] = [
  { Scope: 'refs/pull/7/merge', Permission: 3 },
  { Scope: 'refs/heads/main', Permission: 1 },
];

const cache = new CacheService();
// One workspace and RUNNER_TEMP for every run, as on a hosted runner (the cache records paths).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-baseline-auto-'));
const workspace = path.join(root, 'workspace');
const runnerTemp = path.join(root, 'runner-temp');
/** Trivy's start-up on a loaded machine: each run may take a minute. */
const RUN_TIMEOUT_MS = 300_000;

beforeAll(async () => {
  await cache.start();
  fs.mkdirSync(workspace);
  fs.mkdirSync(runnerTemp);
  fs.writeFileSync(path.join(workspace, 'a.env'), SECRET_A);
});
afterAll(() => cache.stop());

/** The run, and the cache service calls it made. */
type Scan = ActionRun & { calls: string[] };

function scan(event: EventKind, scopes: CacheScope[], env: Record<string, string> = {}): Promise<Scan> {
  const before = cache.requests.length;
  return runAction('scan', {
    event,
    workspace,
    runnerTemp,
    inputs: {
      'trivy-path': trivy!,
      scanners: 'secret',
      'fail-on': 'critical',
      baseline: 'auto',
      'fail-on-new-only': 'true',
    },
    env: {
      ...cache.runnerEnv(scopes),
      ...(event === 'push' ? {} : { GITHUB_REF: 'refs/pull/7/merge' }),
      ...env,
    },
    timeoutMs: RUN_TIMEOUT_MS,
  }).then((run) => ({ ...run, calls: cache.requests.slice(before) }));
}

let good: Buffer;

const notices = (run: ActionRun) => run.commands.filter((c) => c.command === 'notice').map((c) => c.message);
const twirp = (run: Scan, method: string) =>
  run.calls.filter((r) => r.endsWith(`.CacheService/${method}`)).map((r) => r.slice(r.lastIndexOf('/') + 1));

// The tests build on each other, in order: what the push saves, the pull requests restore.
describeWithTrivy('scan with baseline: auto', () => {
  it(
    'push to the default branch: no baseline yet (a notice; every finding gates), the report is saved in its scope',
    async () => {
      const run = await scan('push', MAIN);
      expect(run.outputs.gate).toBe('fail');
      expect(run.exitCode).not.toBe(0);
      expect(notices(run).join('\n')).toMatch(
        /No baseline \(baseline: auto\): no report of this target has been saved/,
      );
      expect(run.summary).toContain('No baseline');
      expect(run.outputs['new-count']).toBeUndefined();
      expect(twirp(run, 'CreateCacheEntry')).toEqual(['CreateCacheEntry']);
      expect(cache.entries).toHaveLength(1);
      expect(cache.entries[0]).toMatchObject({ scope: 'refs/heads/main', finalized: true });
      expect(cache.entries[0]!.key).toMatch(/^scs-scan-baseline-v1-[0-9a-f]{40}-42-1$/);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'pull request, nothing new: restores the default branch’s report and the gate passes; nothing is saved',
    async () => {
      const run = await scan('pull_request', PULL);
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ gate: 'pass', 'new-count': '0', 'fixed-count': '0', critical: '1' });
      expect(run.summary).toContain('Compared with the baseline');
      expect(run.summary).toMatch(/default branch's last report, <code>scs-scan-baseline-v1-[0-9a-f]{40}-42-1<\/code>/);
      expect(twirp(run, 'GetCacheEntryDownloadURL')).toEqual(['GetCacheEntryDownloadURL', 'GetCacheEntryDownloadURL']);
      expect(twirp(run, 'CreateCacheEntry')).toEqual([]);
      expect(cache.entries).toHaveLength(1);
      expect(run.stdout).toMatch(/not saved on `pull_request`/);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'pull request with a new secret: only it counts, and it fails the gate',
    async () => {
      fs.writeFileSync(path.join(workspace, 'b.yml'), SECRET_B);
      const run = await scan('pull_request', PULL);
      expect(run.exitCode).not.toBe(0);
      expect(run.outputs).toMatchObject({ gate: 'fail', 'new-count': '1', 'gate-count': '1', critical: '2' });
      expect(twirp(run, 'CreateCacheEntry')).toEqual([]);
      expect(cache.entries).toHaveLength(1);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'a corrupt restored report is an error, not "no baseline"',
    async () => {
      const entry = cache.entries[0]!;
      good = entry.archive!;
      entry.archive = corruptReport(good);
      const run = await scan('pull_request', PULL);
      expect(run.exitCode).not.toBe(0);
      expect(run.outputs.gate).toBe('error');
      expect(run.stdout + run.stderr).toMatch(
        /The baseline report from the Actions cache \(scs-scan-baseline-v1-[0-9a-f]{40}-42-1\) is not JSON.*gh cache delete/,
      );
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'an entry that cannot be unpacked is an error too (@actions/cache would call it a miss)',
    async () => {
      cache.entries[0]!.archive = Buffer.concat([good.subarray(0, 8), Buffer.alloc(64, 0x41)]);
      const run = await scan('pull_request', PULL);
      expect(run.exitCode).not.toBe(0);
      expect(run.outputs.gate).toBe('error');
      expect(run.stdout + run.stderr).toMatch(
        /The baseline entry scs-scan-baseline-v1-[0-9a-f]{40}-42-1 is in the Actions cache but could not be restored.*gh cache delete/,
      );
    },
    RUN_TIMEOUT_MS,
  );
});

/** The same archive with report.json's bytes replaced by garbage of the same length (tar headers stay valid). */
function corruptReport(archive: Buffer): Buffer {
  const zstd = archive.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
  const tar = zstd ? execFileSync('zstd', ['-d', '-q', '-c'], { input: archive }) : gunzip(archive);
  const start = tar.indexOf(Buffer.from('{'), tar.indexOf(Buffer.from('report.json')));
  const end = tar.indexOf(0, start);
  tar.fill('x', start, end);
  return zstd ? execFileSync('zstd', ['-q', '-c'], { input: tar }) : gzip(tar);
}

function gunzip(data: Buffer): Buffer {
  return execFileSync('gzip', ['-d', '-c'], { input: data });
}

function gzip(data: Buffer): Buffer {
  return execFileSync('gzip', ['-c'], { input: data });
}
