/**
 * Issue 17 item 4: the check run is keyed like the sticky comment (workflow,
 * job, report key), so matrix legs and several scan steps keep their own
 * check runs, and a re-run of a step updates its own instead of adding one.
 */
import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { Annotation } from '@scs/action-kit';
import {
  KEPT_ANNOTATIONS_NOTE,
  checkRunIdentity,
  publishCheckRun,
  reportIdentity,
  stickyMarker,
  type PublishCheckRunOptions,
} from '@scs/github-report';
import { API, recorder, testClient } from './helpers.js';

const SHA = 'b'.repeat(40);
const NOW = () => new Date('2026-12-07T12:00:00.000Z');
const LOOKUP = `/repos/octo/app/commits/${SHA}/check-runs`;

function annotations(n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    level: 'error' as const,
    message: `finding ${i}`,
    file: 'package-lock.json',
    startLine: i + 1,
  }));
}

function options(key: string, extra: Partial<PublishCheckRunOptions> = {}): PublishCheckRunOptions {
  const identity = checkRunIdentity('supply-chain scan', 'CI', 'scan', 'scs:scan', key);
  return {
    owner: 'octo',
    repo: 'app',
    headSha: SHA,
    name: identity.name,
    externalId: identity.externalId,
    conclusion: 'failure',
    title: 'Gate failed: 2 finding(s)',
    summary: '## Scan',
    annotations: annotations(2),
    now: NOW,
    ...extra,
  };
}

describe('checkRunIdentity', () => {
  it('is the comment marker’s identity: one key function for both channels', () => {
    const key = 'trivy:image:ghcr.io/octo/app:1.2';
    const { externalId, name } = checkRunIdentity('supply-chain scan', 'CI', 'scan', 'scs:scan', key);
    expect(externalId).toBe(reportIdentity('CI', 'scan', 'scs:scan', key));
    expect(stickyMarker('CI', 'scan', 'scs:scan', key)).toBe(`<!-- ${externalId} -->`);
    expect(name).toBe('supply-chain scan (CI / scan / trivy:image:ghcr.io/octo/app:1.2)');
  });

  it('tells matrix legs, steps and jobs apart', () => {
    const ids = [
      checkRunIdentity('s', 'CI', 'scan', 'scs:scan', 'linux-amd64'),
      checkRunIdentity('s', 'CI', 'scan', 'scs:scan', 'linux-arm64'),
      checkRunIdentity('s', 'CI', 'scan', 'scs:scan', 'trivy:image:ghcr.io/octo/api:1'),
      checkRunIdentity('s', 'CI', 'scan-nightly', 'scs:scan', 'linux-amd64'),
      checkRunIdentity('s', 'Release', 'scan', 'scs:scan', 'linux-amd64'),
    ];
    expect(new Set(ids.map((id) => id.name)).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.externalId)).size).toBe(ids.length);
  });

  it('stays under 200 characters with a digest when the names are long, and distinct', () => {
    const a = checkRunIdentity('s', 'w'.repeat(150), 'j'.repeat(150), 'scs:scan', `${'k'.repeat(99)}a`);
    const b = checkRunIdentity('s', 'w'.repeat(150), 'j'.repeat(150), 'scs:scan', `${'k'.repeat(99)}b`);
    expect(a.name.length).toBeLessThanOrEqual(200);
    expect(a.externalId.length).toBeLessThanOrEqual(200);
    expect(a.name).not.toBe(b.name);
    expect(a.externalId).not.toBe(b.externalId);
  });
});

