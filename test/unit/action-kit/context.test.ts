import { describe, expect, it } from '@jest/globals';
import { isUntrustedTrigger, pullRequestFromPayload } from '@scs/action-kit';
import { eventPayload } from '../../support/action-harness.js';

describe('GitHub context', () => {
  it('sees a same-repository pull request as not from a fork', () => {
    const pr = pullRequestFromPayload(eventPayload('pull_request').payload as Record<string, unknown>);
    expect(pr).toMatchObject({ number: 7, fromFork: false, headSha: 'b'.repeat(40) });
  });
  it('detects a pull request from a fork', () => {
    const pr = pullRequestFromPayload(eventPayload('fork_pull_request').payload as Record<string, unknown>);
    expect(pr).toMatchObject({ fromFork: true, headRepository: 'mallory/app', baseRepository: 'octo-org/app' });
  });
  it('treats a pull request whose head repository was deleted as foreign', () => {
    const pr = pullRequestFromPayload({
      pull_request: { number: 1, head: { sha: 'x', repo: null }, base: { repo: { full_name: 'o/a' } } },
    });
    expect(pr?.fromFork).toBe(true);
  });
  it('has no pull request on push', () => {
    expect(pullRequestFromPayload(eventPayload('push').payload as Record<string, unknown>)).toBeUndefined();
  });
  it.each<[string, Record<string, unknown>, boolean]>([
    ['pull_request_target', {}, true],
    [
      'workflow_run',
      { workflow_run: { head_repository: { full_name: 'mallory/app' } }, repository: { full_name: 'octo-org/app' } },
      true,
    ],
    [
      'workflow_run',
      { workflow_run: { head_repository: { full_name: 'octo-org/app' } }, repository: { full_name: 'octo-org/app' } },
      false,
    ],
    ['pull_request', {}, false],
    ['push', {}, false],
  ])('%s is untrusted: %s', (event, payload, expected) => {
    expect(isUntrustedTrigger(event, payload)).toBe(expected);
  });
});
