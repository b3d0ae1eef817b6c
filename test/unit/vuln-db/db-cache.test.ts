import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isUntrustedTrigger } from '@scs/action-kit';
import { actionsDbCache, dbCachePolicy, narrowCache, type DbCache, type DbCacheInput } from '@scs/vuln-db';

const FORK_RUN = {
  workflow_run: { head_repository: { full_name: 'mallory/app' } },
  repository: { full_name: 'octo-org/app' },
};
const SAME_RUN = {
  workflow_run: { head_repository: { full_name: 'octo-org/app' } },
  repository: { full_name: 'octo-org/app' },
};

describe('dbCachePolicy', () => {
  const events: [string, Record<string, unknown>][] = [
    ['push', {}],
    ['pull_request', {}],
    ['schedule', {}],
    ['workflow_dispatch', {}],
    ['workflow_run', SAME_RUN],
    ['pull_request_target', {}],
    ['workflow_run', FORK_RUN],
  ];
  const table = (input: DbCacheInput) =>
    events.map(([eventName, payload]) => {
      const policy = dbCachePolicy(input, { eventName, untrustedTrigger: isUntrustedTrigger(eventName, payload) });
      return `${eventName}${payload === FORK_RUN ? ' (fork)' : ''}: restore=${policy.restore} save=${policy.save}`;
    });

  it('auto: restore and save on trusted events, neither on untrusted triggers', () => {
    expect(table('auto')).toEqual([
      'push: restore=true save=true',
      'pull_request: restore=true save=true',
      'schedule: restore=true save=true',
      'workflow_dispatch: restore=true save=true',
      'workflow_run: restore=true save=true',
      'pull_request_target: restore=false save=false',
      'workflow_run (fork): restore=false save=false',
    ]);
  });

  it('true: always both; false: never', () => {
    expect(table('true').every((line) => line.endsWith('restore=true save=true'))).toBe(true);
    expect(table('false').every((line) => line.endsWith('restore=false save=false'))).toBe(true);
  });

  it('says why, naming the event', () => {
    expect(dbCachePolicy('auto', { eventName: 'pull_request_target', untrustedTrigger: true }).reason).toMatch(
      /not used on `pull_request_target` \(an untrusted trigger/,
    );
    expect(dbCachePolicy('true', { eventName: 'pull_request_target', untrustedTrigger: true }).reason).toMatch(
      /although `pull_request_target` is an untrusted trigger/,
    );
    expect(dbCachePolicy('false', { eventName: 'push', untrustedTrigger: false }).reason).toMatch(/not used/);
  });
});

describe('narrowCache', () => {
  it('lets through only what the policy allows', async () => {
    const calls: string[] = [];
    const inner: DbCache = {
      restore: async (_p, key) => (calls.push(`restore ${key}`), true),
      save: async (_p, key) => void calls.push(`save ${key}`),
    };
    const readOnly = narrowCache(inner, { restore: true, save: false, reason: '' });
    expect(await readOnly.restore(['/x'], 'k')).toBe(true);
    await readOnly.save(['/x'], 'k');
    const none = narrowCache(inner, { restore: false, save: false, reason: '' });
    expect(await none.restore(['/x'], 'k2')).toBe(false);
    expect(calls).toEqual(['restore k']);
  });
});

describe('actionsDbCache', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const name of [
      'ACTIONS_CACHE_URL',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_CACHE_SERVICE_V2',
      'ACTIONS_RUNTIME_TOKEN',
    ])
      delete process.env[name];
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('loads @actions/cache only when used, and without a cache service is a miss and a no-op save', async () => {
    const cache = actionsDbCache();
    expect(await cache.restore(['/tmp/nothing'], 'scs-trivy-db-sha256:00')).toBe(false);
    await expect(cache.save(['/tmp/nothing'], 'scs-trivy-db-sha256:00')).resolves.toBe(false);
  });

  it('with a policy, does not even load the module for what the policy forbids', async () => {
    const cache = actionsDbCache({ restore: false, save: false, reason: '' });
    expect(await cache.restore(['/tmp/nothing'], 'k')).toBe(false);
  });
});
