import { describe, expect, it, jest } from '@jest/globals';
import nock from 'nock';
import type { RunContext } from '@scs/action-kit';
import { GitHubApiError } from '@scs/github-api';
import {
  REPORT_PERMISSIONS,
  checkRunHeadSha,
  isReadOnlyForkRun,
  publishCheckRun,
  splitRepository,
  upsertStickyComment,
  withPermissionFallback,
} from '@scs/github-report';
import { API, TOKEN, testClient } from './helpers.js';

type Ctx = Pick<RunContext, 'eventName' | 'pullRequest'>;

const SAME_REPO: Ctx = {
  eventName: 'pull_request',
  pullRequest: {
    number: 7,
    headSha: 'b'.repeat(40),
    headRepository: 'octo/app',
    baseRepository: 'octo/app',
    fromFork: false,
  },
};
const FORK: Ctx = {
  eventName: 'pull_request',
  pullRequest: {
    number: 7,
    headSha: 'b'.repeat(40),
    headRepository: 'mallory/app',
    baseRepository: 'octo/app',
    fromFork: true,
  },
};

function logger() {
  const warnings: string[] = [];
  return { warnings, logger: { warning: (m: string) => void warnings.push(m) } };
}

describe('withPermissionFallback', () => {
  it('on a fork pull request: skips with a warning and makes no API call at all', async () => {
    const { warnings, logger: log } = logger();
    const fn = jest.fn(async () => 'never');
    // Any request would hit disableNetConnect (no interceptor): the call must not happen.
    const result = await withPermissionFallback(fn, {
      feature: 'pr-comment',
      permission: REPORT_PERMISSIONS['pr-comment'],
      context: FORK,
      logger: log,
    });
    expect(fn).not.toHaveBeenCalled();
    expect(result).toEqual({ status: 'skipped', reason: 'fork', warning: warnings[0] });
    expect(warnings).toEqual([
      '`pr-comment` skipped: this pull request comes from a fork, and GitHub gives its workflows a read-only token (no `pull-requests: write`). The job summary and annotations still show the results.',
    ]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('pull_request_target from a fork has a write token: it runs', async () => {
    const { warnings, logger: log } = logger();
    const result = await withPermissionFallback(async () => 5, {
      feature: 'check-run',
      permission: 'checks: write',
      context: { ...FORK, eventName: 'pull_request_target' },
      logger: log,
    });
    expect(result).toEqual({ status: 'done', value: 5 });
    expect(warnings).toEqual([]);
    expect(isReadOnlyForkRun({ ...FORK, eventName: 'pull_request_target' })).toBe(false);
    expect(isReadOnlyForkRun(FORK)).toBe(true);
    expect(isReadOnlyForkRun({ eventName: 'push' })).toBe(false);
  });

  it('a real 403 from the API → a warning naming the permission, never a throw', async () => {
    const scope = nock(API)
      .get('/repos/octo/app/issues/7/comments')
      .query(true)
      .reply(200, [])
      .post('/repos/octo/app/issues/7/comments')
      .reply(403, { message: 'Resource not accessible by integration' });
    const { client } = testClient();
    const { warnings, logger: log } = logger();
    const result = await withPermissionFallback(
      () =>
        upsertStickyComment(client, { owner: 'octo', repo: 'app', issueNumber: 7, marker: '<!-- m -->', body: 'b' }),
      { feature: 'pr-comment', permission: REPORT_PERMISSIONS['pr-comment'], context: SAME_REPO, logger: log },
    );
    expect(scope.isDone()).toBe(true);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.reason).toBe('permission');
    expect(warnings).toEqual([
      "`pr-comment` needs `pull-requests: write`: GitHub answered 403 (Resource not accessible by integration). Add `pull-requests: write` to the job's `permissions:`; pull requests from forks never get it. The job summary and annotations still show the results.",
    ]);
    expect(warnings.join('\n')).not.toContain(TOKEN);
  });

  it('a 404 → a permission warning that says GitHub hides what the token may not see', async () => {
    const scope = nock(API).post('/repos/octo/app/check-runs').reply(404, { message: 'Not Found' });
    const { client } = testClient();
    const { warnings, logger: log } = logger();
    const result = await withPermissionFallback(
      () =>
        publishCheckRun(client, {
          owner: 'octo',
          repo: 'app',
          headSha: 'c'.repeat(40),
          name: 'scan',
          conclusion: 'success',
          title: 't',
          summary: 's',
          annotations: [],
        }),
      {
        feature: 'check-run',
        permission: REPORT_PERMISSIONS['check-run'],
        context: { eventName: 'push' },
        logger: log,
      },
    );
    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ status: 'failed', reason: 'permission' });
    expect(warnings[0]).toContain(
      '`check-run` needs `checks: write`: GitHub answered 404 (Not Found), which it also does when the token may not see the resource',
    );
  });

  it('other errors (422, 5xx after retries, bugs) → a warning with the message, never a throw', async () => {
    const { warnings, logger: log } = logger();
    const apiError = new GitHubApiError({
      status: 422,
      method: 'POST',
      path: '/x',
      apiMessage: 'Validation Failed (head_sha invalid)',
    });
    const failed = await withPermissionFallback(() => Promise.reject(apiError), {
      feature: 'upload-sarif',
      permission: 'security-events: write',
      context: SAME_REPO,
      logger: log,
    });
    expect(failed).toMatchObject({ status: 'failed', reason: 'error', error: apiError });
    expect(warnings[0]).toBe(
      '`upload-sarif` failed: GitHub API POST /x failed with HTTP 422: Validation Failed (head_sha invalid). The scan result is not affected. The job summary and annotations still show the results.',
    );
    const thrownString = await withPermissionFallback(() => Promise.reject('boom'), {
      feature: 'check-run',
      permission: 'checks: write',
      context: SAME_REPO,
      logger: log,
    });
    expect(thrownString).toMatchObject({ status: 'failed', reason: 'error' });
    const rateLimited = new GitHubApiError({
      status: 403,
      method: 'POST',
      path: '/x',
      apiMessage: 'secondary rate limit',
      rateLimited: true,
    });
    const limited = await withPermissionFallback(() => Promise.reject(rateLimited), {
      feature: 'check-run',
      permission: 'checks: write',
      context: SAME_REPO,
      logger: log,
    });
    expect(limited).toMatchObject({ status: 'failed', reason: 'error' });
  });
});

describe('context helpers', () => {
  it('splitRepository', () => {
    expect(splitRepository('octo/app.js')).toEqual({ owner: 'octo', repo: 'app.js' });
    expect(() => splitRepository('octo')).toThrow(/owner\/name/);
    expect(() => splitRepository('a/b/c')).toThrow(/owner\/name/);
  });

  it('checkRunHeadSha: the PR head on pull requests, GITHUB_SHA otherwise', () => {
    expect(checkRunHeadSha({ sha: 'merge', pullRequest: { headSha: 'head' } })).toBe('head');
    expect(checkRunHeadSha({ sha: 'push' })).toBe('push');
  });
});
