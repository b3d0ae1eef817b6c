import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { Annotation } from '@scs/action-kit';
import { GitHubApiError } from '@scs/github-api';
import {
  CHECK_RUN_SUMMARY_CUT_NOTE,
  CHECK_RUN_TEXT_MAX_CHARS,
  publishCheckRun,
  toCheckRunAnnotation,
  type CheckRunAnnotation,
} from '@scs/github-report';
import { API, TOKEN, recorder, testClient } from './helpers.js';

const SHA = 'a'.repeat(40);
const NOW = () => new Date('2026-11-26T12:00:00.000Z');

function annotations(n: number, extra: Partial<Annotation> = {}): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    level: (['error', 'warning', 'notice'] as const)[i % 3] ?? 'notice',
    title: `HIGH CVE-2099-${String(i).padStart(4, '0')}`,
    message: `finding ${i}`,
    file: 'package-lock.json',
    startLine: i + 1,
    ...extra,
  }));
}

interface CreateBody {
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  completed_at: string;
  details_url?: string;
  output: { title: string; summary: string; text?: string; annotations?: CheckRunAnnotation[] };
}

describe('publishCheckRun', () => {
  it('120 annotations: one POST with 50, then PATCHes of 50 and 20', async () => {
    const create = recorder<CreateBody>();
    const update = recorder<{ output: CreateBody['output'] }>();
    const scope = nock(API)
      .post('/repos/octo/app/check-runs', create.match)
      .reply(201, { id: 42, html_url: 'https://github.com/octo/app/runs/42' })
      .patch('/repos/octo/app/check-runs/42', update.match)
      .times(2)
      .reply(200, { id: 42 });
    const { client } = testClient();

    const result = await publishCheckRun(client, {
      owner: 'octo',
      repo: 'app',
      headSha: SHA,
      name: 'Supply-chain scan',
      conclusion: 'failure',
      title: '3 critical, 2 high',
      summary: '## Scan\nAll good here.',
      text: 'details',
      annotations: annotations(120),
      detailsUrl: 'https://github.com/octo/app/actions/runs/1',
      now: NOW,
    });

    expect(scope.isDone()).toBe(true);
    expect(result).toEqual({
      id: 42,
      url: 'https://github.com/octo/app/runs/42',
      annotationsSent: 120,
      annotationsSkipped: 0,
      annotationsOverLimit: 0,
      summaryTruncated: false,
      requests: 3,
      updated: false,
    });
    const [body] = create.bodies;
    expect(body).toMatchObject({
      name: 'Supply-chain scan',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      completed_at: '2026-11-26T12:00:00.000Z',
      details_url: 'https://github.com/octo/app/actions/runs/1',
      output: { title: '3 critical, 2 high', summary: '## Scan\nAll good here.', text: 'details' },
    });
    expect(body?.output.annotations).toHaveLength(50);
    expect(update.bodies.map((b) => b.output.annotations?.length)).toEqual([50, 20]);
    // Title and summary go with every PATCH of `output` (the API requires them).
    for (const patch of update.bodies) {
      expect(patch.output.title).toBe('3 critical, 2 high');
      expect(patch.output.summary).toBe('## Scan\nAll good here.');
    }
    // Every annotation sent exactly once, in order.
    const sent = [...(body?.output.annotations ?? []), ...update.bodies.flatMap((b) => b.output.annotations ?? [])];
    expect(sent.map((a) => a.message)).toEqual(Array.from({ length: 120 }, (_, i) => `finding ${i}`));
    expect(sent[0]).toEqual({
      path: 'package-lock.json',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      message: 'finding 0',
      title: 'HIGH CVE-2099-0000',
    });
    expect(sent.slice(0, 3).map((a) => a.annotation_level)).toEqual(['failure', 'warning', 'notice']);
  });

  it('exactly 50 annotations: a single request', async () => {
    const scope = nock(API).post('/repos/o/r/check-runs').reply(201, { id: 1, html_url: 'u' });
    const { client } = testClient();
    const result = await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: SHA,
      name: 'scan',
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: annotations(50),
      now: NOW,
    });
    expect(result.requests).toBe(1);
    expect(scope.isDone()).toBe(true);
  });

  it('no annotations: no `annotations` key at all', async () => {
    const create = recorder<CreateBody>();
    const scope = nock(API).post('/repos/o/r/check-runs', create.match).reply(201, { id: 1 });
    const { client } = testClient();
    await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: SHA,
      name: 'scan',
      conclusion: 'neutral',
      title: 't',
      summary: 's',
      annotations: [],
      now: NOW,
    });
    expect(create.bodies[0]?.output).toEqual({ title: 't', summary: 's' });
    expect(scope.isDone()).toBe(true);
  });

  it('skips annotations without a file, counts them and says so at the end of the summary', async () => {
    const create = recorder<CreateBody>();
    const scope = nock(API).post('/repos/o/r/check-runs', create.match).reply(201, { id: 9 });
    const { client } = testClient();
    const result = await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: SHA,
      name: 'scan',
      conclusion: 'failure',
      title: 't',
      summary: 'Summary.',
      annotations: [
        ...annotations(2),
        { level: 'error', message: 'in the image', title: 'CRITICAL CVE-1 in openssl' },
        { level: 'warning', message: 'outside', file: '../etc/passwd' },
        { level: 'notice', message: 'root', file: '.' },
      ],
      now: NOW,
    });
    expect(result.annotationsSent).toBe(2);
    expect(result.annotationsSkipped).toBe(3);
    expect(create.bodies[0]?.output.summary).toBe(
      'Summary.\n\n_3 findings without a file in the repository (image or SBOM contents) are not annotated: see the job summary and the report files._',
    );
    expect(scope.isDone()).toBe(true);
  });

  it('caps the annotations at maxAnnotations and counts the rest', async () => {
    const scope = nock(API)
      .post('/repos/o/r/check-runs')
      .reply(201, { id: 3 })
      .patch('/repos/o/r/check-runs/3')
      .reply(200, {});
    const { client } = testClient();
    const result = await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: SHA,
      name: 'scan',
      conclusion: 'failure',
      title: 't',
      summary: 's',
      annotations: annotations(75),
      maxAnnotations: 60,
      now: NOW,
    });
    expect(result).toMatchObject({ annotationsSent: 60, annotationsOverLimit: 15, requests: 2 });
    expect(scope.isDone()).toBe(true);
  });

  it('cuts a summary over 65,535 characters at a line break and ends it with a note', async () => {
    const create = recorder<CreateBody>();
    const scope = nock(API).post('/repos/o/r/check-runs', create.match).reply(201, { id: 5 });
    const { client } = testClient();
    const line = `| row | ${'x'.repeat(90)} |\n`;
    const summary = line.repeat(2000); // ~200 KB
    const result = await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: SHA,
      name: 'scan',
      conclusion: 'failure',
      title: 't',
      summary,
      text: 'y'.repeat(70_000),
      annotations: [],
      now: NOW,
    });
    const sent = create.bodies[0]?.output;
    expect(result.summaryTruncated).toBe(true);
    expect(sent?.summary.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_MAX_CHARS);
    expect(sent?.summary.endsWith(CHECK_RUN_SUMMARY_CUT_NOTE)).toBe(true);
    // Whole rows only.
    const kept = sent?.summary.slice(0, -CHECK_RUN_SUMMARY_CUT_NOTE.length) ?? '';
    expect(kept.split('\n').every((row) => row === line.trimEnd())).toBe(true);
    expect(sent?.text?.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_MAX_CHARS);
    expect(scope.isDone()).toBe(true);
  });

  it('a 403 surfaces as GitHubApiError naming checks: write, without the token', async () => {
    const scope = nock(API)
      .post('/repos/o/r/check-runs')
      .reply(403, { message: 'Resource not accessible by integration' });
    const { client } = testClient();
    const error = await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: SHA,
      name: 'scan',
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
      now: NOW,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).permission).toBe('checks: write');
    expect((error as Error).message).not.toContain(TOKEN);
    expect(scope.isDone()).toBe(true);
  });

  it('a failing PATCH after the create rejects (the check run is already complete)', async () => {
    const scope = nock(API)
      .post('/repos/o/r/check-runs')
      .reply(201, { id: 8 })
      .patch('/repos/o/r/check-runs/8')
      .reply(422, { message: 'Validation Failed', errors: ['annotation path invalid'] });
    const { client } = testClient();
    await expect(
      publishCheckRun(client, {
        owner: 'o',
        repo: 'r',
        headSha: SHA,
        name: 'scan',
        conclusion: 'success',
        title: 't',
        summary: 's',
        annotations: annotations(51),
        now: NOW,
      }),
    ).rejects.toThrow(
      'GitHub API PATCH /repos/o/r/check-runs/8 failed with HTTP 422: Validation Failed (annotation path invalid)',
    );
    expect(scope.isDone()).toBe(true);
  });
});