describe('publishCheckRun with an external_id', () => {
  it('first run: looks for its own check run on the commit, finds none, creates one with name and external_id', async () => {
    const lookups: string[] = [];
    const create = recorder<Record<string, unknown>>();
    const opts = options('linux-amd64');
    const scope = nock(API)
      .get(LOOKUP)
      .query((q) => (lookups.push(JSON.stringify(q)), true))
      .reply(200, {
        total_count: 1,
        // Another leg's run: same commit, other name and key; never touched.
        check_runs: [{ id: 5, name: options('linux-arm64').name, external_id: options('linux-arm64').externalId }],
      })
      .post('/repos/octo/app/check-runs', create.match)
      .reply(201, { id: 6, html_url: 'https://github.com/octo/app/runs/6' });
    const { client } = testClient();
    const result = await publishCheckRun(client, opts);
    expect(scope.isDone()).toBe(true);
    expect(JSON.parse(lookups[0]!)).toEqual({ check_name: opts.name, filter: 'all', per_page: '100' });
    expect(create.bodies[0]).toMatchObject({ name: opts.name, external_id: opts.externalId, head_sha: SHA });
    expect(result).toMatchObject({ id: 6, updated: false, annotationsSent: 2, requests: 2 });
  });

  it('re-run: updates the newest run with the same name and external_id, without adding its annotations twice', async () => {
    const update = recorder<Record<string, unknown>>();
    const opts = options('linux-amd64', { conclusion: 'success', title: 'Gate passed: 0 finding(s)' });
    const scope = nock(API)
      .get(LOOKUP)
      .query(true)
      .reply(200, {
        check_runs: [
          { id: 7, name: opts.name, external_id: opts.externalId, output: { annotations_count: 2 } },
          { id: 9, name: opts.name, external_id: opts.externalId, output: { annotations_count: 2 } },
          { id: 8, name: opts.name, external_id: 'scs:scan:CI:scan:other', output: { annotations_count: 0 } },
        ],
      })
      .patch('/repos/octo/app/check-runs/9', update.match)
      .reply(200, { id: 9, html_url: 'https://github.com/octo/app/runs/9' });
    const { client } = testClient();
    const result = await publishCheckRun(client, opts);
    expect(scope.isDone()).toBe(true);
    const body = update.bodies[0] as { head_sha?: string; conclusion: string; output: Record<string, unknown> };
    expect(body.head_sha).toBeUndefined();
    expect(body.conclusion).toBe('success');
    expect(body.output.annotations).toBeUndefined();
    expect(String(body.output.summary)).toContain(KEPT_ANNOTATIONS_NOTE.trim());
    expect(result).toMatchObject({ id: 9, updated: true, annotationsSent: 0 });
  });

  it('re-run of a run without annotations: the update carries them, in batches of 50', async () => {
    const update = recorder<{ output: { annotations?: unknown[] } }>();
    const opts = options('k', { annotations: annotations(70) });
    const scope = nock(API)
      .get(LOOKUP)
      .query(true)
      .reply(200, {
        check_runs: [{ id: 3, name: opts.name, external_id: opts.externalId, output: { annotations_count: 0 } }],
      })
      .patch('/repos/octo/app/check-runs/3', update.match)
      .times(2)
      .reply(200, { id: 3, html_url: 'https://github.com/octo/app/runs/3' });
    const { client } = testClient();
    const result = await publishCheckRun(client, opts);
    expect(scope.isDone()).toBe(true);
    expect(update.bodies.map((b) => b.output.annotations?.length)).toEqual([50, 20]);
    expect(result).toMatchObject({ updated: true, annotationsSent: 70, requests: 3 });
  });

  it('a run GitHub will not let this token update (another app’s) is left alone: a new one is created', async () => {
    const opts = options('k');
    const scope = nock(API)
      .get(LOOKUP)
      .query(true)
      .reply(200, { check_runs: [{ id: 4, name: opts.name, external_id: opts.externalId }] })
      .patch('/repos/octo/app/check-runs/4')
      .reply(403, { message: 'Invalid app_id `1` - check run can only be modified by the GitHub App that created it.' })
      .post('/repos/octo/app/check-runs')
      .reply(201, { id: 10, html_url: 'https://github.com/octo/app/runs/10' });
    const { client } = testClient();
    const result = await publishCheckRun(client, opts);
    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 10, updated: false, annotationsSent: 2 });
  });

  it('a failed lookup does not fail the check run: a new one is created', async () => {
    const opts = options('k');
    const scope = nock(API)
      .get(LOOKUP)
      .query(true)
      .reply(404, { message: 'Not Found' })
      .post('/repos/octo/app/check-runs')
      .reply(201, { id: 11, html_url: 'https://github.com/octo/app/runs/11' });
    const { client } = testClient();
    const result = await publishCheckRun(client, opts);
    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 11, updated: false });
  });
});
