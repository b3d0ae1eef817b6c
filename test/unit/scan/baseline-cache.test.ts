/**
 * `baseline: auto` (issue 17 item 6): when a baseline is saved and restored,
 * what key it has, and how a restored file is read. The built bundle against
 * a cache service stand-in is in test/integration/scan-baseline-auto.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isUntrustedTrigger, type Logger, type RunContext } from '@scs/action-kit';
import {
  BASELINE_KEY_PREFIX,
  MAX_CACHED_BASELINE_BYTES,
  actionsBaselineStore,
  baselineSavePolicy,
  baselineSlot,
  readRestoredBaseline,
  restoreAutoBaseline,
  saveAutoBaseline,
  type BaselineStore,
} from '../../../actions/scan/src/baseline-cache.js';

let temp: string;
beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-baseline-cache-'));
});
afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

function context(eventName: string, ref: string, payload: Record<string, unknown> = {}): RunContext {
  const full = { repository: { full_name: 'octo-org/app', default_branch: 'main' }, ...payload };
  return {
    eventName,
    repository: 'octo-org/app',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    sha: 'a'.repeat(40),
    ref,
    workflow: 'CI',
    job: 'scan',
    runId: '42',
    runAttempt: '2',
    actor: 'octocat',
    workspace: path.join(temp, 'ws'),
    runnerTemp: temp,
    runnerOs: 'Linux',
    payload: full,
    untrustedTrigger: isUntrustedTrigger(eventName, full),
  };
}

function recordingStore(
  answer: Awaited<ReturnType<BaselineStore['restore']>>,
  write?: string,
): BaselineStore & {
  calls: string[];
} {
  const calls: string[] = [];
  return {
    calls,
    async restore(file, prefix) {
      calls.push(`restore ${prefix}`);
      if (write !== undefined) fs.writeFileSync(file, write);
      return answer;
    },
    async save(file, key) {
      calls.push(`save ${key} ${fs.readFileSync(file, 'utf8')}`);
      return true;
    },
  };
}

const quiet: Logger & { lines: string[] } = {
  lines: [],
  info(m) {
    this.lines.push(m);
  },
  debug() {},
  warning(m) {
    this.lines.push(`warning: ${m}`);
  },
  untrusted() {},
  group: (_t, fn) => fn(),
};

describe('baselineSavePolicy: only trusted events of the default branch save', () => {
  it.each([
    ['push', 'refs/heads/main', {}, true],
    ['schedule', 'refs/heads/main', {}, true],
    ['schedule', 'refs/heads/main', { repository: { full_name: 'octo-org/app' } }, true],
    ['workflow_dispatch', 'refs/heads/main', {}, true],
    ['workflow_dispatch', 'refs/heads/feature', {}, false],
    ['push', 'refs/heads/feature', {}, false],
    ['push', 'refs/tags/v1.0.0', {}, false],
    ['push', 'refs/heads/main', { repository: { full_name: 'octo-org/app' } }, false],
    ['pull_request', 'refs/pull/7/merge', {}, false],
    ['pull_request', 'refs/heads/main', {}, false],
    ['pull_request_target', 'refs/heads/main', {}, false],
    ['merge_group', 'refs/heads/gh-readonly-queue/main/pr-7', {}, false],
    [
      'workflow_run',
      'refs/heads/main',
      {
        workflow_run: { head_repository: { full_name: 'mallory/app' } },
        repository: { full_name: 'octo-org/app', default_branch: 'main' },
      },
      false,
    ],
  ] as [string, string, Record<string, unknown>, boolean][])('%s on %s (%j): %s', (event, ref, payload, save) => {
    expect(baselineSavePolicy(context(event, ref, payload)).save).toBe(save);
  });
});

describe('baselineSlot', () => {
  it('one key prefix per repository, workflow, job and report key; fixed-length, so no prefix of another', () => {
    const slots = [
      baselineSlot(context('push', 'refs/heads/main'), 'trivy:image:ghcr.io/octo/app:1'),
      baselineSlot(context('push', 'refs/heads/main'), 'trivy:image:ghcr.io/octo/app:10'),
      baselineSlot({ ...context('push', 'refs/heads/main'), job: 'scan-2' }, 'trivy:image:ghcr.io/octo/app:1'),
      baselineSlot({ ...context('push', 'refs/heads/main'), workflow: 'Nightly' }, 'trivy:image:ghcr.io/octo/app:1'),
      baselineSlot(
        { ...context('push', 'refs/heads/main'), repository: 'octo-org/other' },
        'trivy:image:ghcr.io/octo/app:1',
      ),
    ];
    for (const slot of slots) expect(slot.prefix).toMatch(new RegExp(`^${BASELINE_KEY_PREFIX}[0-9a-f]{40}-$`));
    for (const a of slots) for (const b of slots) if (a !== b) expect(b.prefix.startsWith(a.prefix)).toBe(false);
    expect(slots[0]!.file.startsWith(temp)).toBe(true);
  });
});

describe('restoreAutoBaseline', () => {
  it('restores the newest entry of the prefix into an emptied folder', async () => {
    const ctx = context('pull_request', 'refs/pull/7/merge');
    const slot = baselineSlot(ctx, 'k');
    fs.mkdirSync(slot.dir, { recursive: true });
    fs.writeFileSync(path.join(slot.dir, 'left-over'), 'x');
    const store = recordingStore({ status: 'hit', key: `${slot.prefix}41-1` }, '{}');
    const restored = await restoreAutoBaseline(ctx, 'k', store);
    expect(restored).toEqual({ status: 'restored', file: slot.file, key: `${slot.prefix}41-1` });
    expect(store.calls).toEqual([`restore ${slot.prefix}`]);
    expect(fs.existsSync(path.join(slot.dir, 'left-over'))).toBe(false);
  });

  it('on an untrusted trigger, does not even ask the cache', async () => {
    const store = recordingStore({ status: 'hit', key: 'x' });
    const restored = await restoreAutoBaseline(context('pull_request_target', 'refs/heads/main'), 'k', store);
    expect(restored).toMatchObject({ status: 'missing', reason: expect.stringMatching(/untrusted trigger/) });
    expect(store.calls).toEqual([]);
  });

  it('a miss and no cache service are "missing", each with its reason', async () => {
    const ctx = context('pull_request', 'refs/pull/7/merge');
    expect(await restoreAutoBaseline(ctx, 'k', recordingStore({ status: 'miss' }))).toMatchObject({
      status: 'missing',
      reason: expect.stringMatching(/no report of this target has been saved/),
    });
    expect(await restoreAutoBaseline(ctx, 'k', recordingStore({ status: 'unavailable' }))).toMatchObject({
      status: 'missing',
      reason: expect.stringMatching(/no Actions cache service/),
    });
  });

  it('an entry that exists but could not be restored is an error, not a miss', async () => {
    const ctx = context('pull_request', 'refs/pull/7/merge');
    const key = `${baselineSlot(ctx, 'k').prefix}41-1`;
    await expect(restoreAutoBaseline(ctx, 'k', recordingStore({ status: 'broken', key }))).rejects.toThrow(
      /is in the Actions cache but could not be restored.*gh cache delete/,
    );
  });

  it('an entry under another key (the service matches by prefix) is refused', async () => {
    const ctx = context('pull_request', 'refs/pull/7/merge');
    const slot = baselineSlot(ctx, 'k');
    for (const key of [`${slot.prefix}42-1-evil`, `${BASELINE_KEY_PREFIX}other`, `${slot.prefix}`]) {
      await expect(restoreAutoBaseline(ctx, 'k', recordingStore({ status: 'hit', key }))).rejects.toThrow(
        /an entry this action does not write/,
      );
    }
  });

  it('without a cache service, @actions/cache is asked and answers "unavailable"', async () => {
    const saved = { ...process.env };
    delete process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_CACHE_URL;
    try {
      expect(await actionsBaselineStore().restore(path.join(temp, 'r.json'), `${BASELINE_KEY_PREFIX}x-`)).toEqual({
        status: 'unavailable',
      });
      expect(await actionsBaselineStore().save(path.join(temp, 'r.json'), `${BASELINE_KEY_PREFIX}x-1-1`)).toBe(false);
    } finally {
      process.env = saved;
    }
  });
});

describe('readRestoredBaseline: the restored file is hostile', () => {
  const key = `${BASELINE_KEY_PREFIX}${'0'.repeat(40)}-1-1`;

  it('reads a regular file', () => {
    const file = path.join(temp, 'report.json');
    fs.writeFileSync(file, '{"SchemaVersion":2}');
    expect(readRestoredBaseline({ file, key })).toBe('{"SchemaVersion":2}');
  });

  it('refuses a link, a missing file and a file over the cap, naming the entry and how to delete it', () => {
    const link = path.join(temp, 'link.json');
    fs.symlinkSync('/etc/passwd', link);
    expect(() => readRestoredBaseline({ file: link, key })).toThrow(/not a regular file; refused.*gh cache delete/);
    expect(() => readRestoredBaseline({ file: path.join(temp, 'none.json'), key })).toThrow(
      /holds no report\.json.*gh cache delete/,
    );
    const big = path.join(temp, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_CACHED_BASELINE_BYTES + 1);
    expect(() => readRestoredBaseline({ file: big, key })).toThrow(/over the 134217728-byte limit.*gh cache delete/);
  });
});

describe('saveAutoBaseline', () => {
  it('saves the report under the prefix, the run id and the attempt, on a push to the default branch', async () => {
    const ctx = context('push', 'refs/heads/main');
    const report = path.join(temp, 'report.json');
    fs.writeFileSync(report, '{"SchemaVersion":2}');
    const store = recordingStore({ status: 'miss' });
    expect(await saveAutoBaseline(ctx, 'k', report, store, quiet)).toBe(true);
    expect(store.calls).toEqual([`save ${baselineSlot(ctx, 'k').prefix}42-2 {"SchemaVersion":2}`]);
  });

  it('saves nothing on a pull request, and says why', async () => {
    const report = path.join(temp, 'report.json');
    fs.writeFileSync(report, '{}');
    const store = recordingStore({ status: 'miss' });
    quiet.lines.length = 0;
    expect(await saveAutoBaseline(context('pull_request', 'refs/pull/7/merge'), 'k', report, store, quiet)).toBe(false);
    expect(store.calls).toEqual([]);
    expect(quiet.lines.join('\n')).toMatch(/not saved on `pull_request`/);
  });

  it('a failed save is a warning, never a failed scan', async () => {
    const report = path.join(temp, 'report.json');
    fs.writeFileSync(report, '{}');
    const store: BaselineStore = {
      restore: async () => ({ status: 'miss' }),
      save: async () => {
        throw new Error('service down');
      },
    };
    quiet.lines.length = 0;
    expect(await saveAutoBaseline(context('push', 'refs/heads/main'), 'k', report, store, quiet)).toBe(false);
    expect(quiet.lines.join('\n')).toMatch(/warning: .*could not be saved.*service down/);
  });
});