describe('toCheckRunAnnotation', () => {
  it.each([
    [
      { level: 'error', message: 'm', file: './src/a.ts', startLine: 3, endLine: 5 },
      { path: 'src/a.ts', start_line: 3, end_line: 5, annotation_level: 'failure', message: 'm' },
    ],
    [
      { level: 'warning', message: 'm', file: 'Dockerfile' },
      { path: 'Dockerfile', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' },
    ],
    [
      { level: 'notice', message: 'm', file: 'a', startLine: 9, endLine: 2 },
      { path: 'a', start_line: 9, end_line: 9, annotation_level: 'notice', message: 'm' },
    ],
    [{ level: 'error', message: 'm' }, undefined],
    [{ level: 'error', message: 'm', file: '/abs/path' }, undefined],
  ] as [Annotation, CheckRunAnnotation | undefined][])('%j → %j', (input, expected) => {
    expect(toCheckRunAnnotation(input)).toEqual(expected);
  });

  it('neutralises mentions and strips tag characters in annotation titles and messages (issue 13, item 8)', () => {
    const out = toCheckRunAnnotation({
      level: 'error',
      message: 'in docs/@octocat/x\u{E0041}\u061C',
      title: 'ping @acme/security-team\u3164',
      file: 'f',
    });
    expect(out?.message).toBe('in docs/@\u200Boctocat/x');
    expect(out?.title).toBe('ping @\u200Bacme/security-team');
  });

  it('caps the title at 255 characters and strips invisible characters', () => {
    const out = toCheckRunAnnotation({ level: 'error', message: 'a\u202Eb', title: 't'.repeat(300), file: 'f' });
    expect(out?.title).toHaveLength(255);
    expect(out?.message).toBe('ab');
  });
});
