/**
 * The built scan bundle publishing to GitHub: a check run, the sticky pull
 * request comment and the code scanning upload, against a loopback stand-in
 * of the REST API (GITHUB_API_URL). Fork pull requests and missing
 * permissions degrade to warnings; the scan's verdict never depends on them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, runAction, type EventKind } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';

const STAND_IN = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'trivy-stand-in.mjs');
const REPORT = path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'secrets.json.golden');
const api = new FakeGitHub();

beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => api.reset());

function scanOnPullRequest(event: EventKind, inputs: Record<string, string> = {}) {
  return runAction('scan', {
    event,
    inputs: {
      'trivy-path': STAND_IN,
      scanners: 'secret',
      'check-run': 'true',
      'pr-comment': 'true',
      'upload-sarif': 'true',
      'fail-on': 'none',
      ...inputs,
    },
    env: { STANDIN_REPORT: REPORT, GITHUB_API_URL: api.apiUrl, GITHUB_REF: 'refs/pull/7/merge' },
  });
}

/** Warnings of the action itself (annotations for findings carry a title). */
const warnings = (run: { commands: { command: string; message: string; properties: Record<string, string> }[] }) =>
  run.commands.filter((c) => c.command === 'warning' && !c.properties.title).map((c) => c.message);

describe('scan reporting to GitHub', () => {
  it('publishes a check run, a sticky comment and the SARIF upload on a pull request', async () => {
    api
      .on('POST', /^\/repos\/octo-org\/app\/check-runs$/, () => ({
        status: 201,
        body: { id: 11, html_url: 'https://github.com/octo-org/app/runs/11' },
      }))
      .on('GET', /^\/repos\/octo-org\/app\/issues\/7\/comments/, () => ({ status: 200, body: [] }))
      .on('POST', /^\/repos\/octo-org\/app\/issues\/7\/comments$/, () => ({
        status: 201,
        body: { id: 22, html_url: 'https://github.com/octo-org/app/pull/7#issuecomment-22' },
      }))
      .on('POST', /^\/repos\/octo-org\/app\/code-scanning\/sarifs$/, () => ({
        status: 202,
        body: { id: 'sarif-33', url: 'https://api.github.com/repos/octo-org/app/code-scanning/sarifs/sarif-33' },
      }));
    const run = await scanOnPullRequest('pull_request');
    expect(warnings(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'check-run-url': 'https://github.com/octo-org/app/runs/11',
      'comment-url': 'https://github.com/octo-org/app/pull/7#issuecomment-22',
      'sarif-id': 'sarif-33',
    });

    const checkRun = api.requests.find((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))!;
    expect(checkRun.headers.authorization).toMatch(new RegExp(`^(token|Bearer) ${FAKE_GITHUB_TOKEN}$`));
    const body = checkRun.body as { head_sha: string; conclusion: string; output: { annotations: { path: string }[] } };
    expect(body.head_sha).toBe('b'.repeat(40));
    expect(body.output.annotations.length).toBeGreaterThan(0);
    expect(body.output.annotations.every((a) => !a.path.startsWith('/'))).toBe(true);

    const comment = api.requests.find((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments'))!;
    // keyed by workflow, job and the report key (scanner and target by default)
    expect((comment.body as { body: string }).body).toMatch(/^<!-- scs:scan:ci:scan:trivy:path:\. -->/);

    const upload = api.requests.find((r) => r.path.endsWith('/code-scanning/sarifs'))!;
    const uploaded = upload.body as { sarif: string; commit_sha: string; ref: string };
    expect(uploaded.ref).toBe('refs/pull/7/merge');
    const sarif = gunzipSync(Buffer.from(uploaded.sarif, 'base64')).toString('utf8');
    expect(sarif).toBe(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
  });

  it('updates its own comment in place on the next run', async () => {
    api
      .on('POST', /\/check-runs$/, () => ({ status: 201, body: { id: 1, html_url: 'https://github.com/x/runs/1' } }))
      // what GitHub answers for github.token: /user is refused, GraphQL's viewer is the Actions bot
      .on('GET', /^\/user$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }))
      .on('POST', /^\/graphql$/, () => ({
        status: 200,
        body: { data: { viewer: { login: 'github-actions', __typename: 'Bot' } } },
      }))
      .on('GET', /^\/repos\/octo-org\/app\/issues\/7\/comments/, () => ({
        status: 200,
        body: [
          { id: 5, body: 'unrelated', user: { login: 'someone', type: 'User' } },
          {
            id: 4,
            body: '<!-- scs:scan:ci:scan:trivy:path:. -->\nplanted',
            user: { login: 'other-app[bot]', type: 'Bot' },
            html_url: 'https://github.com/c/4',
          },
          {
            id: 6,
            body: '<!-- scs:scan:ci:scan:trivy:path:. -->\nold results',
            user: { login: 'github-actions[bot]', type: 'Bot' },
            html_url: 'https://github.com/c/6',
          },
        ],
      }))
      .on('PATCH', /^\/repos\/octo-org\/app\/issues\/comments\/6$/, () => ({
        status: 200,
        body: { id: 6, html_url: 'https://github.com/c/6' },
      }))
      .on('POST', /\/code-scanning\/sarifs$/, () => ({ status: 202, body: { id: 's', url: 'u' } }));
    const run = await scanOnPullRequest('pull_request');
    expect(run.outputs['comment-url']).toBe('https://github.com/c/6');
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments'))).toBe(false);
  });

  it('keys the check run like the comment: matrix legs keep their own, and a re-run updates its own', async () => {
    const checkRuns: { id: number; name: string; external_id: string; output: { annotations_count: number } }[] = [];
    api
      .on('GET', /^\/repos\/octo-org\/app\/commits\/b{40}\/check-runs\?/, (request) => {
        const name = new URL(request.path, 'http://x').searchParams.get('check_name');
        return { status: 200, body: { check_runs: checkRuns.filter((r) => r.name === name) } };
      })
      .on('POST', /^\/repos\/octo-org\/app\/check-runs$/, (request) => {
        const body = request.body as { name: string; external_id: string; output: { annotations?: unknown[] } };
        const id = 100 + checkRuns.length;
        checkRuns.push({
          id,
          name: body.name,
          external_id: body.external_id,
          output: { annotations_count: body.output.annotations?.length ?? 0 },
        });
        return { status: 201, body: { id, html_url: `https://github.com/octo-org/app/runs/${id}` } };
      })
      .on('PATCH', /^\/repos\/octo-org\/app\/check-runs\/\d+$/, (request) => {
        const id = Number(request.path.split('/').pop());
        return { status: 200, body: { id, html_url: `https://github.com/octo-org/app/runs/${id}` } };
      });
    const leg = (key: string) =>
      scanOnPullRequest('pull_request', { 'pr-comment': 'false', 'upload-sarif': 'false', 'report-key': key });

    const amd = await leg('linux-amd64');
    const arm = await leg('linux-arm64');
    expect(checkRuns.map((r) => [r.name, r.external_id])).toEqual([
      ['supply-chain scan (ci / scan / linux-amd64)', 'scs:scan:ci:scan:linux-amd64'],
      ['supply-chain scan (ci / scan / linux-arm64)', 'scs:scan:ci:scan:linux-arm64'],
    ]);
    expect(amd.outputs['check-run-url']).toBe('https://github.com/octo-org/app/runs/100');
    expect(arm.outputs['check-run-url']).toBe('https://github.com/octo-org/app/runs/101');

    // A re-run of the arm64 leg finds its own check run and updates it; no third run, annotations not sent twice.
    api.requests.length = 0;
    const rerun = await leg('linux-arm64');
    expect(rerun.outputs['check-run-url']).toBe('https://github.com/octo-org/app/runs/101');
    expect(checkRuns).toHaveLength(2);
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.path).toBe('/repos/octo-org/app/check-runs/101');
    expect((patch.body as { output: { annotations?: unknown } }).output.annotations).toBeUndefined();
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))).toEqual([]);
  });

  it('on a fork pull request makes no API call and names the missing permissions', async () => {
    const run = await scanOnPullRequest('fork_pull_request');
    expect(api.requests).toEqual([]);
    const messages = warnings(run).join('\n');
    expect(messages).toMatch(/`check-run`.*checks: write/);
    expect(messages).toMatch(/`pr-comment`.*pull-requests: write/);
    expect(messages).toMatch(/`upload-sarif`.*security-events: write/);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('Supply-chain scan');
  });

  it('turns a 403 into a warning; the gate still decides the step', async () => {
    api
      .on('POST', /\/check-runs$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }))
      .on('GET', /\/issues\/7\/comments/, () => ({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      }))
      .on('POST', /\/code-scanning\/sarifs$/, () => ({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      }));
    const run = await scanOnPullRequest('pull_request', { 'fail-on': 'critical' });
    expect(run.outputs.gate).toBe('fail');
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.message).toMatch(/^Severity gate failed/);
    const messages = warnings(run).join('\n');
    expect(messages).toMatch(/checks: write/);
    expect(messages).toMatch(/pull-requests: write/);
    expect(messages).toMatch(/security-events: write/);
    expect(messages).not.toContain(FAKE_GITHUB_TOKEN);
  });

  it('does not comment outside pull requests', async () => {
    api
      .on('POST', /\/check-runs$/, () => ({ status: 201, body: { id: 1, html_url: 'https://github.com/x/runs/1' } }))
      .on('POST', /\/code-scanning\/sarifs$/, () => ({ status: 202, body: { id: 's', url: 'u' } }));
    const run = await scanOnPullRequest('push');
    expect(api.requests.some((r) => r.path.includes('/comments'))).toBe(false);
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(run.outputs['check-run-url']).toBe('https://github.com/x/runs/1');
  });
});
